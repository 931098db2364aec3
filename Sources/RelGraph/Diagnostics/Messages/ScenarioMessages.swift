/// The wording of findings about a scenario: its file, then its shocks against its model.
extension Diagnostic.Message {
    // MARK: The file

    /// `tree` is the folder the scenario's `graph:` must stay in (`ScenarioLoader.graphTree`).
    public static func graphOutside(_ graph: String, tree: String) -> Self {
        Self(.graphOutside, "graph '\(graph)' lies outside the scenario's project (\(tree))",
             hint: "keep the model inside it, or add --allow-outside to read it anyway")
    }

    public static func noShocks() -> Self { Self(.missingKey, "a scenario needs at least one shock") }

    /// `keys` lists the shock keys a file may use.
    public static func shockForm(_ keys: [String]) -> Self {
        Self(.shockForm, "a shock is one of \(keys.joined(separator: ", ")), one per list item")
    }

    public static func addedTieSignMismatch(_ kind: TieKind, weight: Double) -> Self {
        Self(.signMismatch, "a '\(kind.rawValue)' tie is expected to be \(kind.expectedSign == .positive ? "positive" : "negative"), but its weight is \(WeightFormat.signed(weight))")
    }

    public static func malformedTie(_ text: String) -> Self {
        Self(.malformedTie, "'\(text)' does not name a tie", hint: "write A~B (mutual) or A->B (directed), with :kind if needed")
    }

    public static func unknownTieKind(_ kind: String, in text: String, hint: String?) -> Self {
        Self(.unknownKind, "unknown tie kind '\(kind)' in '\(text)'", hint: hint)
    }

    public static func shockWeightOutOfRange(_ weight: Double) -> Self {
        Self(.weightOutOfRange, "weight \(WeightFormat.plain(weight, decimals: 4)) is outside −1 … +1")
    }

    public static func couplingOutOfRange(default coupling: Double) -> Self {
        Self(.invalidValue, "coupling must be above 0 and below 0.5",
             hint: "the equilibrium is only guaranteed for α < ½ (docs/scenarios.md); the default is \(WeightFormat.plain(coupling))")
    }

    /// `steps`, `rate` or `threshold`: the step-by-step rule's settings, which the equilibrium has not.
    public static func ignoredSetting(_ name: String) -> Self {
        Self(.ignoredSetting, "'\(name)' is ignored: propagation now settles at an equilibrium, which has no steps, rate or emergent threshold",
             hint: "remove it; 'coupling' sets how strongly balance pressure moves relations (docs/scenarios.md)")
    }

    public static func probabilityOutOfRange() -> Self {
        Self(.invalidValue, "probability must be above 0 and at most 1", hint: "the share of draws the direction must hold in; the default is 0.8")
    }

    public static func minChangeOutOfRange() -> Self {
        Self(.invalidValue, "min_change must be between 0 and 2", hint: "the smallest median change that counts; the default is the scenario's materiality")
    }

    public static func noExpectationTarget() -> Self {
        Self(.missingKey, "an expectation names a 'tie', an 'actor' (with 'metric') or a graph 'metric'")
    }

    public static func changeDoesNotApply(_ change: String, allowed: [String]) -> Self {
        Self(.invalidValue, "'\(change)' does not apply here", hint: "one of: \(allowed.joined(separator: ", "))")
    }

    // MARK: Against the model

    public static func unknownActor(_ name: String, inModel path: String, hint: String?) -> Self {
        Self(.unknownActor, "no actor '\(name)' in \(path)", hint: hint)
    }

    public static func unknownTie(_ tie: String, inModel path: String, hint: String) -> Self {
        Self(.unknownTie, "no tie \(tie) in \(path)", hint: hint)
    }

    public static func addedActorIDUsed(_ id: String) -> Self { Self(.duplicateID, "actor id '\(id)' is already used") }

    public static func ambiguousTie(_ tie: String, count: Int, kinds: String) -> Self {
        Self(.ambiguousTie, "\(tie) names \(count) ties on the baseline day", hint: "add the kind: \(kinds)")
    }

    public static func unknownScenarioSource(_ source: String, model path: String, hint: String?) -> Self {
        Self(.unknownSource, "citation of unknown source '\(source)' (not a source of \(path))", hint: hint)
    }

    /// `lastDay` is the last day before the baseline on which the target exists, if any.
    public static func absentOnBaseline(_ target: String, day: Day, span: String, lastDay: Day?) -> Self {
        Self(.unknownAtBaseline, "\(target) does not exist on \(day) (\(span))",
             hint: lastDay.map { "the last day it exists is \($0); choose a baseline on or before it" })
    }

    public static func absentOnAsOf(_ target: String, day: Day, span: String) -> Self {
        Self(.unknownAtBaseline, "\(target) does not exist on \(day), the model's as_of (\(span))",
             hint: "give the scenario a baseline date ('at:' or --at) on which every shock's target exists")
    }

    public static func addedTieEndAbsent(_ id: String, day: Day, span: String) -> Self {
        Self(.unknownAtBaseline, "'\(id)' does not exist on \(day) (\(span))")
    }

    /// A shock given as a flag (`--remove X`): the finding names the flag, as the command line has no lines.
    public func onCommandLine(_ flag: String) -> Self { Self(code, "\(flag): \(text)", hint: hint) }

    // MARK: Running scenarios

    public static func noModelFound(_ relativePath: String) -> Self {
        Self(.noModel, "the scenario names no graph and there is no \(relativePath) here or above (up to the repository's root or the home folder)")
    }

    /// The model file cannot be read (`InputError`).
    public static func modelUnreadable(_ path: String, _ reason: String) -> Self { Self(.noModel, "its model \(path): \(reason)") }

    public static func expectationFailed(_ summary: String, detail: String) -> Self {
        Self(.expectationFailed, "expectation failed: \(summary) (\(detail))")
    }
}
