// Fuzz target: untrusted DOT parsed by cgraph (DOTReader, never laid out) and mapped to a
// model (DOTImporter), then written as YAML and read back whole. Graphviz's parser is the
// sturdy part of 2.42 (notes: no known crash), so this watches relgraph's side of it.
import RelGraph
import RelGraphFormats
import RelGraphRender

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOTImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let read = try? DOTReader.read(bytes) else { return 0 }
    let result = DOTImporter.read(read.graph, path: "fuzz.dot", title: "Fuzz", today: PartialDate(year: 2026, month: 1, day: 1)!)
    for diagnostic in result.diagnostics {
        FuzzCheck.check(!diagnostic.description.contains("\n"), "diagnostic spans lines: \(diagnostic.description)")
    }
    guard !result.hasErrors else { return 0 }
    FuzzCheck.writtenAndReadBack(result.model)
    return 0
}
