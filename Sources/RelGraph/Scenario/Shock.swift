/// One hypothetical change to the baseline graph, as written (names not yet resolved).
public struct Shock: Sendable {
    public enum Action: Sendable {
        case remove(actor: String)
        case cut(TieReference)
        case set(TieReference, weight: Double)
        case scale(TieReference, factor: Double)
        case add(from: String, to: String, directed: Bool, kind: TieKind, weight: Double, label: String?)
        case addActor(id: String, kind: ActorKind, label: String?, group: String?)
    }

    /// Where the shock was given: a line of a scenario file, or a command-line flag.
    public enum Origin: Sendable, Hashable {
        case file(TextPosition)
        case commandLine(flag: String)
    }

    public var action: Action
    public var origin: Origin

    public init(_ action: Action, origin: Origin) {
        self.action = action
        self.origin = origin
    }

    /// "remove Russia-peacekeepers", "set Azerbaijan~Russia to -0.7": for reports.
    public var summary: String {
        switch action {
        case .remove(let actor): return "remove \(actor)"
        case .cut(let tie): return "cut \(tie)"
        case .set(let tie, let weight): return "set \(tie) to \(WeightFormat.signed(weight))"
        case .scale(let tie, let factor): return "scale \(tie) by \(WeightFormat.plain(factor, decimals: 3))"
        case .add(let from, let to, let directed, let kind, let weight, _):
            return "add \(directed ? "\(from)->\(to)" : "\(from)~\(to)") \(kind.rawValue) \(WeightFormat.signed(weight)) (hypothetical)"
        case .addActor(let id, let kind, _, _): return "add actor \(id) (\(kind.rawValue), hypothetical)"
        }
    }
}
