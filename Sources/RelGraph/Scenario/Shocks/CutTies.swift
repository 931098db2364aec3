/// `cut: TIE`: every tie the name matches leaves the graph.
public struct CutTies: ShockKind {
    public var tie: TieReference

    public init(tie: TieReference) { self.tie = tie }

    public static let key = "cut"
    public static let syntax = "`cut: TIE`"
    public static let effect = "The matching ties leave the graph."
    public static let flag: ShockFlag? = ShockFlag(name: "cut", valueName: "tie", help: "Cut the ties a name matches (A~B, A->B, with :kind).")

    public static func read(_ value: YAMLNode, log: inout DiagnosticLog) -> (Self, at: TextPosition)? {
        ScenarioLoader.tieReference(value, log: &log).map { (CutTies(tie: $0), value.position) }
    }

    public static func parse(flagValue: String) throws(ShockFlagError) -> Self { CutTies(tie: try ShockFlagValue.tie(flagValue)) }

    public var summary: String { "cut \(tie)" }

    public func target(in resolution: inout ShockResolution) -> ShockTarget? { resolution.tieTarget(tie) }

    public func step(in resolution: inout ShockResolution, at day: Day) -> (any ShockStep)? {
        guard let (_, indices) = resolution.matchingTies(tie) else { return nil }
        return Step(ties: indices.filter(resolution.present.contains))
    }

    public struct Step: ShockStep {
        /// The model's ties cut: those the name matches on the baseline day.
        public let ties: [Int]
        public func apply(to world: inout WorldEdits) { for tie in ties { world.removeTie(tie) } }
    }
}
