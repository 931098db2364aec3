/// `add: {between: [A, B] | from: A, to: B, kind: K, weight: W, label: L}`: a hypothetical tie.
public struct AddTie: ShockKind {
    public var from: String
    public var to: String
    public var directed: Bool
    public var kind: TieKind
    public var weight: Double
    public var label: String?

    public init(from: String, to: String, directed: Bool, kind: TieKind, weight: Double, label: String?) {
        self.from = from
        self.to = to
        self.directed = directed
        self.kind = kind
        self.weight = weight
        self.label = label
    }

    public static let key = "add"
    public static let syntax = "`add: {between: [A, B] \\| from: A, to: B, kind: K, weight: W, label: L}`"
    public static let effect = "A hypothetical tie. It needs no citation and is marked *hypothetical* everywhere it appears."
    public static let flag: ShockFlag? = ShockFlag(name: "add", valueName: "tie", help: "Add a hypothetical tie: 'A~B KIND WEIGHT' or 'A->B KIND WEIGHT'.")

    enum Key: Int, MappingKey, TieEndKey {
        case between, from, to, kind, weight, label
        static let table = MappingKeys(Self.self, names: ["between", "from", "to", "kind", "weight", "label"])
    }
    public static var mappingKeys: [String] { Key.table.names }

    public static func read(_ node: YAMLNode, log: inout DiagnosticLog) -> (Self, at: TextPosition)? {
        guard let map = MappingReader<Key>(node, what: "add", log: &log) else { return nil }
        var positions = Tie.Positions(entry: node.position)
        let ends = ModelLoader.readEnds(map, positions: &positions, log: &log)
        let kind = map.required(.kind, in: "add", log: &log).flatMap { ValueReader.choice($0, TieKind.self, what: "tie kind", code: .kind, log: &log) }
        let weight = map.required(.weight, in: "add", log: &log).flatMap { ScenarioLoader.weightValue($0, log: &log) }
        guard let (from, to, directed) = ends, let kind, let weight else { return nil }
        if from == to {
            log.report(.selfTie(from), at: positions.to)
            return nil
        }
        if !kind.accepts(weight: weight) {
            log.report(.addedTieSignMismatch(kind, weight: weight), at: map[.weight]!.position)
        }
        return (AddTie(from: from, to: to, directed: directed, kind: kind, weight: weight,
                       label: ValueReader.optionalText(map[.label], what: "label", log: &log)),
                positions.from)
    }

    public static func parse(flagValue text: String) throws(ShockFlagError) -> Self {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard parts.count == 3, let weight = DecimalNumber.parse(parts[2]), (-1...1).contains(weight) else {
            throw ShockFlagError("write 'A~B KIND WEIGHT' (weight within −1 … +1), e.g. 'Azerbaijan~BRICS membership 0.5'")
        }
        let reference = try ShockFlagValue.tie(parts[0])
        guard let kind = TieKind(rawValue: parts[1].lowercased()) else {
            let hint = Suggestion.hint(for: parts[1], in: TieKind.allCases.map(\.rawValue)).map { "; \($0)" } ?? ""
            throw ShockFlagError("unknown tie kind '\(parts[1])'\(hint)")
        }
        return AddTie(from: reference.from, to: reference.to, directed: reference.directed, kind: kind, weight: weight, label: nil)
    }

    public var summary: String {
        "add \(directed ? "\(from)->\(to)" : "\(from)~\(to)") \(kind.rawValue) \(WeightFormat.signed(weight)) (hypothetical)"
    }

    /// No target (a new tie cannot be absent on the baseline), but unknown ends are reported.
    public func target(in resolution: inout ShockResolution) -> ShockTarget? {
        _ = resolution.actorID(from)
        _ = resolution.actorID(to)
        return nil
    }

    public func step(in resolution: inout ShockResolution, at day: Day) -> (any ShockStep)? {
        guard let a = resolution.resolve(from), let b = resolution.resolve(to) else { return nil }
        for id in [a, b] where resolution.addedActors[id] == nil {
            if let actor = resolution.actorsByID[id], !actor.validity.contains(day) {
                resolution.report(.addedTieEndAbsent(id, day: day, span: actor.validity.summary ?? ""))
            }
        }
        return Step(tie: Tie(from: a, to: b, directed: directed, kind: kind, weight: weight, confidence: .low,
                             label: label ?? "hypothetical", note: "hypothetical: added by the scenario, no citation"))
    }

    public struct Step: ShockStep {
        public let tie: Tie
        public func apply(to world: inout WorldEdits) { world.addTie(tie) }
    }
}
