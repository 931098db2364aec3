import Foundation
import FoundationXML
import Testing
import RelGraph
import RelGraphFormats
@testable import RelGraphRender
import TestSupport

func miniResult(_ shocks: String, at: String? = nil) throws -> ScenarioResult {
    let model = try Fixture.model("caucasus-mini.yaml")
    var text = "relgraph: 1\ntitle: \"Mini <scenario> & co\"\n"
    if let at { text += "at: \(at)\n" }
    text += "shocks:\n" + shocks + "\nexpect:\n  - {tie: Azerbaijan~Russia, change: more-cooperative}\n"
    let scenario = try #require(ScenarioLoader.load(text, path: "mini.yaml").scenario)
    let plan = try #require(ScenarioPlan.make(scenario, model: model).0)
    return try ScenarioEngine.run(plan)
}

/// Positions of everything drawn in an SVG, by element id: the first shape of each node
/// and edge group (an ellipse's centre, a polygon's points, a path's d). Read with the SAX
/// parser, which behaves the same on every platform.
func drawnPositions(_ svg: [UInt8]) throws -> (viewBox: String, nodes: [String: String], edges: [String: String]) {
    final class Collector: NSObject, XMLParserDelegate {
        var viewBox = ""
        var nodes: [String: String] = [:], edges: [String: String] = [:]
        var current: (id: String, isNode: Bool)?
        var taken = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "svg": viewBox = attributes["viewBox"] ?? ""
            case "g":
                if let id = attributes["id"], let kind = attributes["class"], kind == "node" || kind == "edge" {
                    current = (id, kind == "node")
                    taken = false
                }
            case "ellipse", "polygon", "path":
                guard let group = current, !taken else { return }
                taken = true
                let geometry = ["cx", "cy", "points", "d"].compactMap { attributes[$0] }.joined(separator: " ")
                if group.isNode { nodes[group.id] = geometry } else { edges[group.id] = geometry }
            default: break
            }
        }
    }
    let parser = XMLParser(data: Data(svg))
    let collector = Collector()
    parser.delegate = collector
    guard parser.parse() else { throw FixtureError(message: "SVG does not parse: \(parser.parserError.map { "\($0)" } ?? "")") }
    return (collector.viewBox, collector.nodes, collector.edges)
}

@Suite("Scenario pictures: one layout, three views")
struct ScenarioPicturesTests {
    @Test("every actor and tie sits at exactly the same place in before, after and diff")
    func samePositions() throws {
        let result = try miniResult("  - remove: Russia-peacekeepers\n  - add: {between: [Armenia, Turkiye], kind: cooperation, weight: 0.4}")
        let rendered = try ScenarioPictures.render(result, format: .svg, engine: .neato)
        let before = try drawnPositions(rendered.pictures[.before]!.bytes)
        let after = try drawnPositions(rendered.pictures[.after]!.bytes)
        let diff = try drawnPositions(rendered.pictures[.diff]!.bytes)
        #expect(before.viewBox == after.viewBox && after.viewBox == diff.viewBox)
        let shared = Set(before.nodes.keys).intersection(after.nodes.keys).filter { !$0.hasPrefix("legend") }
        #expect(shared.count >= 4)
        for id in shared { #expect(before.nodes[id] == after.nodes[id] && after.nodes[id] == diff.nodes[id], "\(id)") }
        let sharedEdges = Set(before.edges.keys).intersection(after.edges.keys).filter { !$0.hasPrefix("legend") }
        #expect(sharedEdges.count >= 3)
        for id in sharedEdges { #expect(before.edges[id] == after.edges[id] && after.edges[id] == diff.edges[id], "\(id)") }
        // The removed force is drawn before and (faded) in the diff, not after; the added tie the other way.
        #expect(before.nodes["actor-Russia-peacekeepers"] != nil && after.nodes["actor-Russia-peacekeepers"] == nil)
        #expect(diff.nodes["actor-Russia-peacekeepers"] == before.nodes["actor-Russia-peacekeepers"])
        #expect(before.edges["added-1"] == nil && after.edges["added-1"] != nil && diff.edges["added-1"] == after.edges["added-1"])
    }

    @Test("the difference picture marks removed, added and changed ties, and has its own legend")
    func diffMarks() throws {
        let result = try miniResult("  - remove: Russia-peacekeepers\n  - add: {between: [Armenia, Turkiye], kind: cooperation, weight: 0.4}")
        let svg = String(decoding: try ScenarioPictures.render(result, format: .svg, engine: .neato).pictures[.diff]!.bytes, as: UTF8.self)
        #expect(svg.contains(">hypothetical +0.4</text>"))
        #expect(svg.contains("stroke-dasharray"), "removed ties are dashed")
        #expect(svg.contains(DiffStyle.addedColor))
        for text in ["changed relation (old → new)", "removed tie or actor", "added (hypothetical)"] {
            #expect(svg.contains(">\(text)</text>"), "\(text)")
        }
        // The legend names only what the picture draws.
        #expect(svg.contains(">emergent tendency</text>") == !ScenarioPictures.drawnEmergent(result).isEmpty)
        // Labels give the pair's relation (before → after), on one of its ties.
        let labels = DiffStyle.pairLabels(result)
        #expect(!labels.isEmpty)
        for label in labels.values { #expect(svg.contains(label), "\(label)") }
    }

    @Test("the report in Markdown and HTML: same content, HTML self-contained and well-formed")
    func reports() throws {
        let result = try miniResult("  - remove: Russia-peacekeepers")
        let files = try ScenarioOutput.files(for: result, format: .svg, engine: .neato).files
        #expect(files.map(\.name) == ["before.svg", "after.svg", "diff.svg", "actors.svg", "report.md", "report.html", "effects.json"])
        let markdown = String(decoding: files.first { $0.name == "report.md" }!.bytes, as: UTF8.self)
        let html = String(decoding: files.first { $0.name == "report.html" }!.bytes, as: UTF8.self)
        #expect(markdown.hasPrefix("# Scenario: Mini &lt;scenario&gt; &amp; co\n"))
        for section in ["## Shocks", "## Pictures", "## Findings", "## Actors", "## The whole graph", "## Expectations", "## Assumptions and limits", "## Sources"] {
            #expect(markdown.contains(section), "\(section)")
            #expect(html.contains("<h2>\(section.dropFirst(3))</h2>"), "\(section)")
        }
        #expect(markdown.contains("![Before: the model on 2024-04-30](before.svg)"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"), "no network access")
        #expect(html.components(separatedBy: "<svg").count - 1 == 4, "three pictures and the chart inline")
        #expect(!html.contains("<?xml"))
        #expect(html.contains("@media print"))
        // Inline pictures must not share ids within the page.
        let ids = html.matches(of: try Regex(#" id="([^"]+)""#)).compactMap { $0.output[1].substring.map(String.init) }
        #expect(Set(ids).count == ids.count)
        // Every element opened in the body is closed, in order (a cheap well-formedness check).
        #expect(html.components(separatedBy: "<table>").count == html.components(separatedBy: "</table>").count)
        #expect(html.components(separatedBy: "<figure>").count == html.components(separatedBy: "</figure>").count)
    }

    @Test("pictures over the inline limit are linked from report.html, and the caption says so")
    func linkedPictures() throws {
        let result = try miniResult("  - remove: Russia-peacekeepers")
        let files = try ScenarioOutput.files(for: result, format: .svg, engine: .neato, inlineLimit: 1000).files
        let html = String(decoding: files.first { $0.name == "report.html" }!.bytes, as: UTF8.self)
        for view in ["before", "after", "diff"] {
            #expect(html.contains("<img src=\"\(view).svg\""), "\(view)")
            #expect(html.contains("linked, not inlined; keep \(view).svg beside the report"), "\(view)")
        }
        #expect(html.components(separatedBy: "<svg").count - 1 == 1, "only the chart stays inline")
    }

    @Test("effects.json has the documented shape and repeats byte for byte")
    func effectsJSON() throws {
        let first = EffectsDocument(try miniResult("  - remove: Russia-peacekeepers")).json()
        let second = EffectsDocument(try miniResult("  - remove: Russia-peacekeepers")).json()
        #expect(first == second)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first)) as? [String: Any])
        #expect(Set(object.keys) == ["relgraph", "scenario", "ties", "pairs", "emergent", "actors", "graph", "expectations"])
        let scenario = try #require(object["scenario"] as? [String: Any])
        #expect(scenario["baseline"] as? String == "2024-04-30")
        #expect((scenario["notes"] as? [String])?.first?.hasPrefix("baseline moved") == true)
        let ties = try #require(object["ties"] as? [[String: Any]])
        #expect(ties.contains { $0["status"] as? String == "removed" && $0["from"] as? String == "Russia" })
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        let azRu = try #require(pairs.first { $0["pair"] as? String == "Azerbaijan~Russia" })
        let carriers = try #require(azRu["carriers"] as? [[String: Any]])
        #expect(carriers.first?["through"] as? String == "Russia-peacekeepers")
        #expect(carriers.first?["sources"] as? [String] == ["s1", "s2"])
    }

    @Test("the bar chart is plain, escaped SVG")
    func chart() throws {
        let svg = BarChart.svg(title: "A & <B>", bars: [.init(label: "<x>", value: 0.5), .init(label: "y", value: -0.25)])
        let document = try XMLDocument(data: Data(svg))
        #expect(try document.nodes(forXPath: "//*[local-name()='rect']").count == 3)
        #expect(String(decoding: svg, as: UTF8.self).contains("&lt;x&gt;"))
    }
}

@Suite("Legends that fit what they hold; assumption ties drawn apart")
struct LegendTests {
    /// The height of the legend's frame (the first path of the group with id "legend").
    static func frameHeight(_ svg: [UInt8]) throws -> Double {
        let text = String(decoding: svg, as: UTF8.self)
        let group = try #require(text.range(of: "<g id=\"legend\" class=\"node\">"))
        let path = try #require(text[group.upperBound...].range(of: " d=\""))
        let end = try #require(text[path.upperBound...].firstIndex(of: "\""))
        let numbers = text[path.upperBound..<end].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "M" || $0 == "C" }).compactMap { Double($0) }
        let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
        return ys.max()! - ys.min()!
    }

    @Test("the difference legend's frame holds its few entries, while the canvas still matches before and after")
    func frameFitsEntries() throws {
        let result = try miniResult("  - remove: Russia-peacekeepers")
        let rendered = try ScenarioPictures.render(result, format: .svg, engine: .neato)
        let before = rendered.pictures[.before]!.bytes, diff = rendered.pictures[.diff]!.bytes
        #expect(try drawnPositions(before).viewBox == drawnPositions(diff).viewBox)
        let diffHeight = try Self.frameHeight(diff), beforeHeight = try Self.frameHeight(before)
        // The frame is as tall as its own entries, not stretched to the space the before and
        // after legends (three sections) reserve.
        let legend = DiffStyle.legend(for: result)
        #expect(diffHeight < beforeHeight / 2, "\(diffHeight) against \(beforeHeight)")
        #expect(abs(diffHeight - legend.height(below: rendered.layout)) < 1)
        let labels = legend.sections.flatMap(\.items).map(\.label)
        #expect(labels.contains("removed tie or actor") && !labels.contains { $0.hasPrefix("added") })
    }

    @Test("an assumption tie is dotted, says so on hover, and the legend explains it only where one is drawn")
    func assumptions() throws {
        let model = try Fixture.model("assumptions.yaml")
        let svg = try renderSVG(model)
        let assumption = try #require(svg.range(of: "<g id=\"tie&#45;0\" class=\"edge\">"))
        let edge = svg[assumption.upperBound...].prefix(600)
        #expect(edge.contains("Assumption, no source: The United States is a founding member of NATO"))
        #expect(edge.contains("stroke-dasharray=\"1,5\""), "Graphviz draws style=dotted as 1,5")
        #expect(svg.contains(">assumption (no source)</text>"))
        let cited = try renderSVG(try Fixture.model("caucasus-mini.yaml"))
        #expect(!cited.contains("assumption"))
    }

    @Test("ties are routed round actors while routing stays cheap (actors² × ties), straight beyond")
    func routing() throws {
        #expect(TieRouting.routes(actors: 61, ties: 225))
        #expect(TieRouting.routes(actors: 66, ties: 281))
        #expect(!TieRouting.routes(actors: 150, ties: 1000))
        #expect(!TieRouting.routes(actors: 0, ties: 10) && !TieRouting.routes(actors: Int.max / 2, ties: Int.max / 2))
        let spec = ModelPicture.spec(for: try Fixture.model("caucasus-mini.yaml").snapshot())
        let small = PictureRenderer.layoutGraph(spec, engine: .neato)
        #expect(small.graphAttributes.contains { $0.name == "splines" && $0.value == "true" })
        #expect(PictureRenderer.layoutGraph(spec, engine: .neato, routed: false).graphAttributes.contains { $0.name == "splines" && $0.value == "line" })
        #expect(PictureRenderer.layoutGraph(spec, engine: .sfdp).graphAttributes.contains { $0.name == "splines" && $0.value == "line" })
    }
}
