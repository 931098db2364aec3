import RelGraph

/// Reads RFC 4180 CSV with the position of every field, for `path:line:column` diagnostics.
///
/// Accepts what spreadsheets write: a UTF-8 byte-order mark, CRLF, LF or CR line ends,
/// quoted fields with doubled quotes and embedded line breaks. Blank lines are skipped.
/// Refuses, with the position: bytes that are not UTF-8, an unterminated quoted field, a
/// quote inside an unquoted field, text after a closing quote.
public enum CSVReader {
    public struct Field: Sendable, Equatable {
        public var text: String
        public var position: TextPosition
    }

    public struct Record: Sendable {
        public var fields: [Field]
        public var line: Int { Int(fields.first?.position.line ?? 0) }
    }

    public struct SyntaxError: Error, Sendable {
        public var message: Diagnostic.Message
        public var position: TextPosition
    }

    public static func read(_ bytes: [UInt8]) throws(SyntaxError) -> [Record] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw SyntaxError(message: .sheetNotText(), position: .start)
        }
        let scalars = Array(text.unicodeScalars)
        var records: [Record] = []
        var fields: [Field] = []
        var index = 0
        var line = 1, column = 1

        func advance(_ scalar: Unicode.Scalar) {
            if scalar == "\n" || (scalar == "\r" && (index + 1 >= scalars.count || scalars[index + 1] != "\n")) {
                line += 1
                column = 1
            } else if scalar != "\r" {
                column += 1
            }
            index += 1
        }

        func endRecord() {
            if !(fields.count == 1 && fields[0].text.isEmpty) { records.append(Record(fields: fields)) }
            fields = []
        }

        while index < scalars.count || !fields.isEmpty {
            let start = TextPosition(line: line, column: column)
            var value = String.UnicodeScalarView()
            if index < scalars.count && scalars[index] == "\"" {
                advance("\"")
                var closed = false
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            value.append("\"")
                            advance(scalar)
                            advance(scalar)
                            continue
                        }
                        advance(scalar)
                        closed = true
                        break
                    }
                    value.append(scalar)
                    advance(scalar)
                }
                guard closed else {
                    throw SyntaxError(message: .unclosedQuote(), position: start)
                }
                if index < scalars.count, scalars[index] != ",", scalars[index] != "\n", scalars[index] != "\r" {
                    throw SyntaxError(message: .textAfterClosingQuote(), position: TextPosition(line: line, column: column))
                }
            } else {
                while index < scalars.count, scalars[index] != ",", scalars[index] != "\n", scalars[index] != "\r" {
                    if scalars[index] == "\"" {
                        throw SyntaxError(message: .quoteInUnquotedField(), position: TextPosition(line: line, column: column))
                    }
                    value.append(scalars[index])
                    advance(scalars[index])
                }
            }
            fields.append(Field(text: String(value), position: start))
            if index >= scalars.count {
                endRecord()
                break
            }
            let separator = scalars[index]
            if separator == "," {
                advance(separator)
                if index >= scalars.count { fields.append(Field(text: "", position: TextPosition(line: line, column: column))); endRecord() }
            } else {
                if separator == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" { advance(separator) }
                advance(scalars[index])
                endRecord()
            }
        }
        return records
    }

    /// Undoes `CSVWriter.protected`: one leading `'` before apostrophes and a formula character.
    public static func unprotected(_ text: String) -> String {
        guard text.unicodeScalars.first == "'", CSVWriter.formulaAfterApostrophes(text) else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
