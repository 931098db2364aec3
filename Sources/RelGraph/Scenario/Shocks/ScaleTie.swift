/// `scale: {tie: TIE, by: F}`: one tie's weight is multiplied by F.
public struct ScaleTie: ShockKind {
    public var tie: TieReference
    public var factor: Double

    public init(tie: TieReference, factor: Double) {
        self.tie = tie
        self.factor = factor
    }

    public static let key = "scale"
    public static let syntax = "`scale: {tie: TIE, by: F}`"
    public static let effect = "The tie's weight is multiplied by F (then clamped to −1 … +1)."
    public static let flag: ShockFlag? = ShockFlag(name: "scale", valueName: "tie=factor", help: "Multiply one tie's weight.")

    enum Key: Int, MappingKey {
        case tie, by
        static let table = MappingKeys(Self.self, names: ["tie", "by"])
    }
    public static var mappingKeys: [String] { Key.table.names }

    public static func read(_ value: YAMLNode, log: inout DiagnosticLog) -> (Self, at: TextPosition)? {
        // Both parts read before either is judged: every problem is reported, not the first.
        guard let inner = MappingReader<Key>(value, what: "scale", log: &log) else { return nil }
        let tie = inner.required(.tie, in: "scale", log: &log).flatMap({ ScenarioLoader.tieReference($0, log: &log) })
        let factor = inner.required(.by, in: "scale", log: &log).flatMap({ ValueReader.number($0, what: "by", code: .value, log: &log) })
        guard let tie, let factor else { return nil }
        return (ScaleTie(tie: tie, factor: factor), inner[.tie]!.position)
    }

    public static func parse(flagValue: String) throws(ShockFlagError) -> Self {
        let (tie, value) = try ShockFlagValue.assignment(flagValue)
        return ScaleTie(tie: tie, factor: value)
    }

    public var summary: String { "scale \(tie) by \(WeightFormat.plain(factor, decimals: 3))" }

    public func target(in resolution: inout ShockResolution) -> ShockTarget? { resolution.tieTarget(tie) }

    public func step(in resolution: inout ShockResolution, at day: Day) -> (any ShockStep)? {
        resolution.single(tie).map { Step(tie: $0, factor: factor) }
    }

    public struct Step: ShockStep {
        public let tie: Int
        public let factor: Double
        public func apply(to world: inout WorldEdits) { world.rewriteTie(tie, .scale(factor)) }
    }
}
