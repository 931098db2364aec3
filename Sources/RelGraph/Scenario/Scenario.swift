/// A hypothetical shock to a model, with how to propagate it and what to expect.
public struct Scenario: Sendable {
    /// The file it came from (or "command line").
    public var path: String
    public var title: String
    public var description: String?
    /// The model file, resolved against the scenario's folder; nil for the default model.
    public var graphPath: String?
    /// The baseline date when given; nil means the model's `as_of`.
    public var at: PartialDate?
    public var atPosition: TextPosition?
    public var citations: [Citation]
    public var shocks: [Shock]
    public var propagation: Propagation
    public var expectations: [Expectation]

    public init(path: String, title: String, description: String? = nil, graphPath: String? = nil, at: PartialDate? = nil,
                citations: [Citation] = [], shocks: [Shock], propagation: Propagation = .standard, expectations: [Expectation] = []) {
        self.path = path
        self.title = title
        self.description = description
        self.graphPath = graphPath
        self.at = at
        self.citations = citations
        self.shocks = shocks
        self.propagation = propagation
        self.expectations = expectations
    }

    /// A folder-friendly name: the file's stem, or the title in lower-case words.
    public var slug: String {
        if path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return String(name[..<name.lastIndex(of: ".")!])
        }
        let words = title.lowercased().unicodeScalars.split { !($0.properties.isAlphabetic || $0.properties.numericType != nil) }
        let slug = words.prefix(8).map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
        return slug.isEmpty ? "scenario" : slug
    }
}
