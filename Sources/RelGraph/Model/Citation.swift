/// A source's own words supporting a tie.
public struct Citation: Sendable, Hashable {
    public var source: String
    public var quote: String
    /// Where in the source: a section, page or paragraph.
    public var at: String?
    /// This source's reading of the tie's weight, where sources differ (−1 … +1); nil when
    /// it reads the tie's `weight`. Feeds the uncertainty draws.
    public var reading: Double?
    public var position: TextPosition
    public var sourcePosition: TextPosition
    /// Where the quoted words themselves were written, for findings about the quote.
    public var quotePosition: TextPosition
    /// Where `reading:` was written, when it was.
    public var readingPosition: TextPosition?

    public init(source: String, quote: String, at: String? = nil, reading: Double? = nil, position: TextPosition = .start,
                sourcePosition: TextPosition? = nil, quotePosition: TextPosition? = nil, readingPosition: TextPosition? = nil) {
        self.source = source
        self.quote = quote
        self.at = at
        self.reading = reading
        self.readingPosition = readingPosition
        self.position = position
        self.sourcePosition = sourcePosition ?? position
        self.quotePosition = quotePosition ?? position
    }
}
