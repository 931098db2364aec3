/// A YAML document as two flat buffers, built once by `YAMLReader` and then only read.
///
/// Every node is a small fixed-size record and the children of a container stand side by
/// side, so building a document allocates nothing per node, a child is found by index, and
/// freeing the document frees two buffers. Scalar text stays the bytes libyaml produced, one
/// scalar after another, and becomes a String only when a reader asks for it: keys are matched
/// and nulls recognised without making one.
///
/// Immutable once built, so it is shared between threads as it is.
public final class YAMLDocument: @unchecked Sendable {
    struct Record: Sendable {
        enum Kind: UInt8, Sendable {
            /// An unquoted scalar without a tag: the only kind that can be a number or a null.
            case plainScalar
            /// A quoted, literal or folded scalar.
            case otherScalar
            case sequence
            case mapping
        }

        var kind: Kind
        var position: TextPosition
        /// A scalar's first byte in `text`; a container's first child in `records`.
        var start: Int32
        /// A scalar's length in bytes; a sequence's items; a mapping's keys and values, each
        /// key just before its value.
        var count: Int32

        var isScalar: Bool { kind == .plainScalar || kind == .otherScalar }
    }

    /// Children of every container, each container's children in one run.
    let records: UnsafeBufferPointer<Record>
    /// The text of every scalar, end to end.
    let text: UnsafeBufferPointer<UInt8>
    /// What `records` and `text` point into, kept for as long as the document lives.
    private let storage: (AppendOnlyBuffer<Record>, AppendOnlyBuffer<UInt8>)

    init(records: AppendOnlyBuffer<Record>, text: AppendOnlyBuffer<UInt8>) {
        self.records = records.elements
        self.text = text.elements
        storage = (records, text)
    }

    /// A scalar record's text.
    func string(_ record: Record) -> String {
        record.count == 0 ? "" : String(decoding: bytes(of: record), as: UTF8.self)
    }

    /// Whether a record is a scalar whose text is `expected`, byte for byte.
    func isScalar(_ record: Record, spelled expected: StaticString) -> Bool {
        guard record.isScalar, Int(record.count) == expected.utf8CodeUnitCount else { return false }
        return bytes(of: record).hasSameBytes(as: UnsafeBufferPointer(start: expected.utf8Start, count: expected.utf8CodeUnitCount))
    }

    /// A scalar record's bytes, valid while the document lives.
    func bytes(of record: Record) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(record.start)..<Int(record.start + record.count)])
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Byte equality as a plain loop: the generic `elementsEqual` walks two iterators and costs
    /// several times more on the few bytes of a key.
    func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        for index in 0..<count where self[index] != other[index] { return false }
        return true
    }
}
