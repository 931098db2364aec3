import Foundation
import Testing
import TestSupport

@Suite("relgraph backtest, as a user runs it")
struct BacktestCommandTests {
    let model = Repository.path("graphs/south-caucasus.yaml")

    @Test("the default model's hindcast: every kind scored beside the three baselines, as JSON")
    func json() throws {
        let output = try CommandRunner.run(["backtest", model, "--from", "2023-06-01", "--to", "2025-09-01", "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
        #expect(document["folds"] as? Int == 5)
        #expect(document["mode"] as? String == "folds")
        var total = 0
        for kind in ["changed", "appeared", "ended"] {
            let entry = try #require(document[kind] as? [String: Any], "\(kind)")
            for key in ["count", "engine", "persistence", "majority", "random", "p_value", "against", "folds"] {
                #expect(entry.keys.contains(key), "\(kind).\(key)")
            }
            let folds = try #require(entry["folds"] as? [[String: Any]])
            #expect(folds.count == 5)
            for key in ["direction_any_size", "direction_any_size_correct", "direction_any_size_p_value"] {
                #expect(entry.keys.contains(key), "\(kind).\(key)")
                #expect(folds.allSatisfy { $0.keys.contains(key) }, "\(kind).folds[].\(key)")
            }
            #expect(folds.compactMap { $0["direction_any_size_correct"] as? Int }.reduce(0, +) == entry["direction_any_size_correct"] as? Int)
            let count = try #require(entry["count"] as? Int)
            #expect(folds.compactMap { $0["count"] as? Int }.reduce(0, +) == count)
            total += count
        }
        #expect(document["items"] as? Int == total)
        #expect((document["false_alarms"] as? [String: Any])?["share"] != nil)
    }

    @Test("the same seed gives the same bytes; text names the best baseline and the p-value")
    func deterministicText() throws {
        let arguments = ["backtest", model, "--from", "2023-06-01", "--to", "2025-09-01", "--seed", "3"]
        let first = try CommandRunner.run(arguments), second = try CommandRunner.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("One-sided exact binomial test against that rate: p = "))
        #expect(first.stdout.contains("False alarms: "))
        #expect(first.stdout.contains("engine ≥ m  any size\n"))
        #expect(first.stdout.contains("Secondary reading, added after the primary result was seen: direction at any size"))
    }

    @Test("a scenario's shocks as the only drivers")
    func drivers() throws {
        let output = try CommandRunner.run(["backtest", model, "--from", "2023-06-01", "--to", "2025-09-01",
                                            "--drivers", Repository.path("scenarios/peacekeepers-withdrawal.yaml"), "--json"])
        #expect(output.status == 0, "\(output.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
        #expect(document["mode"] as? String == "drivers")
        #expect(((document["drivers"] as? [String: Any])?["shocks"] as? [String])?.first == "remove Russia-peacekeepers")
    }

    @Test("bad input: dates out of order are a usage error; more folds than changes an error with the count")
    func badInput() throws {
        let reversed = try CommandRunner.run(["backtest", model, "--from", "2025-09-01", "--to", "2023-06-01"])
        #expect(reversed.status == 2)
        #expect(reversed.stderr.contains("--to 2023-06-01 must come after --from 2025-09-01"))
        let tooMany = try CommandRunner.run(["backtest", model, "--from", "2023-06-01", "--to", "2025-09-01", "--folds", "500"])
        #expect(tooMany.status == 1)
        #expect(tooMany.stderr.contains("error: only 51 recorded changes between 2023-06-01 and 2025-09-01, fewer than the 500 folds"))
    }
}
