/// The wording of findings about a file as a whole: not text, not YAML, past a limit.
extension Diagnostic.Message {
    /// libyaml's own words for where it stopped.
    public static func yamlSyntax(_ problem: String) -> Self { Self(.yamlSyntax, problem) }

    public static func unknownAlias(_ name: String) -> Self { Self(.yamlSyntax, "unknown alias '*\(name)'") }

    /// libyaml's reader: bad UTF-8 or a control byte, at the byte it names.
    public static func notReadableAsText(_ problem: String) -> Self { Self(.notText, "not readable as UTF-8 text: " + problem) }

    public static func utf16Text(_ encoding: String) -> Self {
        Self(.notText, "the file is \(encoding) text; relgraph reads UTF-8: save it as UTF-8")
    }

    /// A mapping none of whose keys a relgraph file has: not quoted, it may be anything.
    public static func notARelgraphFile(_ what: String, keys: Int) -> Self {
        Self(.wrongType, "not a relgraph \(what): none of its \(keys) top-level key\(keys == 1 ? "" : "s") is one a \(what) has",
             hint: "a \(what) starts with 'relgraph: 1' (docs/format.md)")
    }

    /// `what` is "model" or "scenario".
    public static func emptyFile(_ what: String) -> Self { Self(.emptyFile, "the file is empty; a \(what) starts with 'relgraph: 1'") }

    public static func secondDocument() -> Self {
        Self(.multipleDocuments, "a model file holds one YAML document; this is a second one")
    }

    public static func tooDeep(_ levels: Int) -> Self {
        Self(.tooDeep, "nesting deeper than \(levels) levels; a model is never this deep")
    }

    public static func tooLarge(megabytes: Int) -> Self {
        Self(.tooLarge, "larger than \(megabytes) MB; relgraph does not read documents this big")
    }

    public static func aliasExpansion() -> Self {
        Self(.aliasExpansion, "aliases expand this document past the size of the file (an alias bomb?)")
    }

    public static func parserNotStarted() -> Self { Self(.outOfMemory, "cannot start the YAML parser") }
}
