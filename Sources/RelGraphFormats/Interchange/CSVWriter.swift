import RelGraph

/// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it
/// holds a comma, quote, line break or surrounding blanks, its quotes doubled.
public enum CSVWriter {
    /// The table as text: the header row, then each row.
    public static func table(header: [String], rows: [[String]]) -> String {
        var out = record(header)
        for row in rows { out += record(row) }
        return out
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }

    /// Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
    /// gets a leading `'`, as OWASP advises against CSV injection. Text that already starts with
    /// apostrophes before such a character gets one more, so `CSVReader.unprotected` can undo it exactly.
    public static func protected(_ text: String) -> String {
        formulaAfterApostrophes(text) ? "'" + text : text
    }

    /// Whether the text is zero or more `'` followed by a formula character.
    static func formulaAfterApostrophes(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return isFormulaStart(first)
    }

    static func isFormulaStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "=" || scalar == "+" || scalar == "-" || scalar == "@" || scalar == "\t" || scalar == "\r"
    }
}
