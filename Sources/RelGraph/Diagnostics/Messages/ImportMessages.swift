/// The wording of `relgraph import`'s findings. Most say what was carried over, filled in or
/// left out, and are warnings whatever their code's severity in a model (`imported`); the
/// errors say why no model can be made (`not-text`, `csv-syntax`, `empty-file`, `missing-column`).
extension Diagnostic.Message {
    // MARK: Reading a sheet

    public static func sheetNotText() -> Self { Self(.notText, "not UTF-8 text; save the sheet as CSV UTF-8") }

    public static func unclosedQuote() -> Self { Self(.csvSyntax, "a quoted field is not closed; a '\"' is missing") }

    public static func textAfterClosingQuote() -> Self {
        Self(.csvSyntax, "text after a closing quote; write a quote inside a quoted field as \"\"")
    }

    public static func quoteInUnquotedField() -> Self {
        Self(.csvSyntax, "a quote inside an unquoted field; quote the whole field and double the quote")
    }

    /// A row longer than the header: its extra cells would be dropped, or its cells are off by
    /// one (a comma in an unquoted cell). `row` counts the rows after the header, from 1.
    public static func extraFields(row: Int, field: Int, fields: Int, columns: Int) -> Self {
        Self(.csvSyntax, "row \(row) has \(fields) fields but the header names \(columns) columns; field \(field) is beyond the last",
             hint: "quote a cell that holds a comma, or give the extra column a header")
    }

    public static func emptySheet() -> Self { Self(.emptyFile, "the file is empty; its first row names the columns") }

    public static func unknownColumn(_ header: String, hint: String?) -> Self {
        Self(.unknownColumn, "column '\(header)' is not one relgraph reads; its values are not imported", hint: hint)
    }

    public static func duplicateColumn(_ header: String) -> Self {
        Self(.duplicateColumn, "a second '\(header)' column; its values are not imported")
    }

    public static func noSourceIDColumn() -> Self { Self(.missingColumn, "no 'ID' column: each source needs the id that ties.csv cites") }

    public static func noActorNameColumn() -> Self { Self(.missingColumn, "no 'ID' or 'Label' column: each actor needs a name") }

    public static func noTieEndColumns() -> Self { Self(.missingColumn, "ties.csv needs a 'From' and a 'To' column") }

    // MARK: Values in a sheet

    public static func importedInvalidDate(_ what: String, _ text: String) -> Self {
        Self(.invalidDate, "\(what) '\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); left out").imported
    }

    public static func importedIDMadePlain(_ what: String, _ text: String, as id: String) -> Self {
        Self(.invalidID, "\(what) '\(text)' is not a plain word; imported as '\(id)'").imported
    }

    public static func importedIDNotPlain(_ what: String, _ text: String) -> Self {
        Self(.invalidID, "\(what) '\(text)' is not a plain word and cannot be made one; its row is left out").imported
    }

    public static func importedVersion(_ text: String) -> Self {
        Self(.unsupportedVersion, "format version '\(text)' is not \(Model.formatVersion); read as version \(Model.formatVersion)").imported
    }

    public static func importedAsOfNotADate(_ text: String) -> Self { Self(.invalidDate, "as_of '\(text)' is not a date; left out").imported }

    public static func importedUnknownModelKey(_ key: String, hint: String?) -> Self {
        Self(.unknownKey, "key '\(key)' is not one relgraph reads; not imported", hint: hint).imported
    }

    public static func importedSourceWithoutID() -> Self { Self(.missingKey, "a source without an id; its row is left out").imported }

    public static func importedSourceAgain(_ id: String) -> Self { Self(.duplicateID, "source '\(id)' again; this row is left out").imported }

    public static func importedSourceWithoutTitle(_ id: String) -> Self { Self(.missingKey, "source '\(id)' has no title; its id is used").imported }

    public static func importedInvalidURL(_ url: String) -> Self {
        Self(.invalidURL, "url '\(url.prefix(80))' is not an http or https address; left out").imported
    }

    public static func importedInvalidGrade(_ text: String) -> Self {
        Self(.invalidGrade, "grade '\(text)' is not an Admiralty code (e.g. B2); left out").imported
    }

    public static func importedGroupWithoutID() -> Self { Self(.missingKey, "a group without an id; its row is left out").imported }

    public static func importedGroupAgain(_ id: String) -> Self { Self(.duplicateID, "group '\(id)' again; this row is left out").imported }

    public static func importedInvalidColor(_ color: String) -> Self {
        Self(.invalidColor, "color '\(color)' is not #rrggbb; left out (the palette's next colour is used)").imported
    }

    public static func importedActorWithoutName() -> Self { Self(.missingKey, "an actor without an id or label; its row is left out").imported }

    public static func importedActorAgain(_ id: String) -> Self { Self(.duplicateID, "actor '\(id)' again; this row is left out").imported }

    public static func importedUnknownActorType(_ text: String, hint: String?) -> Self {
        Self(.unknownKind, "actor type '\(text)' is not a relgraph kind; imported as 'other', the type kept in the note", hint: hint).imported
    }

    public static func importedActorWithoutType(_ id: String) -> Self { Self(.missingKey, "actor '\(id)' has no type; imported as 'other'").imported }

    public static func importedUndeclaredGroup(_ id: String) -> Self {
        Self(.unknownGroup, "group '\(id)' is not in groups.csv; declared with its id as label").imported
    }

    /// A tie written over several rows (one per citation) whose rows disagree.
    public static func conflictingValue(_ column: String, _ value: String, firstLine: Int, original: String) -> Self {
        Self(.conflictingValue, "\(column) '\(value)' differs from this tie's first row (line \(firstLine): '\(original)'); the first row's value is kept")
    }

    public static func importedTieWithoutEnds() -> Self { Self(.tieEnds, "a tie needs both 'From' and 'To'; its row is left out").imported }

    public static func importedSelfTie(_ actor: String) -> Self {
        Self(.selfTie, "a tie from '\(actor)' to itself; relgraph has no self-loops, so it is left out").imported
    }

    public static func importedInvalidDirection(_ text: String) -> Self {
        Self(.invalidValue, "direction '\(text)' is neither 'directed' nor 'undirected'; imported as mutual").imported
    }

    public static func importedUnknownTieType(_ text: String, hint: String?) -> Self {
        Self(.unknownKind, "tie type '\(text)' is not a relgraph kind; imported as 'other', the type kept in the note", hint: hint).imported
    }

    public static func importedTieWithoutType() -> Self { Self(.missingKey, "a tie without a type; imported as 'other'").imported }

    public static func importedWeightOutOfRange(_ text: String) -> Self {
        Self(.weightOutOfRange, "weight \(text) is outside −1 … +1; imported as 0, set it by docs/weights.md").imported
    }

    public static func importedInvalidWeight(_ text: String) -> Self { Self(.invalidWeight, "weight '\(text)' is not a number; imported as 0").imported }

    public static func importedTieWithoutWeight() -> Self { Self(.missingKey, "a tie without a weight; imported as 0").imported }

    public static func importedInvalidConfidence(_ text: String) -> Self {
        Self(.invalidValue, "confidence '\(text)' is not high, medium or low; imported as medium").imported
    }

    public static func importedInvalidBasis(_ text: String) -> Self {
        Self(.invalidValue, "basis '\(text)' is neither 'cited' nor 'assumption'; imported as cited").imported
    }

    public static func importedAssumptionWithoutRationale() -> Self {
        Self(.missingKey, "an assumption tie without a rationale; say in 'Rationale' why it is assumed").imported
    }

    public static func importedCitationOfAssumption() -> Self {
        Self(.basisMismatch, "an assumption tie cites nothing; this row's citation is left out").imported
    }

    public static func importedInvalidReading(_ text: String) -> Self {
        Self(.weightOutOfRange, "reading '\(text)' is not a number within −1 … +1; left out").imported
    }

    public static func importedUnknownActor(_ name: String, hint: String?) -> Self {
        Self(.unknownActor, "no actor '\(name)' in actors.csv; the tie is left out", hint: hint).imported
    }

    public static func actorFromTies(_ id: String) -> Self {
        Self(.missingActor, "actor '\(id)' made from the ties (there is no actors.csv): kind 'other'")
    }

    public static func importedUndeclaredSource(_ id: String) -> Self {
        Self(.unknownSource, "source '\(id)' is not in sources.csv; add it there or in the model's sources").imported
    }

    public static func sourceFromTies(_ id: String) -> Self {
        Self(.missingSource, "source '\(id)' declared from the ties (there is no sources.csv): fill in its title and date")
    }

    /// `origin` says where the date came from.
    public static func importedNoAsOf(_ date: PartialDate, origin: String) -> Self {
        Self(.missingKey, "no as_of given (model.csv); set to \(date), \(origin)").imported
    }

    public static func importedUndatedSource(_ id: String, asOf: PartialDate) -> Self {
        Self(.missingKey, "source '\(id)' has no date; set to as_of (\(asOf)): fill in its publication date").imported
    }

    // MARK: A DOT graph

    public static func graphvizSaid(_ text: String) -> Self { Self(.graphviz, "Graphviz: \(text)") }

    public static func importedNodeIDAgain(_ what: String, _ name: String, id: String, as numbered: String) -> Self {
        Self(.duplicateID, "\(what) '\(name)' would repeat the id '\(id)'; imported as '\(numbered)'").imported
    }

    public static func subgraphNotCluster(_ name: String) -> Self {
        Self(.notImported, "subgraph '\(name)' is not a cluster; only clusters become groups, its grouping is not imported")
    }

    public static func importedUnknownNodeKind(_ id: String, _ text: String) -> Self {
        Self(.unknownKind, "actor '\(id)': kind '\(text)' is not a relgraph kind; imported as 'other', the kind kept in the note").imported
    }

    public static func importedGroupNotPlain(_ id: String, _ text: String) -> Self {
        Self(.invalidID, "actor '\(id)': group '\(text)' cannot be made a plain word; left out").imported
    }

    public static func importedSelfLoop(_ edge: String) -> Self {
        Self(.selfTie, "edge \(edge) is a self-loop; relgraph has no self-loops, so it is left out").imported
    }

    public static func importedUnknownEdgeKind(_ edge: String, _ text: String) -> Self {
        Self(.unknownKind, "edge \(edge): kind '\(text)' is not a relgraph kind; imported as 'other', the kind kept in the note").imported
    }

    public static func importedInvalidEdgeConfidence(_ edge: String, _ text: String) -> Self {
        Self(.invalidValue, "edge \(edge): confidence '\(text)' is not high, medium or low; imported as medium").imported
    }

    public static func importedEdgeWeightNotUsed(_ edge: String, key: String, _ text: String) -> Self {
        Self(.weightOutOfRange, "edge \(edge): \(key) '\(text)' is not a number within −1 … +1 (Graphviz's layout weight?); not used").imported
    }

    public static func importedSignWithoutWeight(_ edge: String, sign: String, negative: Bool) -> Self {
        Self(.missingKey, "edge \(edge): no weight, sign '\(sign)'; imported as \(negative ? "-" : "+")0.5").imported
    }

    public static func importedInvalidSign(_ edge: String, _ text: String) -> Self {
        Self(.invalidValue, "edge \(edge): sign '\(text)' is neither '+' nor '-'; not used").imported
    }

    public static func importedNodesWithoutKind(_ count: Int) -> Self {
        Self(.missingKey, "\(count) node\(count == 1 ? " has" : "s have") no 'kind' attribute; imported as kind 'other'").imported
    }

    public static func importedEdgesWithoutKind(_ count: Int) -> Self {
        Self(.missingKey, "\(count) edge\(count == 1 ? " has" : "s have") no 'kind' attribute; imported as kind 'other'").imported
    }

    public static func importedEdgesWithoutWeight(_ count: Int) -> Self {
        Self(.missingKey, "\(count) edge\(count == 1 ? " has" : "s have") no weight within −1 … +1; imported as 0: set each by docs/weights.md").imported
    }

    /// `what` is "node" or "edge"; `count` how many carry the attribute.
    public static func attributeNotImported(_ what: String, _ key: String, count: Int) -> Self {
        Self(.notImported, "\(what) attribute '\(key)' (on \(count) \(what)\(count == 1 ? "" : "s")) has no place in the model; not imported")
    }

    public static func graphAttributesNotImported(_ keys: [String]) -> Self {
        Self(.notImported, "graph attributes not imported: \(keys.joined(separator: ", "))")
    }

    /// `today` says the date is today's rather than the latest date in the graph.
    public static func importedNoAsOfAttribute(_ date: PartialDate, today: Bool) -> Self {
        Self(.missingKey, "no as_of graph attribute; set to \(date)\(today ? " (today)" : ", the latest date in the graph")").imported
    }
}
