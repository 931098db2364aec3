import Foundation
import Testing
@testable import RelGraph
@testable import RelGraphFormats
import TestSupport

/// The export formats parsed back (XML with Foundation's XMLParser, JSON with
/// JSONSerialization) and checked for the structure NetworkX, Gephi and yEd read.
@Suite("Export writers: GraphML, GEXF, node-link JSON, Mermaid")
struct WriterTests {
    @Test("GraphML: typed keys, every actor and tie, attributes as data, a directed graph because a tie is")
    func graphML() throws {
        let model = try InterchangeFixture.model()
        let text = GraphMLWriter.write(InterchangeGraph(model: model))
        let document = try XMLOutline(text)
        let keys = document.all("key").map { "\($0.attributes["for"]!):\($0.attributes["attr.name"]!):\($0.attributes["attr.type"]!)" }
        #expect(keys.contains("edge:weight:double"))
        #expect(keys.contains("edge:directed:boolean"))
        #expect(keys.contains("edge:citation_count:int"))
        #expect(keys.contains("node:aliases:string"))
        #expect(document.all("graph").first?.attributes["edgedefault"] == "directed")
        #expect(document.all("node").count == 5)
        let edges = document.all("edge")
        #expect(edges.map { $0.attributes["id"]! } == ["t1", "t2", "t3", "t4", "t5"])
        let first = document.data(of: edges[0])
        #expect(first["e_weight"] == "0.9")
        #expect(first["e_directed"] == "false")
        #expect(first["e_citation_count"] == "3")
        #expect(first["e_sources"] == "report-2024|memo-2025")
        let citationsText = try #require(first["e_citations"])
        let citations = try #require(try JSONSerialization.jsonObject(with: Data(citationsText.utf8)) as? [[String: String]])
        #expect(citations.map { $0["quote"]! } == ["  a quote with leading and trailing blanks  ", "line one\nline two, \"quoted\"", "@mention and =formula"])
        #expect(citations[0]["at"] == "p. 3")
        #expect(document.data(of: edges[1])["e_weight"] == "-0.35")
        #expect(document.data(of: edges[1])["e_until"] == "2024-04")
        let alpha = document.data(of: document.all("node")[0])
        #expect(alpha["n_aliases"] == "Alfa|The \"A\"")
        #expect(alpha["n_group_label"] == "The West")
        // The bell in the description is dropped, the tab kept: the document stays well-formed XML 1.0.
        let description = document.data(of: document.all("graph")[0])["g_description"]
        #expect(description == "Two lines:\nthe second, with a bell  and a tab\t.")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test("GEXF: dynamic dates (partial dates as first/last day), mutual ties, |weight| on the edge, signed_weight beside it")
    func gexf() throws {
        let model = try InterchangeFixture.model()
        let document = try XMLOutline(GEXFWriter.write(InterchangeGraph(model: model)))
        #expect(document.all("gexf").first?.attributes["version"] == "1.3")
        let graph = try #require(document.all("graph").first)
        #expect(graph.attributes["mode"] == "dynamic")
        #expect(graph.attributes["timeformat"] == "date")
        #expect(graph.attributes["defaultedgetype"] == "directed")
        let gamma = try #require(document.all("node").first { $0.attributes["id"] == "Gamma" })
        #expect(gamma.attributes["start"] == "2020-11-10")
        #expect(gamma.attributes["end"] == "2024-04-30")
        let edges = document.all("edge")
        #expect(edges.count == 5)
        #expect(edges.map { $0.attributes["type"] ?? "-" } == ["mutual", "-", "mutual", "-", "mutual"])
        #expect(edges.map { $0.attributes["weight"]! } == ["0.9", "0.35", "0", "1", "0.2"])
        #expect(edges[0].attributes["start"] == "2010-01-01")
        #expect(edges[3].attributes["end"] == "2001-12-31")
        #expect(edges[0].attributes["label"] == "Treaty, 2010")
        let signed = document.all("attvalue").filter { $0.attributes["for"] == "signed_weight" }.map { $0.attributes["value"]! }
        #expect(signed == ["0.9", "-0.35", "0", "-1", "-0.2"])
        let declared = document.all("attribute").map { $0.attributes["id"]! }
        #expect(!declared.contains("weight") && declared.contains("signed_weight"))
        let quotes = document.all("attvalue").filter { $0.attributes["for"] == "citations" }.map { $0.attributes["value"]! }
        #expect(quotes[0].contains("line one\\nline two"), "JSON inside the attribute keeps its escapes")
    }

    @Test("node-link JSON: NetworkX 3.6's default keys (edges, source, target, key), arrays for lists")
    func nodeLink() throws {
        let model = try InterchangeFixture.model()
        let text = NodeLinkWriter.write(InterchangeGraph(model: model))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["directed", "multigraph", "graph", "nodes", "edges"])
        #expect(object["directed"] as? Bool == true)
        #expect(object["multigraph"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as! String } == ["Alpha", "Beta", "Gamma", "Delta-pipe", "1st"])
        #expect(nodes[0]["aliases"] as? [String] == ["Alfa", "The \"A\""])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.map { "\($0["source"]!)>\($0["target"]!):\($0["key"]!)" } == ["Alpha>Beta:t1", "Gamma>Alpha:t2", "Beta>Delta-pipe:t3", "Alpha>1st:t4", "Alpha>Beta:t5"])
        #expect(edges.map { ($0["weight"] as! NSNumber).doubleValue } == [0.9, -0.35, 0, -1, -0.2])
        #expect((edges[0]["citations"] as? [[String: String]])?.count == 3)
        #expect(edges[0]["sources"] as? [String] == ["report-2024", "memo-2025"])
        #expect(text == NodeLinkWriter.write(InterchangeGraph(model: model)), "deterministic")
    }

    @Test("Mermaid: safe ids, escaped labels, links by sign and direction, styles by sign and strength")
    func mermaid() throws {
        let model = try InterchangeFixture.model()
        let text = MermaidWriter.write(InterchangeGraph(snapshot: model.snapshot(at: PartialDate(year: 2025)!.firstDay)))
        #expect(text == """
        flowchart LR
          %% Interchange "fixture": commas, <tags> & quotes — as of 2025-01-01
          a1["Alpha Republic"]
          a2("Beta")
          a3[("Δ pipeline")]
          a4["-starts with a minus"]
          a1 ---|"alliance +0.9"| a2
          a2 ---|"transit 0"| a3
          a1 -.-|"friction -0.2"| a2
          linkStyle 0 stroke:#0072b2,stroke-width:3px
          linkStyle 1 stroke:#6b6b6b,stroke-width:1px
          linkStyle 2 stroke:#d55e00,stroke-width:1px
          classDef g1 fill:#1f77b4
          class a1 g1

        """)
        #expect(MermaidWriter.escaped("a \"b\" <c> #d & e|f;\ng") == "a #34;b#34; #60;c#62; #35;d #38; e#124;f#59; g")
    }
}
