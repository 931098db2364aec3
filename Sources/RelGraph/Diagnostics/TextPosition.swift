/// A 1-based line and column in a source file (columns count Unicode scalars, as libyaml does).
public struct TextPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int32
    public var column: Int32

    public init(line: Int, column: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
    }

    public static let start = TextPosition(line: 1, column: 1)
    /// For findings about the command line, which has no lines.
    public static let none = TextPosition(line: 0, column: 0)

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}
