import Foundation
import FoundationXML
import Testing
import RelGraph
@testable import RelGraphRender
import TestSupport

@Suite("SVG that embeds cleanly, whatever the model says")
struct SVGSafetyTests {
    @Test("hostile text gives well-formed XML with the text carried literally")
    func hostileText() throws {
        let model = try Fixture.model("hostile-picture.yaml")
        let svg = try renderSVG(model)
        let document = try XMLDocument(data: Data(svg.utf8))
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains("<script>alert(1)</script>"))
        // Long names wrap onto lines (a text element each) at spaces.
        let all = texts.joined(separator: " ")
        #expect(all.contains("Türkiye \"]; x -> y [ \\N \\\\ ]]> &amp; ctl"))
        #expect(all.contains("עברית العربية 🇦🇿 emoji"))
        #expect(texts.contains("second line"))
        let titles = try document.nodes(forXPath: "//*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles.contains { $0.contains("“a \"quoted\" <b>bold</b> & ]]> \\ quote\nwith a newline”") })
    }

    @Test("no script, no event handler, no link but http(s)")
    func nothingActive() throws {
        let svg = try renderSVG(try Fixture.model("hostile-picture.yaml"))
        let document = try XMLDocument(data: Data(svg.utf8))
        #expect(try document.nodes(forXPath: "//*[local-name()='script' or local-name()='foreignObject' or local-name()='iframe']").isEmpty)
        let attributes = try document.nodes(forXPath: "//@*")
        for attribute in attributes {
            let name = (attribute.name ?? "").lowercased()
            #expect(!name.hasPrefix("on"), "event handler \(name)")
            if name.hasSuffix("href") {
                let value = attribute.stringValue ?? ""
                #expect(value.hasPrefix("https://") || value.hasPrefix("http://"), "link \(value)")
            }
        }
        let links = attributes.filter { ($0.name ?? "").hasSuffix("href") }.compactMap(\.stringValue)
        #expect(links == ["https://example.org/a?b=1&c='2'&d=(x)"])
    }

    @Test("a viewBox, no DOCTYPE, no external resource, a portable font stack")
    func embeds() throws {
        let svg = try renderSVG(try Fixture.model("minimal.yaml"))
        #expect(svg.contains("viewBox=\""))
        #expect(!svg.contains("<!DOCTYPE"))
        #expect(!svg.contains("<!--"))
        #expect(!svg.contains("<image"))
        let urls = svg.matches(of: /(?:https?:)?\/\/[^"\s<]+/).map { String($0.output) }
        #expect(urls.allSatisfy { $0.hasPrefix("http://www.w3.org/") }, "\(urls)")
        #expect(svg.contains("font-family=\"&#39;DejaVu Sans&#39;, Verdana"))
        #expect(!svg.contains("font-family=\"Times"))
    }

    @Test("edges carry the tie's kind, weight, dates and citations as their title")
    func tooltips() throws {
        let model = try Fixture.model("minimal.yaml")
        let document = try XMLDocument(data: Data(try renderSVG(model).utf8))
        let edge = try #require(try document.nodes(forXPath: "//*[local-name()='g'][@id='tie-0']").first as? XMLElement)
        let title = try #require(edge.elements(forName: "title").first?.stringValue)
        #expect(title == "A — B: cooperation +0.5 (medium confidence)\n• s, “A source” (2024): “they cooperate”")
    }

    @Test("the same input gives the same bytes")
    func deterministic() throws {
        let model = try Fixture.model("hostile-picture.yaml")
        for engine in [LayoutEngine.neato, .dot, .fdp] {
            #expect(try renderSVG(model, engine: engine) == renderSVG(model, engine: engine), "\(engine)")
        }
    }

    @Test("the legend is inside the picture")
    func legend() throws {
        let svg = try renderSVG(try Fixture.model("hostile-picture.yaml"))
        #expect(svg.contains("id=\"legend\""))
        for text in ["cooperation (+)", "conflict (−), bars at the ends", "low confidence", "directed (from → to)", "corridor", "force"] {
            #expect(svg.contains(">\(text)</text>"), "legend lacks \(text)")
        }
    }
}
