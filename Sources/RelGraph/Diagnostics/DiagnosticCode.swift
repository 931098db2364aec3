/// Every kind of finding relgraph reports: its code, printed in brackets, and its severity.
///
/// This is the catalogue (swift-format's `Finding.Message` style): a code exists only here,
/// and its wording only in `Messages/` (`Diagnostic.Message`), so no site spells a code or
/// picks a severity of its own. The table of codes in docs/format.md lists the same codes
/// with the same severities; `DiagnosticCatalogueTests` holds the two together.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // Reading a file.
    case yamlSyntax = "yaml-syntax"
    case notText = "not-text"
    case emptyFile = "empty-file"
    case multipleDocuments = "multiple-documents"
    case tooDeep = "too-deep"
    case tooLarge = "too-large"
    case aliasExpansion = "alias-expansion"
    case outOfMemory = "out-of-memory"
    // Keys and values, in models and scenarios alike.
    case wrongType = "wrong-type"
    case unsupportedVersion = "unsupported-version"
    case unknownKey = "unknown-key"
    case duplicateKey = "duplicate-key"
    case missingKey = "missing-key"
    case invalidID = "invalid-id"
    case invalidDate = "invalid-date"
    case invalidValue = "invalid-value"
    case invalidURL = "invalid-url"
    case unknownKind = "unknown-kind"
    // Models.
    case duplicateID = "duplicate-id"
    case duplicateAlias = "duplicate-alias"
    case confusableID = "confusable-id"
    case unknownGroup = "unknown-group"
    case unknownActor = "unknown-actor"
    case tieEnds = "tie-ends"
    case selfTie = "self-tie"
    case duplicateTie = "duplicate-tie"
    case missingCitation = "missing-citation"
    case basisMismatch = "basis-mismatch"
    case assumption = "assumption"
    case unknownSource = "unknown-source"
    case emptyQuote = "empty-quote"
    case longQuote = "long-quote"
    case invalidWeight = "invalid-weight"
    case weightOutOfRange = "weight-out-of-range"
    case weightNearZero = "weight-near-zero"
    case signMismatch = "sign-mismatch"
    case untilBeforeSince = "until-before-since"
    case outsideActorValidity = "outside-actor-validity"
    case invalidGrade = "invalid-grade"
    case invalidColor = "invalid-color"
    case unusedSource = "unused-source"
    case isolatedActor = "isolated-actor"
    // `check --evidence`.
    case misquote = "misquote"
    case noEvidence = "no-evidence"
    case evidenceUnreadable = "evidence-unreadable"
    // Scenarios.
    case shockForm = "shock-form"
    case malformedTie = "malformed-tie"
    case unknownTie = "unknown-tie"
    case ambiguousTie = "ambiguous-tie"
    case unknownAtBaseline = "unknown-at-baseline"
    case ignoredSetting = "ignored-setting"
    case noModel = "no-model"
    case graphOutside = "graph-outside"
    case expectationFailed = "expectation-failed"
    // `relgraph import`.
    case csvSyntax = "csv-syntax"
    case missingColumn = "missing-column"
    case unknownColumn = "unknown-column"
    case duplicateColumn = "duplicate-column"
    case conflictingValue = "conflicting-value"
    case missingActor = "missing-actor"
    case missingSource = "missing-source"
    case notImported = "not-imported"
    case graphviz = "graphviz"

    /// Errors fail every command; warnings fail `relgraph check` only with `--strict`.
    /// `relgraph import` reports what it carries over or leaves out as warnings, whatever
    /// the code's severity here (`Diagnostic.Message.imported`).
    public var severity: Diagnostic.Severity {
        switch self {
        case .longQuote, .signMismatch, .weightNearZero, .confusableID, .unusedSource, .isolatedActor, .assumption, .noEvidence, .ignoredSetting,
             .unknownColumn, .duplicateColumn, .conflictingValue, .missingActor, .missingSource, .notImported, .graphviz:
            .warning
        case .yamlSyntax, .notText, .emptyFile, .multipleDocuments, .tooDeep, .tooLarge, .aliasExpansion, .outOfMemory,
             .wrongType, .unsupportedVersion, .unknownKey, .duplicateKey, .missingKey, .invalidID, .invalidDate, .invalidValue,
             .invalidURL, .unknownKind, .duplicateID, .duplicateAlias, .unknownGroup, .unknownActor, .tieEnds, .selfTie,
             .duplicateTie, .missingCitation, .basisMismatch, .unknownSource, .emptyQuote, .invalidWeight, .weightOutOfRange,
             .untilBeforeSince, .outsideActorValidity, .invalidGrade, .invalidColor, .misquote, .evidenceUnreadable,
             .shockForm, .malformedTie, .unknownTie, .ambiguousTie, .unknownAtBaseline, .noModel, .graphOutside, .expectationFailed,
             .csvSyntax, .missingColumn:
            .error
        }
    }
}
