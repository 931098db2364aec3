/// How the built-in kinds read their flags' values: a tie's name, or `TIE=NUMBER`.
enum ShockFlagValue {
    static func tie(_ text: String) throws(ShockFlagError) -> TieReference {
        do {
            return try TieReference(parsing: text)
        } catch {
            throw ShockFlagError("\(error)")
        }
    }

    static func assignment(_ text: String) throws(ShockFlagError) -> (TieReference, Double) {
        guard let equals = text.lastIndex(of: "="), let value = DecimalNumber.parse(text[text.index(after: equals)...]) else {
            throw ShockFlagError("write TIE=NUMBER with a decimal number, e.g. 'Azerbaijan~Russia:friction=-0.7'")
        }
        return (try tie(String(text[..<equals])), value)
    }
}
