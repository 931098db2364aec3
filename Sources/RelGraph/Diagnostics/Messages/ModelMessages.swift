/// The wording of findings about a model file: its entries, and what spans them.
extension Diagnostic.Message {
    // MARK: Entries

    public static func invalidGrade(_ text: String) -> Self {
        Self(.invalidGrade, "grade '\(text)' is not an Admiralty code", hint: "reliability A–F then credibility 1–6, e.g. 'B2'")
    }

    public static func invalidColor(_ text: String) -> Self { Self(.invalidColor, "color '\(text)' is not a #rrggbb colour") }

    /// `text` is the weight as written.
    public static func weightOutOfRange(_ text: String) -> Self {
        Self(.weightOutOfRange, "weight \(text) is outside −1 … +1",
             hint: "the sign says cooperation or conflict, the size how strong (docs/weights.md)")
    }

    /// `text` is the weight as written: 0, or closer to it than two decimal places show.
    public static func weightNearZero(_ text: String) -> Self {
        Self(.weightNearZero, "weight \(text) is within 0.005 of zero: a tie of no strength, whose sign no picture or measure can show",
             hint: "remove the tie, or give it a weight of at least 0.01 (docs/weights.md)")
    }

    public static func noCitations() -> Self { Self(.missingCitation, "a tie needs at least one citation") }

    public static func noCite() -> Self { Self(.missingCitation, "a tie has no 'cite': every tie must cite a source") }

    public static func citedAssumption() -> Self {
        Self(.basisMismatch, "an assumption tie has no 'cite': it rests on its rationale, not on a source",
             hint: "to cite sources, remove 'basis: assumption' and 'rationale'")
    }

    public static func rationaleOfCitedTie() -> Self {
        Self(.basisMismatch, "'rationale' belongs to an assumption tie; a cited tie says why in 'note'",
             hint: "write 'basis: assumption' and no 'cite', or move the text to 'note'")
    }

    /// `text` is the reading as written.
    public static func readingOutOfRange(_ text: String) -> Self {
        Self(.weightOutOfRange, "reading \(text) is outside −1 … +1",
             hint: "a source's reading of the weight, on the same scale (docs/weights.md)")
    }

    public static func bothKindsOfEnds() -> Self {
        Self(.tieEnds, "a tie has either 'between' (mutual) or 'from' and 'to' (directed), not both")
    }

    public static func betweenCount(_ count: Int) -> Self { Self(.tieEnds, "'between' names exactly two actors, found \(count)") }

    public static func noEnds() -> Self {
        Self(.missingKey, "a tie has neither 'between' nor 'from'/'to'", hint: "write 'between: [A, B]' for a mutual tie")
    }

    public static func emptyQuote() -> Self { Self(.emptyQuote, "the quote is empty; cite the source's own words") }

    public static func noQuote() -> Self { Self(.emptyQuote, "a citation has no 'quote'; cite the source's own words") }

    public static func longQuote(characters: Int) -> Self {
        Self(.longQuote, "quote of \(characters) characters; keep quotes under 300 and skip words with '...'")
    }

    // MARK: What spans entries

    public static func unknownGroup(actor: String, group: String, hint: String?) -> Self {
        Self(.unknownGroup, "actor '\(actor)' names unknown group '\(group)'", hint: hint)
    }

    public static func actorEndsBeforeItBegins(_ actor: String, since: PartialDate, until: PartialDate) -> Self {
        Self(.untilBeforeSince, "actor '\(actor)' ends (\(until)) before it begins (\(since))")
    }

    /// `tie` is the tie's name, or empty when its ends could not be read.
    public static func tieEndsBeforeItBegins(_ tie: String, since: PartialDate, until: PartialDate) -> Self {
        Self(.untilBeforeSince, (tie.isEmpty ? "a tie" : "tie \(tie)") + " ends (\(until)) before it begins (\(since))")
    }

    public static func unknownSource(_ source: String, hint: String?) -> Self {
        Self(.unknownSource, "citation of unknown source '\(source)'", hint: hint)
    }

    public static func signMismatch(_ kind: TieKind, weight: Double) -> Self {
        let expected = kind.expectedSign == .positive ? "positive (cooperative)" : "negative (conflictual)"
        return Self(.signMismatch, "a '\(kind.rawValue)' tie is expected to be \(expected), but its weight is \(WeightFormat.signed(weight))",
                    hint: "check the sign, or choose another kind")
    }

    public static func readingSignMismatch(_ kind: TieKind, reading: Double, source: String) -> Self {
        let expected = kind.expectedSign == .positive ? "positive (cooperative)" : "negative (conflictual)"
        return Self(.signMismatch, "a '\(kind.rawValue)' tie is expected to be \(expected), but \(source)'s reading is \(WeightFormat.signed(reading))",
                    hint: "check the sign, or choose another kind")
    }

    /// Names the tie and quotes the start of its rationale.
    public static func assumption(_ tie: String, rationale: String) -> Self {
        let start = rationale.count > 80 ? String(rationale.prefix(79)) + "…" : rationale
        return Self(.assumption, "tie \(tie) rests on an assumption, not a source: \u{201C}\(start)\u{201D}")
    }

    public static func selfTie(_ actor: String) -> Self { Self(.selfTie, "a tie joins '\(actor)' to itself") }

    public static func duplicateTie(_ kind: TieKind, _ tie: String, firstLine: Int32) -> Self {
        Self(.duplicateTie, "a second '\(kind.rawValue)' tie \(tie) in the same period (first at line \(firstLine))",
             hint: "merge their citations, or give them non-overlapping since/until")
    }

    public static func unusedSource(_ source: String) -> Self { Self(.unusedSource, "source '\(source)' is not cited by any tie") }

    public static func isolatedActor(_ actor: String) -> Self { Self(.isolatedActor, "actor '\(actor)' has no ties") }

    /// `what` is "actor", "source" or "group".
    public static func duplicateID(_ what: String, _ id: String, firstLine: Int32) -> Self {
        Self(.duplicateID, "\(what) id '\(id)' is already used at line \(firstLine)")
    }

    /// `what` is "actor", "source" or "group".
    public static func idDiffersOnlyInCase(_ what: String, _ id: String, _ other: String, firstLine: Int32) -> Self {
        Self(.duplicateID, "\(what) id '\(id)' differs from '\(other)' (line \(firstLine)) only in letter case",
             hint: "the command line and scenarios find ids whatever their case, so the two cannot be told apart: rename one")
    }

    /// Two ids with the same skeleton (`Confusables`): they look alike, they are different text.
    public static func confusableID(_ what: String, _ id: String, _ other: String, firstLine: Int32) -> Self {
        let letters = (id + other).unicodeScalars.filter { Confusables.prototype($0) != nil }.prefix(1).map(Confusables.describe)
        return Self(.confusableID, "\(what) id '\(id)' looks like '\(other)' (line \(firstLine)) but is different text"
                    + (letters.first.map { ": \($0) is not a Latin letter" } ?? ""),
                    hint: "write ids in one script, as the command line will type them")
    }

    /// An id with Latin letters and a look-alike letter of another script.
    public static func mixedScriptID(_ what: String, _ id: String, letter: Unicode.Scalar) -> Self {
        Self(.confusableID, "\(what) id '\(id)' mixes Latin letters with \(Confusables.describe(letter)), which looks like Latin '\(Confusables.prototype(letter).map { String($0) } ?? "?")'",
             hint: "write ids in one script, as the command line will type them")
    }

    public static func duplicateAlias(_ alias: String, of actor: String, names other: String) -> Self {
        Self(.duplicateAlias, "alias '\(alias)' of '\(actor)' already names '\(other)'")
    }

    public static func unknownActor(_ id: String, hint: String?) -> Self { Self(.unknownActor, "unknown actor '\(id)'", hint: hint) }

    public static func tieBeginsBeforeActor(_ since: PartialDate, actor: String, span: String) -> Self {
        Self(.outsideActorValidity, "tie begins (\(since)) before '\(actor)' exists (\(span))")
    }

    public static func tieBeginsAfterActor(_ since: PartialDate, actor: String, span: String) -> Self {
        Self(.outsideActorValidity, "tie begins (\(since)) after '\(actor)' has ceased (\(span))")
    }

    public static func tieEndsAfterActor(_ until: PartialDate, actor: String, span: String) -> Self {
        Self(.outsideActorValidity, "tie ends (\(until)) after '\(actor)' has ceased (\(span))")
    }

    public static func tieEndsBeforeActor(_ until: PartialDate, actor: String, span: String) -> Self {
        Self(.outsideActorValidity, "tie ends (\(until)) before '\(actor)' exists (\(span))")
    }
}
