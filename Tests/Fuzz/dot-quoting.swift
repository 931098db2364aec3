// Fuzz target: any text as a graph name, node name, label and edge id, written as DOT by
// DOTGraph/DOTText and read back by Graphviz's own parser (agmemread). The DOT must parse,
// hold exactly the one node and one edge written (no injected statement), and every value must
// read back as DOTText.parsedValue says: the promise LiveGraph's cgraph-built graphs rely on.
// Built and run by `make fuzz`.
import CGraphviz
import RelGraphRender

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOTQuoting(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = agseterrf { _ in 0 }  // a parse error is caught below, not printed
    var graph = DOTGraph(name: text)
    graph.graphAttributes = [("label", text)]
    // Node names start with a letter, as actor ids do: cgraph reserves names starting with '%'.
    let nodeName = "n" + text
    graph.nodes = [DOTGraph.Node(nodeName, [("label", text), ("tooltip", text)]), DOTGraph.Node("other")]
    graph.edges = [DOTGraph.Edge(id: text, tail: nodeName, head: "other", [("label", DOTText.label(text))])]
    let dot = graph.dotText
    guard let parsed = agmemread(dot) else {
        FuzzCheck.check(false, "Graphviz cannot parse the DOT relgraph wrote:\n\(dot)")
        return 0
    }
    defer { agclose(parsed) }
    let limit = 100_000  // DOTGraph.attributeValueLimit: attribute values are clipped only past it
    let name = DOTText.parsedValue(text)
    let node = DOTText.parsedValue(nodeName)
    let expectedNodes = node == "other" ? 1 : 2
    FuzzCheck.check(agnnodes(parsed) == expectedNodes && agnedges(parsed) == 1,
                    "\(agnnodes(parsed)) nodes and \(agnedges(parsed)) edges instead of \(expectedNodes) and 1:\n\(dot)")
    // An empty name makes an anonymous graph, which Graphviz names itself; so does a name
    // starting with '%', cgraph's prefix for its own ids (LiveGraph puts a space before it).
    FuzzCheck.check(name.isEmpty || name.hasPrefix("%") || value(agnameof(UnsafeMutableRawPointer(parsed))) == name, "graph name differs:\n\(dot)")
    FuzzCheck.check(attribute(UnsafeMutableRawPointer(parsed), "label") == DOTText.parsedValue(text, maximumLength: limit), "graph label differs:\n\(dot)")
    guard let found = node.withCString({ agnode(parsed, UnsafeMutablePointer(mutating: $0), 0) }) else {
        FuzzCheck.check(false, "node '\(node)' is missing:\n\(dot)")
        return 0
    }
    FuzzCheck.check(attribute(UnsafeMutableRawPointer(found), "label") == DOTText.parsedValue(text, maximumLength: limit), "node label differs:\n\(dot)")
    if let edge = agfstout(parsed, found) {
        FuzzCheck.check(attribute(UnsafeMutableRawPointer(edge), "id") == DOTText.parsedValue(text, maximumLength: limit), "edge id differs:\n\(dot)")
    }
    return 0
}

private func value(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
    pointer.map { String(cString: $0) }
}

private func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
    name.withCString { agget(object, UnsafeMutablePointer(mutating: $0)) }.map { String(cString: $0) }
}
