/// A source's own words supporting a tie.
public struct Citation: Sendable, Hashable {
    public var source: String
    public var quote: String
    /// Where in the source: a section, page or paragraph.
    public var at: String?
    public var position: TextPosition
    public var sourcePosition: TextPosition
    /// Where the quoted words themselves were written, for findings about the quote.
    public var quotePosition: TextPosition

    public init(source: String, quote: String, at: String? = nil, position: TextPosition = .start, sourcePosition: TextPosition? = nil,
                quotePosition: TextPosition? = nil) {
        self.source = source
        self.quote = quote
        self.at = at
        self.position = position
        self.sourcePosition = sourcePosition ?? position
        self.quotePosition = quotePosition ?? position
    }
}
