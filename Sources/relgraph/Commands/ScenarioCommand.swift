import ArgumentParser
import RelGraph
import RelGraphRender

/// `relgraph scenario`: what a shock changes, for whom, and why — by which cited relations.
struct ScenarioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Apply shocks to a model, propagate them, and write pictures and reports of what changed.",
        discussion: """
        Give scenario files (scenarios/*.yaml, see docs/scenarios.md), or shocks as flags to run \
        on the default model. Each scenario writes out/<scenario>/: changes.svg (what changed, \
        for a 16 cm column), before.svg, after.svg and \
        diff.svg (one shared layout), actors.svg, report.md, report.html, effects.json and \
        .relgraph.sha256 (the checksums of what relgraph wrote there; see --force).

        Examples:
          relgraph scenario --remove Russia-peacekeepers
          relgraph scenario --set 'Azerbaijan~Russia:friction=-0.9' --add 'Azerbaijan~BRICS membership 0.5'
          relgraph scenario scenarios/*.yaml --check

        The rule (--model balance, the default): \(PropagationRule.balance.summary)

        How ties make a relation: \(Relation.summary)

        Uncertainty: each of --draws worlds (default \(ScenarioEngine.standardDraws), seeded \
        by --seed) believes each citation with its source's Admiralty-grade probability, spreads \
        each tie's weight by its confidence and draws the coupling within ±0.15 of its value. \
        Every effect gets its median change, a 90 % interval and a verdict: robust (the median's \
        direction in ≥ 90 % of draws), likely (≥ 70 %), uncertain, or negligible (below \
        min(0.05, 10 % of the shock's size)). Limits: \(PropagationRule.balance.limits[0])

        Shocks as flags, applied in this order:
        \(ShockFlags.helpLines)

        Several scenarios run in parallel, one per core; their files and summaries come out \
        in the order given, the same as running them one by one. On models of thousands of \
        actors brokerage is estimated from sampled actors (--exact-brokerage for the exact \
        value) and the pictures are laid out with sfdp; a note on stderr says so.
        """
    )

    /// Scenario files and shocks given as flags (`--remove X`): the flags are the shock
    /// kinds' own (`ShockKinds.all`), read here rather than declared one by one.
    @Argument(parsing: .allUnrecognized,
              help: ArgumentHelp("Scenario files, or shocks as flags: \(ShockFlags.usage).", valueName: "file"))
    var inputs: [String] = []

    @OptionGroup var model: ModelOptions

    @Option(name: .customLong("model"), help: "Propagation: balance or none (default: the scenario's, else balance).")
    var propagationModel: Propagation.Model?

    @Option(help: ArgumentHelp("Coupling α of the balance rule, above 0 and below 0.5 (default: the scenario's, else \(WeightFormat.plain(Propagation.defaultCoupling))).", valueName: "α"))
    var coupling: Double?

    /// The step-by-step rule's flag, kept only to say what replaced it.
    @Option(help: .hidden)
    var steps: String?

    @Option(help: ArgumentHelp("Uncertainty draws (default \(ScenarioEngine.standardDraws)).", valueName: "n"))
    var draws: Int = ScenarioEngine.standardDraws

    @Option(help: ArgumentHelp("Seed of the draws (default \(ScenarioEngine.standardSeed)): the same seed gives the same output.", valueName: "s"))
    var seed: UInt64 = ScenarioEngine.standardSeed

    @OptionGroup var output: ScenarioOutputOptions

    @Flag(help: "Check each scenario's expectations; exit 1 when any fails.")
    var check = false

    @Flag(name: .customLong("allow-outside"), help: "Let a scenario's graph: name a model outside the scenario's project (its repository, else its folder).")
    var allowOutside = false


    /// The inputs that are not shock flags or their values.
    var files: [String] { (try? ShockFlags.parse(inputs).files) ?? [] }

    var flagShocks: [Shock] {
        get throws { try ShockFlags.parse(inputs).shocks }
    }

    func validate() throws {
        if steps != nil {
            throw ValidationError("--steps is gone: propagation settles at an equilibrium, which has no steps; --coupling sets how strongly balance pressure moves relations (docs/scenarios.md)")
        }
        if let coupling, !Propagation.acceptsCoupling(coupling) {
            throw ValidationError("--coupling must be above 0 and below 0.5 (the equilibrium is only guaranteed for α < ½)")
        }
        if !(1 ... 100_000).contains(draws) { throw ValidationError("--draws must be between 1 and 100000") }
        let shocks = try flagShocks
        if files.isEmpty && shocks.isEmpty {
            throw ValidationError("give scenario files, or shocks as flags (\(ShockFlags.all.map { "--\($0.name)" }.joined(separator: ", ")))")
        }
        if !files.isEmpty && !shocks.isEmpty {
            throw ValidationError("give shocks either in scenario files or as flags, not both")
        }
    }

    @Flag(help: "Compute brokerage exactly even on large models (slow beyond about 5,000 actors).")
    var exactBrokerage = false

    /// What one scenario's run gives: the result and its files, or why the pictures failed.
    enum Outcome: Sendable {
        /// The result, its files, and the warning when its pictures do not fit `--width`.
        case done(ScenarioResult, [ScenarioOutput.File], String?)
        case failed(String)
    }

    func run() async throws {
        let scenarios = try loadScenarios()
        // Models, plans and their notes in input order, before anything heavy runs: a mistake
        // in the last scenario stops the batch before the first one is drawn.
        var models: [String: Model] = [:]
        var plans: [(plan: ScenarioPlan, modelPath: String)] = []
        for var scenario in scenarios {
            if let propagationModel { scenario.propagation.model = propagationModel }
            if let coupling { scenario.propagation.coupling = coupling }
            let modelPath = try scenario.graphPath ?? model.modelPath(argument: nil)
            let loaded = try models[modelPath] ?? model.load(modelPath)
            models[modelPath] = loaded

            let (plan, diagnostics) = ScenarioPlan.make(scenario, model: loaded, at: model.date)
            DiagnosticPrinter(terminal: .standardError).print(diagnostics)
            guard let plan else {
                let fromFlags = diagnostics.errors.allSatisfy { $0.position == .none }
                throw fromFlags ? ExitCode(2) : ExitCode.failure
            }
            for note in plan.notes { printNote(note, for: scenario) }
            plans.append((plan, modelPath))
        }
        let folders = try ScenarioFolders.assign(plans.map(\.plan.scenario), in: output.folder)

        // The engine and the pictures run in parallel (libgvc itself behind its lock); results
        // are written and summarised in input order, so the output is what a sequential run gives.
        let format = output.format, requested = output.layout, fit = output.sizing.fit
        let brokerage: BrokerageMethod = exactBrokerage ? .exact : .automatic
        let (draws, seed) = (self.draws, self.seed)
        let job = { @Sendable [plans] (index: Int) async -> Outcome in
            do {
                // The engine's draws run in a task group of their own, inside this scenario's task.
                let result = try await ScenarioEngine.run(plans[index].plan, brokerage: brokerage, draws: draws, seed: seed)
                let policy = Self.picturePolicy(for: result, requested: requested)
                let written = try ScenarioOutput.files(for: result, format: format, engine: policy.engine, sizePolicy: policy, fit: fit)
                let warning = WidthOption.warning(written.fit, instead: "draw the actors that matter with relgraph render --focus <actor> --depth 1")
                return .done(result, written.files, warning.map { "the pictures are " + $0 })
            } catch {
                return .failed("\(error)")
            }
        }
        var failures = 0
        var documents: [[UInt8]] = []
        let progress = Progress(total: plans.count)
        try await inInputOrder(count: plans.count, job, waiting: { progress.update($0, plans[$0].plan.scenario.title) }) { index, outcome in
            let plan = plans[index].plan
            let scenario = plan.scenario
            guard case .done(let result, let files, let widthWarning) = outcome else {
                progress.finish()
                if case .failed(let message) = outcome {
                    Terminal.standardError.write("\(scenario.path): \(Terminal.standardError.styled("error:", .red, .bold)) \(message)\n")
                }
                throw ExitCode.failure
            }
            if let note = Self.picturePolicy(for: result, requested: requested).note { printNote(note, for: scenario) }
            if let widthWarning {
                Terminal.standardError.write("\(scenario.path): \(Terminal.standardError.styled("warning:", .yellow, .bold)) \(widthWarning)\n")
            }
            if let sources = result.brokerageSources {
                printNote("brokerage estimated from \(sources) sampled actors of \(result.actors.count) (a large graph); --exact-brokerage computes it exactly", for: scenario)
            }
            let folder = folders[index]
            do {
                try OutputWriter.write(files.map { ($0.name, $0.bytes) }, into: folder, force: output.overwrite.force)
            } catch {
                progress.finish()
                throw error
            }

            progress.finish()
            if output.json {
                documents.append(files.first { $0.name == "effects.json" }!.bytes)
            } else {
                Terminal.standardOutput.note(EffectsSummary.text(result, folder: folder, files: files.map(\.name), terminal: .standardOutput))
            }
            if check {
                for outcome in result.expectations where !outcome.holds {
                    failures += 1
                    let diagnostic = Diagnostic(.expectationFailed(outcome.expectation.summary, detail: outcome.detail),
                                                path: scenario.path, at: outcome.expectation.position)
                    DiagnosticPrinter(terminal: .standardError).print([diagnostic])
                }
            }
        }
        if output.json {
            Terminal.standardOutput.write(documents.count == 1 ? documents[0] : Array("[\n".utf8) + documents.map { $0.dropLast() }.joined(separator: Array(",\n".utf8)) + Array("\n]\n".utf8))
        }
        if check {
            let total = scenarios.count
            Terminal.standardError.write(failures == 0 ? "all expectations of \(total) scenario\(total == 1 ? "" : "s") hold\n" : "\(failures) expectation\(failures == 1 ? "" : "s") failed\n")
            if failures > 0 { throw ExitCode.failure }
        }
    }

    /// Large scenarios are drawn as `relgraph render` draws large models (SizePolicy): sfdp
    /// instead of neato, names for the actors with the most ties before or after.
    static func picturePolicy(for result: ScenarioResult, requested: LayoutEngine) -> SizePolicy {
        let sizes = SizePolicy.actorSizes(result.actors.map(\.id), ties: result.ties.map(\.tie))
        return SizePolicy.decide(actors: sizes, ties: result.ties.count, requested: requested)
    }

    func printNote(_ note: String, for scenario: Scenario) {
        Terminal.standardError.write("\(scenario.path): \(Terminal.standardError.styled("note:", .cyan, .bold)) \(note)\n")
    }

    func loadScenarios() throws -> [Scenario] {
        if files.isEmpty {
            let shocks = try flagShocks
            let title = "Command line: " + shocks.map(\.summary).joined(separator: "; ")
            return [Scenario(path: "command line", title: title, graphPath: model.graph, shocks: shocks)]
        }
        let printer = DiagnosticPrinter(terminal: .standardError)
        var scenarios: [Scenario] = []
        var failed = false
        for path in files {
            do {
                let result = try ScenarioLoader.load(contentsOf: path, graphAnywhere: allowOutside)
                printer.print(result.diagnostics)
                if let scenario = result.scenario, !result.hasErrors {
                    var scenario = scenario
                    if scenario.graphPath == nil { scenario.graphPath = model.graph }
                    scenarios.append(scenario)
                } else {
                    failed = true
                }
            } catch {
                printer.print(error)
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
        return scenarios
    }
}

extension Propagation.Model: ExpressibleByArgument {}
