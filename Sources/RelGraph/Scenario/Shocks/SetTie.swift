/// `set: {tie: TIE, weight: W}`: one tie's weight becomes W.
public struct SetTie: ShockKind {
    public var tie: TieReference
    public var weight: Double

    public init(tie: TieReference, weight: Double) {
        self.tie = tie
        self.weight = weight
    }

    public static let key = "set"
    public static let syntax = "`set: {tie: TIE, weight: W}`"
    public static let effect = "The tie's weight becomes W (−1 … +1)."
    public static let flag: ShockFlag? = ShockFlag(name: "set", valueName: "tie=weight", help: "Set one tie's weight.")

    enum Key: Int, MappingKey {
        case tie, weight
        static let table = MappingKeys(Self.self, names: ["tie", "weight"])
    }
    public static var mappingKeys: [String] { Key.table.names }

    public static func read(_ value: YAMLNode, log: inout DiagnosticLog) -> (Self, at: TextPosition)? {
        // Both parts read before either is judged: every problem is reported, not the first.
        guard let inner = MappingReader<Key>(value, what: "set", log: &log) else { return nil }
        let tie = inner.required(.tie, in: "set", log: &log).flatMap({ ScenarioLoader.tieReference($0, log: &log) })
        let weight = inner.required(.weight, in: "set", log: &log).flatMap({ ScenarioLoader.weightValue($0, log: &log) })
        guard let tie, let weight else { return nil }
        return (SetTie(tie: tie, weight: weight), inner[.tie]!.position)
    }

    public static func parse(flagValue: String) throws(ShockFlagError) -> Self {
        let (tie, value) = try ShockFlagValue.assignment(flagValue)
        guard (-1...1).contains(value) else { throw ShockFlagError("the weight must be within −1 … +1") }
        return SetTie(tie: tie, weight: value)
    }

    public var summary: String { "set \(tie) to \(WeightFormat.signed(weight))" }

    public func target(in resolution: inout ShockResolution) -> ShockTarget? { resolution.tieTarget(tie) }

    public func step(in resolution: inout ShockResolution, at day: Day) -> (any ShockStep)? {
        resolution.single(tie).map { Step(tie: $0, weight: weight) }
    }

    public struct Step: ShockStep {
        public let tie: Int
        public let weight: Double
        public func apply(to world: inout WorldEdits) { world.rewriteTie(tie, .set(weight)) }
    }
}
