/// The keys one place in the format allows, laid out for matching a file's keys byte by byte.
///
/// Every mapping in a file has each of its keys matched against such a list; comparing
/// lengths and then a few bytes costs far less than making a String of each key and comparing
/// Strings. The names are lowercase ASCII and `_`, so bytes find exactly what String equality
/// would (no other text is canonically equal to them).
final class MappingKeys: @unchecked Sendable {
    let names: [String]
    /// Each name's UTF-8, end to end, and where each begins (one more entry: the end). Plain
    /// buffers rather than arrays: reading an array held by a class retains it, on every key
    /// of every mapping. Written once, here, and only read after.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let starts: UnsafeMutableBufferPointer<Int>

    init(_ names: [String]) {
        precondition(names.count <= 64, "MappingReader keeps the keys it has seen as the bits of a UInt64")
        self.names = names
        let utf8 = names.flatMap(\.utf8)
        bytes = .allocate(capacity: utf8.count)
        _ = bytes.initialize(from: utf8)
        starts = .allocate(capacity: names.count + 1)
        var start = 0
        for (index, name) in names.enumerated() {
            starts[index] = start
            start += name.utf8.count
        }
        starts[names.count] = start
    }

    deinit {
        bytes.deallocate()
        starts.deallocate()
    }

    /// The index of the name a key spells; nil for another key, or one that is not a scalar.
    func index(of key: YAMLNode) -> Int? {
        key.withScalarBytes(index(of:)) ?? nil
    }

    /// The index of the name whose bytes are `key`'s, if there is one.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        for index in 0..<starts.count - 1 where starts[index + 1] - starts[index] == key.count {
            if UnsafeBufferPointer(rebasing: bytes[starts[index]..<starts[index + 1]]).hasSameBytes(as: key) { return index }
        }
        return nil
    }
}
