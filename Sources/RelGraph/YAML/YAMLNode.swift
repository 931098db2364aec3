/// A YAML node with the position it starts at: the tree the model loader reads.
///
/// Scalars stay text (with whether they were plain, i.e. unquoted), so the loader decides
/// what a date, a number or a null is, and can say exactly where a value is wrong.
public struct YAMLNode: Sendable {
    public struct Pair: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode
    }

    public enum Content: Sendable {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    public var content: Content
    public var position: TextPosition
    /// Nodes in this subtree plus the bytes of their text, aliases counted as what they expand to.
    public var size: Int

    public init(_ content: Content, at position: TextPosition, size: Int = 1) {
        self.content = content
        self.position = position
        self.size = size
    }

    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// `~`, `null` or an empty plain scalar: YAML's null.
    public var isNull: Bool {
        guard case .scalar(let text, let plain) = content, plain else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// How a value is named in messages: "a mapping", "a list", "the text 'x'".
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let text, _):
            if isNull { return "nothing" }
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "'\(shown)'"
        }
    }
}
