/// A YAML node with the position it starts at: what the model loader reads.
///
/// A node is a view into its `YAMLDocument` (the document and one small record), so copying
/// one copies no text and no children. Scalars stay text (with whether they were plain, i.e.
/// unquoted), so the loader decides what a date, a number or a null is, and can say exactly
/// where a value is wrong.
public struct YAMLNode: Sendable {
    public struct Pair: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode
    }

    let document: YAMLDocument
    let record: YAMLDocument.Record

    init(_ record: YAMLDocument.Record, in document: YAMLDocument) {
        self.document = document
        self.record = record
    }

    public var position: TextPosition { record.position }

    /// A scalar's text, whatever its style.
    public var scalar: String? {
        record.isScalar ? document.string(record) : nil
    }

    /// An unquoted scalar's text: numbers are only ever written plain.
    public var plainScalar: String? {
        record.kind == .plainScalar ? document.string(record) : nil
    }

    public var sequence: Items? {
        record.kind == .sequence ? Items(document: document, start: Int(record.start), count: Int(record.count)) : nil
    }

    public var mapping: Pairs? {
        record.kind == .mapping ? Pairs(document: document, start: Int(record.start), count: Int(record.count) / 2) : nil
    }

    /// Whether this is a scalar whose text is exactly `text`, byte for byte, without making a String.
    public func hasText(_ text: StaticString) -> Bool {
        document.isScalar(record, spelled: text)
    }

    /// A scalar's text as bytes, for matching without making a String; nil for other nodes.
    public func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        record.isScalar ? body(document.bytes(of: record)) : nil
    }

    /// `~`, `null` or an empty plain scalar: YAML's null.
    public var isNull: Bool {
        guard record.kind == .plainScalar else { return false }
        switch record.count {
        case 0: return true
        case 1: return hasText("~")
        case 4: return hasText("null") || hasText("Null") || hasText("NULL")
        default: return false
        }
    }

    /// How a value is named in messages: "a mapping", "a list", "the text 'x'".
    public var kindDescription: String {
        switch record.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .plainScalar, .otherScalar:
            if isNull { return "nothing" }
            let text = document.string(record)
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "'\(shown)'"
        }
    }

    /// What kind of value this is, without quoting it: "a mapping", "a list", "text" or
    /// "nothing". For a file that may not be a relgraph file at all, whose text must not
    /// reach a diagnostic.
    public var shapeDescription: String {
        switch record.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .plainScalar, .otherScalar: return isNull ? "nothing" : "text"
        }
    }

    /// A list's items, in order.
    public struct Items: RandomAccessCollection, Sendable {
        let document: YAMLDocument
        let start: Int
        public let count: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        public subscript(index: Int) -> YAMLNode {
            precondition(index >= 0 && index < count, "list item out of range")
            return YAMLNode(document.records[start + index], in: document)
        }
    }

    /// A mapping's keys and values, in the order written (duplicates included).
    public struct Pairs: RandomAccessCollection, Sendable {
        let document: YAMLDocument
        let start: Int
        public let count: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        public subscript(index: Int) -> Pair {
            precondition(index >= 0 && index < count, "mapping entry out of range")
            return Pair(key: YAMLNode(document.records[start + 2 * index], in: document),
                        value: YAMLNode(document.records[start + 2 * index + 1], in: document))
        }

        /// The value of entry `index`, without a view of its key.
        public func value(at index: Int) -> YAMLNode {
            precondition(index >= 0 && index < count, "mapping entry out of range")
            return YAMLNode(document.records[start + 2 * index + 1], in: document)
        }

        /// What `body` makes of the bytes of key `index`; nil when that key is not a scalar.
        public func withKeyBytes<Result>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
            precondition(index >= 0 && index < count, "mapping entry out of range")
            let key = document.records[start + 2 * index]
            return key.isScalar ? body(document.bytes(of: key)) : nil
        }
    }
}
