/// The keys one place in the format allows, laid out for matching a file's keys byte by byte.
///
/// Every mapping in a file has each of its keys matched against such a list; comparing
/// lengths and then a few bytes costs far less than making a String of each key and comparing
/// Strings. The names are lowercase ASCII and `_`, so bytes find exactly what String equality
/// would (no other text is canonically equal to them).
final class MappingKeys: Sendable {
    let names: [String]
    /// Each name's UTF-8, end to end, and where each begins (one more entry: the end).
    private let bytes: [UInt8]
    private let starts: [Int]

    init(_ names: [String]) {
        precondition(names.count <= 64, "MappingReader keeps the keys it has seen as the bits of a UInt64")
        self.names = names
        var bytes: [UInt8] = [], starts = [0]
        for name in names {
            bytes += name.utf8
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// The index of the name a key spells; nil for another key, or one that is not a scalar.
    func index(of key: YAMLNode) -> Int? {
        key.withScalarBytes(index(of:)) ?? nil
    }

    /// The index of the name whose bytes are `key`'s, if there is one.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                for index in 0..<starts.count - 1 where starts[index + 1] - starts[index] == key.count {
                    if UnsafeBufferPointer(rebasing: bytes[starts[index]..<starts[index + 1]]).hasSameBytes(as: key) { return index }
                }
                return nil
            }
        }
    }
}
