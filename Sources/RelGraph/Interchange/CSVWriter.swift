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
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Free text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
    /// gets a leading `'`, as OWASP advises against CSV injection; so does text that already
    /// starts with `'` and one of those, so `CSVReader.unprotected` can undo it exactly.
    public static func protected(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars.prefix(2))
        guard let first = scalars.first else { return text }
        if isFormulaStart(first) || (first == "'" && scalars.count > 1 && isFormulaStart(scalars[1])) { return "'" + text }
        return text
    }

    static func isFormulaStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "=" || scalar == "+" || scalar == "-" || scalar == "@" || scalar == "\t" || scalar == "\r"
    }
}
