import ArgumentParser
import Dispatch
import RelGraph

/// `relgraph bench-internal` (hidden): times the stages `make bench` reports on, inside one
/// process, without Graphviz: loading and checking, each graph measure, the scenario engine.
struct BenchInternal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-internal",
        abstract: "Time loading, measures and the scenario engine on a model (for make bench).",
        discussion: """
        Prints one line per stage, 'stage<TAB>seconds', on standard output. The scenario \
        removes the actor with the most ties on the model's as_of date (ties broken by id). \
        Used by .ci/bench; see docs/benchmarks.md.
        """,
        shouldDisplay: false
    )

    @Argument(help: ArgumentHelp("The model file.", valueName: "file"))
    var file: String

    @Option(help: "Stages to run, comma-separated: load, measures, scenario, scenario-exact (default: load,measures,scenario).")
    var stages: String = "load,measures,scenario"

    @Flag(help: "Also print a digest of each result (FNV-1a of its bits), to compare builds.")
    var digest = false

    func run() throws {
        let wanted = Set(stages.split(separator: ",").map(String.init))
        let (loaded, loadTime) = try time { try ModelInput.load(file) }
        report("load+check", loadTime)
        let (graph, graphTime) = time { loaded.snapshot().signedGraph }
        report("snapshot", graphTime)
        if wanted.contains("measures") {
            let cooperative = graph.cooperativePart
            measure("strength+degree") { (positiveStrength(graph) + negativeStrength(graph), degree(graph).map(Double.init)) }
            measure("betweenness") { (betweennessCentrality(cooperative), []) }
            measure("closeness") { (closenessCentrality(cooperative), []) }
            measure("pagerank") { ((try? pagerank(cooperative)) ?? [], []) }
            measure("eigenvector") { ((try? eigenvectorCentrality(cooperative)) ?? [], []) }
            measure("triangles") {
                let balance = triangleBalance(graph)
                return ([balance.weightedShare, balance.unweightedShare], [Double(balance.triangles)])
            }
            measure("components") { ([], connectedComponents(graph).flatMap { $0.map(Double.init) + [-1] }) }
            measure("blocs") {
                let partition = signedBlocs(graph)
                return ([partition.weightedFrustration], partition.blocs.flatMap { $0.map(Double.init) + [-1] })
            }
        }
        if wanted.contains("scenario") || wanted.contains("scenario-exact") {
            let degrees = degree(graph)
            let hub = graph.nodes.indices.max { (degrees[$0], graph.nodes[$1]) < (degrees[$1], graph.nodes[$0]) }!
            let scenario = Scenario(path: "bench", title: "Remove \(graph.nodes[hub])",
                                    shocks: [Shock(.remove(actor: graph.nodes[hub]), origin: .commandLine(flag: "--remove"))])
            let ((plan, _), planTime) = time { ScenarioPlan.make(scenario, model: loaded) }
            report("scenario-plan", planTime)
            guard let plan else { throw ExitCode.failure }
            let methods: [(String, BrokerageMethod)] = [("scenario", .automatic), ("scenario-exact", .exact)]
            for (stage, method) in methods where wanted.contains(stage) {
                let (result, runTime) = time { ScenarioEngine.run(plan, brokerage: method) }
                report(stage == "scenario" ? "scenario-engine" : "scenario-engine-exact", runTime)
                if stage == "scenario" { report("scenario-brokerage-sources", Double(result.brokerageSources ?? graph.nodeCount)) }
                if digest { printDigest(result, stage) }
            }
        }
    }

    /// A digest of what the engine computed: pair changes, actor measures, graph measures.
    func printDigest(_ result: ScenarioResult, _ stage: String) {
        var values: [Double] = []
        for pair in result.pairs { values += [pair.before ?? 9, pair.after ?? 9, pair.change] }
        for effect in result.actorEffects {
            let before = effect.before, after = effect.after
            values += [before?.brokerage ?? 9, after?.brokerage ?? 9, before?.influence ?? 9, after?.influence ?? 9]
        }
        let graphs = [result.graphBefore, result.graphAfter]
        for graph in graphs { values += [graph.balance, graph.frustration, Double(graph.blocs.count)] }
        values.append(Double(result.emergent.count))
        Terminal.standardOutput.write("\(stage)-digest\t\(Self.fnv(values))\n")
    }

    /// Times one measure; with --digest, prints a digest of what it returned.
    func measure(_ stage: String, _ body: () -> ([Double], [Double])) {
        let (values, seconds) = time(body)
        report(stage, seconds)
        if digest { Terminal.standardOutput.write("\(stage)-digest\t\(Self.fnv(values.0 + values.1))\n") }
    }

    static func fnv(_ values: [Double]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for value in values {
            var bits = value.bitPattern
            for _ in 0 ..< 8 {
                hash = (hash ^ (bits & 0xFF)) &* 0x0000_0100_0000_01B3
                bits >>= 8
            }
        }
        return String(hash, radix: 16)
    }

    func report(_ stage: String, _ seconds: Double) {
        Terminal.standardOutput.write("\(stage)\t\(WeightFormat.fixed(seconds, decimals: 4))\n")
    }

    func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
