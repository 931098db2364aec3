/// A YAML mapping checked against the keys a place in the format allows.
///
/// Reports a non-mapping, unknown keys (with a did-you-mean), duplicate keys and, on request,
/// missing required keys, all at the node they are about.
struct MappingReader {
    /// Where the mapping starts: where a missing key is reported.
    let position: TextPosition
    private let pairs: YAMLNode.Pairs
    private let allowed: MappingKeys

    /// `what` names the place in messages: "a tie", "the model".
    init?(_ node: YAMLNode, what: String, allowed: MappingKeys, log: inout DiagnosticLog) {
        position = node.position
        self.allowed = allowed
        guard let pairs = node.mapping else {
            log.error("wrong-type", "expected \(what) as a mapping of keys to values, found \(node.kindDescription)", at: node.position)
            return nil
        }
        self.pairs = pairs
        var seen: UInt64 = 0
        // Keys are matched as bytes; a view of a key is made only to report it.
        for index in pairs.indices {
            switch pairs.withKeyBytes(at: index, allowed.index(of:)) {
            case nil:
                let key = pairs[index].key
                log.error("wrong-type", "a key must be a plain word, found \(key.kindDescription)", at: key.position)
            case .some(nil):
                let key = pairs[index].key
                let unused = allowed.names.indices.filter { seen & 1 << $0 == 0 }.map { allowed.names[$0] }
                log.error("unknown-key", "unknown key '\(key.scalar!)' in \(what)", at: key.position,
                          hint: Suggestion.hint(for: key.scalar!, in: unused))
            case .some(let slot?):
                if seen & 1 << slot != 0 {
                    log.error("duplicate-key", "key '\(allowed.names[slot])' appears twice in \(what)", at: pairs[index].key.position)
                } else {
                    seen |= 1 << slot
                }
            }
        }
    }

    /// The keys present, with their values as written, in the order the format lists them.
    var present: [(key: String, value: YAMLNode)] {
        var values = [YAMLNode?](repeating: nil, count: allowed.names.count)
        for pair in pairs {
            if let slot = allowed.index(of: pair.key), values[slot] == nil { values[slot] = pair.value }
        }
        return allowed.names.indices.compactMap { slot in values[slot].map { (allowed.names[slot], $0) } }
    }

    /// The value as written, null included; nil when the key is absent. A mapping has a
    /// handful of keys: looking through them beats keeping a table. The first of duplicate
    /// keys is the one that counts, as reported.
    func value(_ key: StaticString) -> YAMLNode? {
        assert(allowed.names.contains(key.description), "'\(key)' is not a key of this place")
        return pairs.value(forKey: key)
    }

    /// The value, or nil when it is absent or null.
    subscript(key: StaticString) -> YAMLNode? {
        guard let value = value(key), !value.isNull else { return nil }
        return value
    }

    func has(_ key: StaticString) -> Bool { value(key) != nil }

    /// The value, or a `missing-key` error at the start of the mapping.
    func required(_ key: StaticString, in what: String, log: inout DiagnosticLog) -> YAMLNode? {
        if let value = self[key] { return value }
        if let present = value(key) {
            log.error("missing-key", "'\(key)' in \(what) is empty", at: present.position)
        } else {
            log.error("missing-key", "\(what) has no '\(key)'", at: position)
        }
        return nil
    }
}
