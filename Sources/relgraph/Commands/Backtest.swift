import ArgumentParser
import RelGraph
import RelGraphFormats

/// `relgraph backtest`: does the engine have skill? A hindcast on a model's own dated history.
struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Score the scenario engine against the model's own recorded history between two dates.",
        discussion: """
        The recorded changes between --from and --to (pairs whose relation differs: relations \
        that changed, appeared or ended) are dealt into --folds folds with --seed. For each \
        fold, the other folds' changes are applied to the --from world (each such pair's ties \
        set to their --to state) and the engine's equilibrium predicts the rest. Held-out \
        relations that changed or ended are scored on the direction of their change, relations \
        that appeared on the sign of their emergent tendency; a prediction below materiality \
        counts as no change. Beside the engine: persistence (no change), majority (the training \
        folds' most common direction) and random (their frequencies, expected accuracy), a \
        one-sided exact binomial test against the best of them, and the share of unchanged \
        relations the engine moved materially (false alarms). --drivers takes a scenario \
        file's shocks as the only drivers instead, and scores every recorded change. \
        The method and its limits: docs/validation.md.

        Examples:
          relgraph backtest --from 2023-06-01 --to 2025-09-01
          relgraph backtest --from 2023-06-01 --to 2025-09-01 --folds 10 --seed 7 --json
          relgraph backtest --from 2023-06-01 --to 2025-09-01 --drivers scenarios/peacekeepers-withdrawal.yaml
        """
    )

    @Argument(help: ArgumentHelp("The model (default: \(DefaultModelPath.description)).", valueName: "model"), transform: PathArgument.nonEmpty)
    var file: String?

    @Option(name: .long, help: ArgumentHelp("The model file, as the argument.", valueName: "model"), transform: PathArgument.nonEmpty)
    var graph: String?

    @Option(help: ArgumentHelp("The first date: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "date"))
    var from: String

    @Option(help: ArgumentHelp("The second date, after --from.", valueName: "date"))
    var to: String

    @Option(help: "Folds the recorded changes are dealt into (at least 2).")
    var folds: Int = Backtest.standardFolds

    @Option(help: "Seed of the fold split; the same seed gives the same folds.")
    var seed: UInt64 = Backtest.standardSeed

    @Option(help: ArgumentHelp("A scenario file whose shocks are the only drivers (a named hindcast on the --from world).", valueName: "file"), transform: PathArgument.nonEmpty)
    var drivers: String?

    @Option(help: ArgumentHelp("Coupling α, above 0 and below 0.5 (default: 0.25; with --drivers, the scenario's).", valueName: "α"))
    var coupling: Double?

    @Flag(name: .customLong("no-assumptions"), help: "Leave out the ties that rest on an assumption (basis: assumption).")
    var noAssumptions = false

    @Flag(help: "Print the scores as JSON (docs/validation.md) instead of text.")
    var json = false

    var fromDate: PartialDate? { PartialDate(parsing: from) }
    var toDate: PartialDate? { PartialDate(parsing: to) }

    func validate() throws {
        guard let fromDate else { throw ValidationError("--from '\(from)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") }
        guard let toDate else { throw ValidationError("--to '\(to)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD") }
        if toDate.firstDay <= fromDate.firstDay { throw ValidationError("--to \(to) must come after --from \(from)") }
        if folds < 2 { throw ValidationError("--folds must be at least 2") }
        if let coupling, !Propagation.acceptsCoupling(coupling) {
            throw ValidationError("--coupling must be above 0 and below 0.5 (the equilibrium is only guaranteed for α < ½)")
        }
        if file != nil && graph != nil { throw ValidationError("name the model once: as the argument or with --graph") }
    }

    func run() throws {
        let path: String
        if let named = file ?? graph {
            path = named
        } else {
            guard let located = DefaultModel.locate() else {
                throw ValidationError("no model named, and no \(DefaultModel.relativePath) here or above; name a model file or set \(DefaultModel.environmentVariable)")
            }
            path = located
        }
        let model = try ModelInput.load(path, withoutAssumptions: noAssumptions)
        let history = RecordedHistory(model: model, from: fromDate!.firstDay, to: toDate!.firstDay)
        let result: BacktestResult
        do {
            if let drivers {
                result = try Backtest.run(history, drivers: try plan(drivers, model: model), coupling: coupling)
            } else {
                result = try Backtest.run(history, folds: folds, seed: seed, coupling: coupling ?? Propagation.defaultCoupling)
            }
        } catch let error as BacktestError {
            Terminal.standardError.write("\(path): \(Terminal.standardError.styled("error:", .red, .bold)) \(error)\n")
            throw ExitCode.failure
        }
        Terminal.standardOutput.write(json ? BacktestDocument(result).text : BacktestText.text(result))
    }

    /// The driver scenario, checked against the model on the --from date.
    func plan(_ path: String, model: Model) throws -> ScenarioPlan {
        let printer = DiagnosticPrinter(terminal: .standardError)
        let loaded: ScenarioLoader.Result
        do {
            loaded = try ScenarioLoader.load(contentsOf: path)
        } catch {
            printer.print(error)
            throw ExitCode.failure
        }
        printer.print(loaded.diagnostics)
        guard var scenario = loaded.scenario, !loaded.hasErrors else { throw ExitCode.failure }
        if let coupling { scenario.propagation.coupling = coupling }
        let (plan, diagnostics) = ScenarioPlan.make(scenario, model: model, at: fromDate)
        printer.print(diagnostics)
        guard let plan else { throw ExitCode.failure }
        return plan
    }
}
