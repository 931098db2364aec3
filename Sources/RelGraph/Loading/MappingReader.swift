/// A YAML mapping checked against the keys a place in the format allows.
///
/// Reports a non-mapping, unknown keys (with a did-you-mean), duplicate keys and, on request,
/// missing required keys, all at the node they are about.
struct MappingReader<Key: MappingKey> {
    /// Where the mapping starts: where a missing key is reported.
    let position: TextPosition
    private let pairs: YAMLNode.Pairs
    /// For each key, by its number, the index of its entry (the first, when written twice);
    /// -1 when absent. Keys are matched once, here; reading a value is an index.
    private var entry: [Int32]

    /// `what` names the place in messages: "a tie", "the model".
    init?(_ node: YAMLNode, what: String, log: inout DiagnosticLog) {
        position = node.position
        guard let pairs = node.mapping else {
            log.report(.expectedMapping(what, found: node.kindDescription), at: node.position)
            return nil
        }
        self.pairs = pairs
        entry = MappingMatch.entries(pairs, Key.table, what: what, log: &log)
    }

    /// The keys present, with their values as written, in the order the format lists them.
    var present: [(key: Key, value: YAMLNode)] {
        Key.allCases.compactMap { key in value(key).map { (key, $0) } }
    }

    /// The value as written, null included; nil when the key is absent.
    func value(_ key: Key) -> YAMLNode? {
        let index = entry[key.rawValue]
        return index < 0 ? nil : pairs.value(at: Int(index))
    }

    /// The value, or nil when it is absent or null.
    subscript(key: Key) -> YAMLNode? {
        guard let value = value(key), !value.isNull else { return nil }
        return value
    }

    func has(_ key: Key) -> Bool { entry[key.rawValue] >= 0 }

    /// The value, or a `missing-key` error at the start of the mapping.
    func required(_ key: Key, in what: String, log: inout DiagnosticLog) -> YAMLNode? {
        if let value = self[key] { return value }
        if let present = value(key) {
            log.report(.emptyKey(key.name, in: what), at: present.position)
        } else {
            log.report(.missingKey(key.name, in: what), at: position)
        }
        return nil
    }
}

/// How every mapping's keys are matched, by `MappingReader` and by the loader's shocks.
enum MappingMatch {
    /// Matches a mapping's keys against `table`: for each name, the index of its entry (the
    /// first, when written twice) or -1. Unknown, duplicate and non-word keys are reported.
    static func entries(_ pairs: YAMLNode.Pairs, _ table: MappingKeys, what: String, log: inout DiagnosticLog) -> [Int32] {
        let names = table.names
        var entry = [Int32](repeating: -1, count: names.count)
        // Keys are matched as bytes; a view of a key is made only to report it.
        var next = 0
        for index in pairs.indices {
            switch pairs.withKeyBytes(at: index, { table.index(of: $0, from: next) }) {
            case nil:
                let key = pairs[index].key
                log.report(.keyNotPlainWord(found: key.kindDescription), at: key.position)
            case .some(nil):
                let key = pairs[index].key
                let unused = names.indices.filter { entry[$0] < 0 }.map { names[$0] }
                log.report(.unknownKey(key.scalar!, in: what, hint: Suggestion.hint(for: key.scalar!, in: unused)), at: key.position)
            case .some(let slot?):
                if entry[slot] >= 0 {
                    log.report(.duplicateKey(names[slot], in: what), at: pairs[index].key.position)
                } else {
                    entry[slot] = Int32(index)
                }
                next = (slot + 1) % names.count
            }
        }
        return entry
    }
}
