/// Fixture text with `⟪code⟫` markers where findings are expected, as swift-format's tests
/// mark positions: the fixture can be edited without renumbering lines and columns.
public struct MarkedText {
    public struct Mark: Hashable, CustomStringConvertible {
        public var code: String
        public var line: Int
        public var column: Int
        public var description: String { "\(line):\(column) [\(code)]" }

        public init(code: String, line: Int, column: Int) {
            self.code = code
            self.line = line
            self.column = column
        }
    }

    public let text: String
    public let marks: [Mark]

    public init(_ marked: String) {
        var text = ""
        var marks: [Mark] = []
        var line = 1, column = 1
        var scalars = marked.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "⟪", let close = scalars.firstIndex(of: "⟫") {
                let code = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
                marks.append(Mark(code: code, line: line, column: column))
                scalars = scalars[scalars.index(after: close)...]
                continue
            }
            text.unicodeScalars.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            scalars = scalars.dropFirst()
        }
        self.text = text
        self.marks = marks
    }
}
