/// The keys one place in the format allows: an enum whose cases are spelled as in the file
/// and listed in the format's order, so the loader names a key as `.kind` (a misspelt key does
/// not compile) and finds its value by the case's number. The table lists the names again:
/// printing a case would cost run-time conformance lookups for each type, a few hundred
/// thousand instructions apiece, so debug builds check the two lists agree instead.
protocol MappingKey: CaseIterable, RawRepresentable where RawValue == Int {
    /// The names as a table for matching a file's keys: one per place, made once.
    static var table: MappingKeys { get }
}

extension MappingKey {
    /// The key as written in a file.
    var name: String { Self.table.names[rawValue] }
}

/// The names of one place's keys, laid out for matching a file's keys byte by byte.
///
/// Every key of every mapping in a file is matched against such a table; comparing lengths and
/// then a few bytes costs far less than making a String of each key and comparing Strings.
/// The names are lowercase ASCII and `_`, so bytes find exactly what String equality would
/// (no other text is canonically equal to them).
final class MappingKeys: @unchecked Sendable {
    let names: [String]
    /// Each name's UTF-8, end to end, and where each begins (one more entry: the end). Plain
    /// buffers rather than arrays: reading an array held by a class retains it, on every key
    /// of every mapping. Written once, here, and only read after.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let starts: UnsafeMutableBufferPointer<Int>

    convenience init<Key: MappingKey>(_: Key.Type, names: [String]) {
        assert(Key.allCases.enumerated().allSatisfy { $0.offset == $0.element.rawValue }, "keys are numbered 0, 1, 2… in order")
        assert(Key.allCases.map { "\($0)" } == names, "the names are the cases' names, in order")
        self.init(names: names)
    }

    /// A table of names known only at run time (the shock kinds' keys).
    init(names: [String]) {
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

    /// The index of the name whose bytes are `key`'s, if there is one. The search starts at
    /// `first` and wraps around: keys are mostly written in the format's order, so starting
    /// after the last key found usually finds the next one at once.
    func index(of key: UnsafeBufferPointer<UInt8>, from first: Int = 0) -> Int? {
        for index in first..<names.count where spells(key, index) { return index }
        for index in 0..<first where spells(key, index) { return index }
        return nil
    }

    private func spells(_ key: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        starts[index + 1] - starts[index] == key.count
            && UnsafeBufferPointer(rebasing: bytes[starts[index]..<starts[index + 1]]).hasSameBytes(as: key)
    }
}
