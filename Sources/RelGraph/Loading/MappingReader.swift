/// A YAML mapping checked against the keys a place in the format allows.
///
/// Reports a non-mapping, unknown keys (with a did-you-mean), duplicate keys and, on request,
/// missing required keys, all at the node they are about.
struct MappingReader {
    let node: YAMLNode
    /// The keys this place allows; `slots` holds their values in the same order.
    private let allowed: [String]
    /// Each allowed key's value (null included), nil when the key is absent. A mapping has
    /// a handful of keys: a short array searched in order beats hashing every key.
    private var slots: [YAMLNode?]

    /// `what` names the place in messages: "a tie", "the model".
    init?(_ node: YAMLNode, what: String, allowed: [String], log: inout DiagnosticLog) {
        self.node = node
        self.allowed = allowed
        slots = [YAMLNode?](repeating: nil, count: allowed.count)
        guard let pairs = node.mapping else {
            log.error("wrong-type", "expected \(what) as a mapping of keys to values, found \(node.kindDescription)", at: node.position)
            return nil
        }
        for pair in pairs {
            guard let key = pair.key.scalar else {
                log.error("wrong-type", "a key must be a plain word, found \(pair.key.kindDescription)", at: pair.key.position)
                continue
            }
            guard let slot = allowed.firstIndex(of: key) else {
                let unused = allowed.indices.filter { slots[$0] == nil }.map { allowed[$0] }
                log.error("unknown-key", "unknown key '\(key)' in \(what)", at: pair.key.position,
                          hint: Suggestion.hint(for: key, in: unused))
                continue
            }
            if slots[slot] != nil {
                log.error("duplicate-key", "key '\(key)' appears twice in \(what)", at: pair.key.position)
                continue
            }
            slots[slot] = pair.value
        }
    }

    /// The keys present, with their values as written, in the order the format lists them.
    var present: [(key: String, value: YAMLNode)] {
        allowed.indices.compactMap { slot in slots[slot].map { (allowed[slot], $0) } }
    }

    /// The value as written, null included; nil when the key is absent.
    func value(_ key: String) -> YAMLNode? {
        allowed.firstIndex(of: key).flatMap { slots[$0] }
    }

    /// The value, or nil when it is absent or null.
    subscript(key: String) -> YAMLNode? {
        guard let value = value(key), !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// The value, or a `missing-key` error at the start of the mapping.
    func required(_ key: String, in what: String, log: inout DiagnosticLog) -> YAMLNode? {
        if let value = self[key] { return value }
        if let present = value(key) {
            log.error("missing-key", "'\(key)' in \(what) is empty", at: present.position)
        } else {
            log.error("missing-key", "\(what) has no '\(key)'", at: node.position)
        }
        return nil
    }
}
