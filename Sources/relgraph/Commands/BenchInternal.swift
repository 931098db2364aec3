import ArgumentParser
import Dispatch
import RelGraph

/// `relgraph bench-internal` (hidden): times the stages `make bench` reports on, inside one
/// process, without Graphviz: loading and checking, each graph measure, the scenario engine.
struct BenchInternal: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-internal",
        abstract: "Time loading, measures and the scenario engine on a model (for make bench).",
        discussion: """
        Prints one line per stage, 'stage<TAB>seconds', on standard output. The measures are \
        taken on the model as of its as_of date (cooperative relations for the centralities); \
        the scenario removes the actor with the most ties on that date (ties broken by id). \
        Used by .ci/bench; see docs/benchmarks.md.
        """,
        shouldDisplay: false
    )

    @Argument(help: ArgumentHelp("The model file.", valueName: "file"), transform: PathArgument.nonEmpty)
    var file: String

    @Option(help: "Stages to run, comma-separated: load, measures, scenario, scenario-exact, scenario-draws.")
    var stages: String = "load,measures,scenario"

    @Option(help: "Uncertainty draws in the scenario-draws stage.")
    var draws = 100

    @Option(help: ArgumentHelp("The actor the scenario removes (default: the one with the most ties).", valueName: "actor"))
    var remove: String?

    @Option(help: ArgumentHelp("Write the scenario's engine problem as JSON, for .ci/draws_numpy.py.", valueName: "path"), transform: PathArgument.nonEmpty)
    var exportProblem: String?

    @Flag(help: "Also print a digest of each result (FNV-1a of its bits), to compare builds.")
    var digest = false

    @Option(help: ArgumentHelp("Write the measured graph as 'i<TAB>j<TAB>relation<TAB>cooperative weight' lines (first line '# nodes N'), for the peers.", valueName: "path"), transform: PathArgument.nonEmpty)
    var edgeList: String?

    @Option(help: ArgumentHelp("Write every measure's values as 'measure<TAB>node<TAB>value' lines.", valueName: "path"), transform: PathArgument.nonEmpty)
    var values: String?

    @OptionGroup var overwrite: OverwriteOptions

    @Option(help: "Sources for sampled betweenness in the measures stage (0: exact only).")
    var sampledSources = 0

    @Option(help: "Measures to time in the measures stage, comma-separated (default: all): to time one without waiting for betweenness.")
    var measures: String?

    func run() async throws {
        let wanted = Set(stages.split(separator: ",").map(String.init))
        let (loaded, loadTime) = try Self.time { try ModelInput.load(file) }
        report("load+check", loadTime)
        let (graph, graphTime) = Self.time { loaded.snapshot().signedGraph }
        report("snapshot", graphTime)
        if let edgeList {
            // Each pair's relation and its weight in the cooperative subgraph (0 when it is not
            // in it), as the graph's own `cooperativePart` gives it: the peers take both from here.
            let cooperative = graph.cooperativePart.pairs
            var next = 0
            var text = "# nodes \(graph.nodeCount)\n"
            for (i, j, weight) in graph.pairs {
                var weightThere = 0.0
                if next < cooperative.count, cooperative[next].0 == i, cooperative[next].1 == j {
                    weightThere = cooperative[next].2
                    next += 1
                }
                text += "\(i)\t\(j)\t\(weight)\t\(weightThere)\n"
            }
            try OutputWriter.write(Array(text.utf8), to: edgeList, force: overwrite.force)
        }
        if wanted.contains("measures") { try timeMeasures(graph) }
        if wanted.contains("scenario") || wanted.contains("scenario-exact") || wanted.contains("scenario-draws") { try await scenario(loaded, graph, wanted) }
    }

    func timeMeasures(_ graph: SignedGraph) throws {
        let cooperative = graph.cooperativePart
        var lines: [String] = []
        let only = measures.map { Set($0.split(separator: ",").map(String.init)) }
        /// Times one measure (`repeatedTime`), keeps its values for --values and prints a digest
        /// with --digest.
        // Only `compute` is timed: turning a result into numbers for the comparison with
        // NetworkX is no part of the measure (for components on small graphs it cost more).
        func measure<T>(_ stage: String, _ compute: () -> T, numbers: (T) -> [(String, [Double])]) {
            if let only, !only.contains(stage) { return }
            let (result, seconds) = Self.repeatedTime(compute)
            let results = numbers(result)
            report(stage, seconds)
            if values != nil {
                for (name, numbers) in results {
                    for (node, value) in numbers.enumerated() { lines.append("\(name)\t\(node)\t\(value)\n") }
                }
            }
            if digest { Terminal.standardOutput.write("\(stage)-digest\t\(Self.fnv(results.flatMap(\.1)))\n") }
        }
        func measure(_ stage: String, _ compute: () -> [(String, [Double])]) {
            measure(stage, compute, numbers: { $0 })
        }
        measure("strength+degree") {
            [("positive-strength", positiveStrength(graph)), ("negative-strength", negativeStrength(graph)),
             ("degree", degree(graph).map(Double.init))]
        }
        measure("betweenness") { [("betweenness", betweennessCentrality(cooperative))] }
        if sampledSources > 0 {
            measure("betweenness-sampled") {
                [("betweenness-sampled", sampledBetweennessCentrality(cooperative, sources: sampledSources, seed: BrokerageMethod.sampleSeed))]
            }
        }
        measure("closeness") { [("closeness", closenessCentrality(cooperative))] }
        measure("pagerank") { [("pagerank", (try? pagerank(cooperative)) ?? [])] }
        measure("eigenvector") { [("eigenvector", (try? eigenvectorCentrality(cooperative)) ?? [])] }
        measure("triangles") {
            let balance = triangleBalance(graph)
            return [("triangles", [Double(balance.triangles)]), ("balance", [balance.weightedShare, balance.unweightedShare])]
        }
        measure("components", { connectedComponents(graph) }, numbers: { components in
            [("components", [Double(components.count)]), ("component-members", components.flatMap { $0.map(Double.init) + [-1] })]
        })
        measure("blocs", { signedBlocs(graph) }, numbers: { partition in
            [("frustration", [partition.weightedFrustration]), ("bloc-members", partition.blocs.flatMap { $0.map(Double.init) + [-1] })]
        })
        if let values { try OutputWriter.write(Array(lines.joined().utf8), to: values, force: overwrite.force) }
    }

    func scenario(_ model: Model, _ graph: SignedGraph, _ wanted: Set<String>) async throws {
        let degrees = degree(graph)
        let hub = graph.nodes.indices.max { (degrees[$0], graph.nodes[$1]) < (degrees[$1], graph.nodes[$0]) }!
        let removed = remove ?? graph.nodes[hub]
        let scenario = Scenario(path: "bench", title: "Remove \(removed)",
                                shocks: [Shock(.remove(actor: removed), origin: .commandLine(flag: "--remove"))])
        let ((plan, _), planTime) = Self.time { ScenarioPlan.make(scenario, model: model) }
        report("scenario-plan", planTime)
        guard let plan else { throw ExitCode.failure }
        let methods: [(String, BrokerageMethod)] = [("scenario", .automatic), ("scenario-exact", .exact)]
        for (stage, method) in methods where wanted.contains(stage) {
            let (result, runTime) = try Self.time { try ScenarioEngine.run(plan, brokerage: method) }
            report(stage == "scenario" ? "scenario-engine" : "scenario-engine-exact", runTime)
            // 0 when brokerage was exact.
            if stage == "scenario" { report("scenario-brokerage-sources", Double(result.brokerageSources ?? 0)) }
            if digest { printDigest(result, stage) }
        }
        if wanted.contains("scenario-draws") {
            // The whole engine with its uncertainty draws, as `relgraph scenario` runs it.
            let draws = self.draws
            let (result, runTime) = try await Self.timeAsync {
                try await ScenarioEngine.run(plan, draws: draws, seed: ScenarioEngine.standardSeed)
            }
            report("scenario-draws", runTime)
            if let exportProblem {
                let bytes = try await ProblemExport.json(plan, draws: draws, seed: ScenarioEngine.standardSeed)
                try OutputWriter.write(bytes, to: exportProblem, force: overwrite.force)
            }
            report("scenario-draws-findings", Double(result.pairs.count { $0.isFinding } + result.emergent.count { $0.isFinding }))
            if digest { printDigest(result, "scenario-draws") }
        }
    }

    /// A digest of what the engine computed: pair changes, actor measures, graph measures.
    func printDigest(_ result: ScenarioResult, _ stage: String) {
        var values: [Double] = []
        for pair in result.pairs { values += [pair.before ?? 9, pair.after ?? 9, pair.change, pair.reportedChange] }
        for effect in result.actorEffects {
            let before = effect.before, after = effect.after
            values += [before?.brokerage ?? 9, after?.brokerage ?? 9, before?.influence ?? 9, after?.influence ?? 9]
        }
        let graphs = [result.graphBefore, result.graphAfter]
        for graph in graphs { values += [graph.balance, graph.frustration, Double(graph.blocs.count)] }
        values.append(Double(result.emergent.count))
        Terminal.standardOutput.write("\(stage)-digest\t\(Self.fnv(values))\n")
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
        Terminal.standardOutput.write("\(stage)\t\(WeightFormat.fixed(seconds, decimals: 9))\n")
    }

    /// The median of repeated runs, as .ci/peer_graph.py times the peers: at least three,
    /// more while they take under 0.3 s together (at most 25); one when a run takes over 3 s.
    /// A single run of a measure that takes microseconds mostly times cold caches.
    static func repeatedTime<T>(_ body: () -> T) -> (T, Double) {
        var (value, first) = time(body)
        var times = [first]
        while first <= 3, times.count < 25, times.count < 3 || times.reduce(0, +) < 0.3 {
            let (again, seconds) = time(body)
            value = again
            times.append(seconds)
        }
        first = times.sorted()[times.count / 2]
        return (value, first)
    }

    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    static func timeAsync<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try await body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
