import Foundation
import Testing
import TestSupport

/// `relgraph metrics` on the mini Caucasus model as of 2024-01-01, against what NetworkX
/// computes on the same snapshot (Tests/TestSupport/Fixtures/metrics-reference.json, written by
/// Tests/TestSupport/Fixtures/analysis/networkx-reference.py).
@Suite("relgraph metrics, as a user runs it")
struct MetricsCommandTests {
    /// The reference: node ids in model order and, per measure, one value per node.
    struct Reference {
        let nodes: [String]
        let expected: [String: Any]

        init() throws {
            let data = try Data(contentsOf: URL(fileURLWithPath: Fixture.path("metrics-reference.json")))
            let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            nodes = try #require(document["nodes"] as? [String])
            expected = try #require(document["expected"] as? [String: Any])
        }

        /// The measure's value for actor `id`.
        func value(_ measure: String, _ id: String) throws -> Double {
            let values = try #require(expected[measure] as? [NSNumber], "\(measure)")
            return values[try #require(nodes.firstIndex(of: id))].doubleValue
        }
    }

    /// JSON keys / CSV columns and the reference measure each must equal.
    static let measures = [
        ("degree", "degree"), ("positive_strength", "positive_strength"), ("negative_strength", "negative_strength"),
        ("betweenness", "betweenness_cooperative"), ("closeness", "closeness_cooperative"),
        ("pagerank", "pagerank_cooperative"), ("eigenvector", "eigenvector_cooperative"),
    ]

    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(["metrics", Fixture.path("caucasus-mini.yaml"), "--at", "2024-01-01"] + arguments)
    }

    @Test("--format json: every actor's measures and the whole graph's equal NetworkX's to 1e-9")
    func json() throws {
        let reference = try Reference()
        let output = try run(["--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
        let actors = try #require(document["actors"] as? [[String: Any]])
        // Sorted by PageRank, largest first; Azerbaijan and Türkiye tie at 0.2 and go by id.
        #expect(actors.compactMap { $0["id"] as? String } == ["Russia", "Azerbaijan", "Turkiye", "Russia-peacekeepers", "Armenia"])
        for actor in actors {
            let id = try #require(actor["id"] as? String)
            for (key, measure) in Self.measures {
                let value = try #require(actor[key] as? NSNumber, "\(id).\(key)").doubleValue
                #expect(abs(value - (try reference.value(measure, id))) <= 1e-9, "\(id).\(key)")
            }
            let net = try #require(actor["strength"] as? NSNumber).doubleValue
            #expect(abs(net - (try reference.value("positive_strength", id) - reference.value("negative_strength", id))) <= 1e-9)
        }
        let graph = try #require(document["graph"] as? [String: Any])
        for key in ["density", "balance", "unweighted_balance", "triangles", "balanced_triangles"] {
            let value = try #require(graph[key] as? NSNumber, "\(key)").doubleValue
            let expected = try #require(reference.expected[key] as? NSNumber, "\(key)").doubleValue
            #expect(abs(value - expected) <= 1e-9, "\(key)")
        }
        #expect(graph["components"] as? [[String]] == reference.expected["components"] as? [[String]])
        let blocs = try #require(graph["blocs"] as? [String: [String: Any]])
        for objective in ["weighted", "unweighted"] {
            let partition = try #require(blocs[objective])
            #expect(partition["blocs"] as? [[String]] == [["Azerbaijan", "Turkiye"], ["Armenia", "Russia", "Russia-peacekeepers"]])
            #expect(partition["exact"] as? Bool == true)
            #expect((partition["frustrated_ties"] as? NSNumber)?.intValue == 0)
        }
        let model = try #require(document["model"] as? [String: Any])
        #expect(model["date"] as? String == "2024-01-01")
    }

    @Test("--format csv: a header, one RFC 4180 row per actor, unrounded values equal to NetworkX's")
    func csv() throws {
        let reference = try Reference()
        let output = try run(["--format", "csv", "--sort", "id"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.hasSuffix("\r\n"))
        let lines = output.stdout.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "id,label,kind,degree,positive_strength,negative_strength,strength,betweenness,closeness,pagerank,eigenvector")
        let header = lines.first?.split(separator: ",").map(String.init) ?? []
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.map { $0.first ?? "" } == ["Armenia", "Azerbaijan", "Russia", "Russia-peacekeepers", "Turkiye"])
        #expect(rows.last?[1 ... 3] == ["Türkiye", "state", "2"])
        for row in rows {
            #expect(row.count == header.count)
            for (key, measure) in Self.measures {
                let column = try #require(header.firstIndex(of: key))
                let value = try #require(Double(row[column]), "\(row[0]).\(key)")
                #expect(abs(value - (try reference.value(measure, row[0]))) <= 1e-9, "\(row[0]).\(key)")
            }
        }
    }

    @Test("table: rounded and aligned, then the graph's balance and blocs by label")
    func table() throws {
        let output = try run([])
        #expect(output.status == 0, "\(output.stderr)")
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Mini Caucasus, as of 2024-01-01")
        #expect(lines.contains("Russia                    4      1.50      0.90  +0.60       0.1667     0.3600    0.2452       0.6581"))
        #expect(lines.contains("triangles: 5, 5 balanced: 100.0% (weighted by |w|: 100.0%)"))
        #expect(lines.contains("blocs, weighted objective (exact): 2, frustration 0 (0 frustrated ties)"))
        #expect(lines.contains("  1. Azerbaijan, Türkiye"))
        #expect(lines.contains("  2. Armenia, Russia, Russia-peacekeepers"))
    }

    @Test("-o writes the file atomically, the format from its extension; the same model gives the same bytes")
    func outputFile() throws {
        let folder = try TemporaryFolder()
        #expect(try run(["-o", folder.path("m.json")]).status == 0)
        #expect(try run(["-o", folder.path("again.json")]).status == 0)
        let first = try Data(contentsOf: URL(fileURLWithPath: folder.path("m.json")))
        #expect(first == (try Data(contentsOf: URL(fileURLWithPath: folder.path("again.json")))))
        #expect(first == (try run(["--format", "json"])).stdoutBytes)
        #expect(try run(["-o", folder.path("m.csv")]).status == 0)
        #expect(try String(contentsOfFile: folder.path("m.csv"), encoding: .utf8).hasPrefix("id,label,kind,"))
    }

    @Test("usage errors exit 2 with one line")
    func usage() throws {
        let sort = try run(["--sort", "fame"])
        #expect(sort.status == 2)
        #expect(sort.stderr.contains("--sort"))
        #expect(try run(["--format", "xml"]).status == 2)
    }
}
