/// A YAML mapping checked against the keys a place in the format allows.
///
/// Reports a non-mapping, unknown keys (with a did-you-mean), duplicate keys and, on request,
/// missing required keys, all at the node they are about.
struct MappingReader {
    let node: YAMLNode
    private(set) var values: [String: YAMLNode] = [:]
    private(set) var keyPositions: [String: TextPosition] = [:]

    /// `what` names the place in messages: "a tie", "the model".
    init?(_ node: YAMLNode, what: String, allowed: [String], log: inout DiagnosticLog) {
        self.node = node
        guard let pairs = node.mapping else {
            log.error("wrong-type", "expected \(what) as a mapping of keys to values, found \(node.kindDescription)", at: node.position)
            return nil
        }
        for pair in pairs {
            guard let key = pair.key.scalar else {
                log.error("wrong-type", "a key must be a plain word, found \(pair.key.kindDescription)", at: pair.key.position)
                continue
            }
            guard allowed.contains(key) else {
                log.error("unknown-key", "unknown key '\(key)' in \(what)", at: pair.key.position,
                          hint: Suggestion.hint(for: key, in: allowed.filter { !values.keys.contains($0) }))
                continue
            }
            if values[key] != nil {
                log.error("duplicate-key", "key '\(key)' appears twice in \(what)", at: pair.key.position)
                continue
            }
            values[key] = pair.value
            keyPositions[key] = pair.key.position
        }
    }

    subscript(key: String) -> YAMLNode? {
        guard let value = values[key], !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// The value, or a `missing-key` error at the start of the mapping.
    func required(_ key: String, in what: String, log: inout DiagnosticLog) -> YAMLNode? {
        if let value = self[key] { return value }
        if let present = values[key] {
            log.error("missing-key", "'\(key)' in \(what) is empty", at: present.position)
        } else {
            log.error("missing-key", "\(what) has no '\(key)'", at: node.position)
        }
        return nil
    }
}
