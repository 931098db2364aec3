/// A tie as the command line and scenario files name it: `A~B` (mutual), `A->B` (directed),
/// optionally `:kind` when a pair has several ties.
public struct TieReference: Hashable, Sendable, CustomStringConvertible {
    public var from: String
    public var to: String
    public var directed: Bool
    public var kind: TieKind?

    public init(from: String, to: String, directed: Bool, kind: TieKind? = nil) {
        self.from = from
        self.to = to
        self.directed = directed
        self.kind = kind
    }

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case unknownKind(String, hint: String?)

        public var description: String {
            switch self {
            case .malformed(let text): return "'\(text)' does not name a tie; write A~B (mutual) or A->B (directed), with :kind if needed"
            case .unknownKind(let kind, let hint): return "unknown tie kind '\(kind)'" + (hint.map { "; \($0)" } ?? "")
            }
        }
    }

    /// Parses the text; actor names are kept as typed (resolve them with `ActorNames`).
    public init(parsing text: String) throws(ParseError) {
        var body = Substring(text.trimmingWhitespace)
        var kind: TieKind?
        if let colon = body.lastIndex(of: ":") {
            let kindText = String(body[body.index(after: colon)...]).trimmingWhitespace
            guard let parsed = TieKind(rawValue: kindText.lowercased()) else {
                throw .unknownKind(kindText, hint: Suggestion.hint(for: kindText, in: TieKind.allCases.map(\.rawValue)))
            }
            kind = parsed
            body = body[..<colon]
        }
        let directed: Bool
        let parts: [Substring]
        if let arrow = body.firstRange(of: "->") {
            directed = true
            parts = [body[..<arrow.lowerBound], body[arrow.upperBound...]]
        } else {
            directed = false
            parts = body.split(separator: "~", omittingEmptySubsequences: false)
        }
        let names = parts.map { String($0).trimmingWhitespace }
        guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty,
              !names.contains(where: { $0.contains("~") || $0.contains("->") }) else {
            throw .malformed(text)
        }
        self.init(from: names[0], to: names[1], directed: directed, kind: kind)
    }

    /// Whether a tie fits this reference: `A~B` matches mutual ties in either order,
    /// `A->B` directed ties from A to B.
    public func matches(_ tie: Tie) -> Bool {
        if let kind, tie.kind != kind { return false }
        if directed { return tie.directed && tie.from == from && tie.to == to }
        return !tie.directed && Pair(tie.from, tie.to) == Pair(from, to)
    }

    public var description: String {
        (directed ? "\(from)->\(to)" : "\(from)~\(to)") + (kind.map { ":\($0.rawValue)" } ?? "")
    }
}
