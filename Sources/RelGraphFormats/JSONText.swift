import FoundationEssentials

/// JSON as relgraph writes it, through `JSONEncoder`: keys sorted at every level, `/` not
/// escaped, numbers in their shortest exact form, so the same value gives the same bytes.
public enum JSONText {
    /// Indented by two spaces, one member per line, ending with a newline.
    public static func pretty(_ value: some Encodable) -> String {
        text(value, [.prettyPrinted]) + "\n"
    }

    /// On one line, for a JSON value inside another format's attribute.
    public static func compact(_ value: some Encodable) -> String {
        text(value, [])
    }

    /// The encoder both use; `metrics --format json` adds snake_case keys to it.
    public static func encoder(_ formatting: JSONEncoder.OutputFormatting = [.prettyPrinted]) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting.union([.sortedKeys, .withoutEscapingSlashes])
        return encoder
    }

    /// A member name known only at run time (a measure's key, a baseline's name).
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ key: String) { stringValue = key }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { nil }
    }

    // Encoding fails only on a number that is not finite; a loaded model has none.
    static func text(_ value: some Encodable, _ formatting: JSONEncoder.OutputFormatting) -> String {
        (try? encoder(formatting).encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
