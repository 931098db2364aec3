/// A signed, weighted, dated and cited relation between two actors.
public struct Tie: Sendable {
    public var from: String
    public var to: String
    /// Mutual (`between: [A, B]`) or directed (`from: A`, `to: B`).
    public var directed: Bool
    public var kind: TieKind
    /// −1 … +1: the sign says cooperation or conflict, the size how strong.
    public var weight: Double
    public var validity: Validity
    public var confidence: Confidence
    public var label: String?
    public var note: String?
    /// Cited (the default), or an assumption with a `rationale` and no citations.
    public var basis: TieBasis
    /// Why an assumption tie is assumed; nil for a cited tie.
    public var rationale: String?
    public var citations: [Citation]
    public var positions: Positions

    /// Where each part of the tie was written, for diagnostics.
    public struct Positions: Sendable {
        public var entry: TextPosition
        public var from: TextPosition
        public var to: TextPosition
        public var kind: TextPosition
        public var weight: TextPosition
        public var since: TextPosition?
        public var until: TextPosition?
        /// Where `basis:` was written, when it was.
        public var basis: TextPosition?

        public init(entry: TextPosition) {
            self.entry = entry
            from = entry
            to = entry
            kind = entry
            weight = entry
        }
    }

    public init(from: String, to: String, directed: Bool = false, kind: TieKind, weight: Double,
                validity: Validity = .always, confidence: Confidence = .medium, label: String? = nil,
                note: String? = nil, basis: TieBasis = .cited, rationale: String? = nil, citations: [Citation] = [],
                positions: Positions = Positions(entry: .start)) {
        self.from = from
        self.to = to
        self.directed = directed
        self.kind = kind
        self.weight = weight
        self.validity = validity
        self.confidence = confidence
        self.label = label
        self.note = note
        self.basis = basis
        self.rationale = rationale
        self.citations = citations
        self.positions = positions
    }

    /// The two ends in a fixed order, so `A~B` and `B~A` name the same mutual pair.
    public var unorderedPair: Pair { Pair(from, to) }

    /// `A~B`, `A->B`, with `:kind` when asked: the name the command line uses.
    public func name(withKind: Bool = false) -> String {
        (directed ? "\(from)->\(to)" : "\(from)~\(to)") + (withKind ? ":\(kind.rawValue)" : "")
    }

    /// The weight that counts for the pair's relation: κ · weight (`TieKind.pairShare`).
    public var effectiveWeight: Double { kind.pairShare(directed: directed) * weight }

    /// A tie that rests on an assumption rather than on sources.
    public var isAssumption: Bool { basis == .assumption }

    public var isCooperative: Bool { weight > 0 }
    public var isConflictual: Bool { weight < 0 }
}

/// Two actor ids in sorted order.
public struct Pair: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let first: String
    public let second: String

    public init(_ a: String, _ b: String) {
        if a <= b { first = a; second = b } else { first = b; second = a }
    }

    public static func < (a: Pair, b: Pair) -> Bool { (a.first, a.second) < (b.first, b.second) }
    public var description: String { "\(first)~\(second)" }
}
