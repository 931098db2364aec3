import RelGraph

/// The spreadsheet files of a CSV export, their columns, and the other names the importer
/// accepts for them (Kumu's, and plain synonyms). Headers match case-insensitively.
public enum CSVColumns {
    public struct Column: Sendable {
        /// The header the exporter writes.
        public let header: String
        /// Every header the importer accepts for it, lowercased.
        public let accepted: [String]

        init(_ header: String, _ synonyms: String...) {
            self.header = header
            accepted = [header.lowercased()] + synonyms
        }
    }

    public static let actorsFile = "actors.csv"
    public static let tiesFile = "ties.csv"
    public static let sourcesFile = "sources.csv"
    public static let groupsFile = "groups.csv"
    public static let modelFile = "model.csv"

    // Actors: Kumu's element sheet takes `ID` (or `Label`) first, then `Label`, `Type`, `Description`.
    public static let actorID = Column("ID", "id")
    public static let actorLabel = Column("Label", "name")
    public static let actorKind = Column("Type", "kind")
    public static let actorGroup = Column("Group")
    public static let actorAliases = Column("Aliases", "alias")
    public static let actorSince = Column("Since", "start")
    public static let actorUntil = Column("Until", "end")
    public static let actorNote = Column("Description", "note", "notes")
    public static let actors = [actorID, actorLabel, actorKind, actorGroup, actorAliases, actorSince, actorUntil, actorNote]

    // Ties: Kumu's connection sheet takes `From` and `To` (after `ID`), `Type`, `Direction`, `Label`, `Description`.
    public static let tieID = Column("ID", "tie")
    public static let tieFrom = Column("From")
    public static let tieTo = Column("To")
    public static let tieDirection = Column("Direction", "directed")
    public static let tieKind = Column("Type", "kind")
    public static let tieWeight = Column("Weight", "strength")
    public static let tieConfidence = Column("Confidence")
    public static let tieLabel = Column("Label")
    public static let tieNote = Column("Description", "note", "notes")
    public static let tieSince = Column("Since", "start")
    public static let tieUntil = Column("Until", "end")
    public static let citationSource = Column("Source", "source id")
    public static let citationQuote = Column("Quote")
    public static let citationAt = Column("At", "where")
    public static let ties = [tieID, tieFrom, tieTo, tieDirection, tieKind, tieWeight, tieConfidence, tieLabel, tieNote,
                              tieSince, tieUntil, citationSource, citationQuote, citationAt]
    // Written after the others only when a model has an assumption tie or a citation's reading,
    // so that the sheets of every other model keep their columns.
    public static let tieBasis = Column("Basis")
    public static let tieRationale = Column("Rationale")
    public static let citationReading = Column("Reading")
    public static let basisColumns = [tieBasis, tieRationale, citationReading]

    public static let sourceID = Column("ID", "id")
    public static let sourceTitle = Column("Title")
    public static let sourceAuthor = Column("Author")
    public static let sourceOutlet = Column("Outlet", "publisher")
    public static let sourceDate = Column("Date")
    public static let sourceURL = Column("URL", "link")
    public static let sourceGrade = Column("Grade")
    public static let sourceNote = Column("Note", "notes", "description")
    public static let sources = [sourceID, sourceTitle, sourceAuthor, sourceOutlet, sourceDate, sourceURL, sourceGrade, sourceNote]

    public static let groupID = Column("ID", "id")
    public static let groupLabel = Column("Label")
    public static let groupColor = Column("Color", "colour")
    public static let groups = [groupID, groupLabel, groupColor]

    public static let modelKey = Column("Key")
    public static let modelValue = Column("Value")
    public static let model = [modelKey, modelValue]

    /// `Direction` values: Kumu's `directed` and `undirected` (mutual is accepted too).
    public static let directed = "directed"
    public static let undirected = "undirected"
}
