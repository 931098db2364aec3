import RelGraph

/// Reads the CSV files of `CSVExporter` (or a spreadsheet laid out the same way) into a model.
///
/// Only `ties.csv` is required. Without `actors.csv` the actors are made from the ties' ends
/// (kind `other`); without `sources.csv` the cited sources are declared with their id as
/// title; without `model.csv` the title comes from the caller and `as_of` is the latest date
/// in the data. Nothing is dropped silently: every value that cannot be carried over, and
/// every value made up, is a warning at its cell; a tie without a citation gets
/// `ImportPlaceholder.citation`. Errors (a file that is not CSV, a missing `From` or `To`
/// column) mean no model should be written.
public enum CSVImporter {
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    public struct Input: Sendable {
        public var ties: File
        public var actors: File?
        public var sources: File?
        public var groups: File?
        public var model: File?
        public init(ties: File, actors: File? = nil, sources: File? = nil, groups: File? = nil, model: File? = nil) {
            self.ties = ties
            self.actors = actors
            self.sources = sources
            self.groups = groups
            self.model = model
        }
    }

    /// `title` names the model when there is no model.csv; `today` is the `as_of` of last resort.
    public static func read(_ input: Input, title: String, today: PartialDate) -> ImportResult {
        var reader = Reader()
        reader.readModel(input.model)
        reader.readSources(input.sources)
        reader.readGroups(input.groups)
        reader.readActors(input.actors)
        reader.readTies(input.ties, actorsGiven: input.actors != nil)
        return reader.finish(title: title, today: today, sourcesGiven: input.sources != nil)
    }
}

/// The state of one import: what has been read so far and what was said about it.
private struct Reader {
    var diagnostics: [Diagnostic] = []
    var title: String?
    var asOf: PartialDate?
    var description: String?
    var sources: [Source] = []
    var undatedSources: Set<String> = []
    var sourcePositions: [String: (String, TextPosition)] = [:]
    var groups: [Group] = []
    var actors: [Actor] = []
    /// Ids read so far, for the duplicate checks: a linear search per row would make large
    /// sheets quadratic.
    var sourceIDs = Set<String>(), groupIDs = Set<String>(), actorIDs = Set<String>()
    var ties: [Tie] = []
    var tiesPath = CSVColumns.tiesFile
    /// Where each tie's citations were first named, for warnings about undeclared sources.
    var citationPlaces: [(source: String, path: String, position: TextPosition)] = []

    mutating func warn(_ message: Diagnostic.Message, _ path: String, _ position: TextPosition) {
        diagnostics.append(Diagnostic(message, path: path, at: position))
    }

    mutating func fail(_ message: Diagnostic.Message, _ path: String, _ position: TextPosition = .none) {
        diagnostics.append(Diagnostic(message, path: path, at: position))
    }

    func table(_ file: CSVImporter.File, _ columns: [CSVColumns.Column], into diagnostics: inout [Diagnostic]) -> CSVTable? {
        CSVTable(path: file.path, bytes: file.bytes, columns: columns, diagnostics: &diagnostics)
    }

    // MARK: - Values

    mutating func date(_ table: CSVTable, _ row: CSVReader.Record, _ column: CSVColumns.Column, what: String) -> PartialDate? {
        guard let field = table.field(row, column) else { return nil }
        if let date = PartialDate(parsing: field.text.trimmingWhitespace) { return date }
        warn(.importedInvalidDate(what, field.text), table.path, field.position)
        return nil
    }

    /// A usable id: as written, or made into a plain word ("United States" → "United-States").
    mutating func identifier(_ field: CSVReader.Field, what: String, path: String) -> String? {
        let text = field.text.trimmingWhitespace
        if Identifier.isValid(text) { return text }
        if let suggestion = Identifier.suggestion(for: text) {
            warn(.importedIDMadePlain(what, text, as: suggestion), path, field.position)
            return suggestion
        }
        warn(.importedIDNotPlain(what, text), path, field.position)
        return nil
    }

    // MARK: - Files

    mutating func readModel(_ file: CSVImporter.File?) {
        guard let file, let table = table(file, CSVColumns.model, into: &diagnostics) else { return }
        for row in table.rows {
            guard let keyField = table.field(row, CSVColumns.modelKey) else { continue }
            let value = table.text(row, CSVColumns.modelValue)
            let position = table.field(row, CSVColumns.modelValue)?.position ?? keyField.position
            switch keyField.text.trimmingWhitespace.lowercased() {
            case "relgraph":
                if value?.trimmingWhitespace != String(Model.formatVersion) {
                    warn(.importedVersion(value ?? ""), file.path, position)
                }
            case "title": title = value
            case "as_of":
                if let value, let date = PartialDate(parsing: value.trimmingWhitespace) {
                    asOf = date
                } else if let value {
                    warn(.importedAsOfNotADate(value), file.path, position)
                }
            case "description": description = value
            case "snapshot": break  // which day was exported: informative only
            default:
                warn(.importedUnknownModelKey(keyField.text, hint: Suggestion.hint(for: keyField.text, in: ["relgraph", "title", "as_of", "description", "snapshot"])),
                     file.path, keyField.position)
            }
        }
    }

    mutating func readSources(_ file: CSVImporter.File?) {
        guard let file, let table = table(file, CSVColumns.sources, into: &diagnostics) else { return }
        guard table.has(CSVColumns.sourceID) else {
            fail(.noSourceIDColumn(), file.path)
            return
        }
        for row in table.rows {
            guard let idField = table.field(row, CSVColumns.sourceID) else {
                warn(.importedSourceWithoutID(), file.path, row.fields.first?.position ?? .start)
                continue
            }
            guard let id = identifier(idField, what: "source id", path: file.path) else { continue }
            if !sourceIDs.insert(id).inserted {
                warn(.importedSourceAgain(id), file.path, idField.position)
                continue
            }
            var title = table.text(row, CSVColumns.sourceTitle)
            if title == nil {
                warn(.importedSourceWithoutTitle(id), file.path, idField.position)
                title = id
            }
            var source = Source(id: id, title: title!, author: table.text(row, CSVColumns.sourceAuthor),
                                outlet: table.text(row, CSVColumns.sourceOutlet), date: PartialDate(year: 2000)!,
                                note: table.text(row, CSVColumns.sourceNote), position: idField.position)
            if let date = date(table, row, CSVColumns.sourceDate, what: "date") {
                source.date = date
            } else {
                undatedSources.insert(id)
                sourcePositions[id] = (file.path, idField.position)
            }
            if let field = table.field(row, CSVColumns.sourceURL) {
                let url = field.text.trimmingWhitespace
                if WebAddress.isAcceptable(url) { source.url = url } else {
                    warn(.importedInvalidURL(url), file.path, field.position)
                }
            }
            if let field = table.field(row, CSVColumns.sourceGrade) {
                if let grade = AdmiraltyGrade(field.text.trimmingWhitespace) { source.grade = grade } else {
                    warn(.importedInvalidGrade(field.text), file.path, field.position)
                }
            }
            sources.append(source)
        }
    }

    mutating func readGroups(_ file: CSVImporter.File?) {
        guard let file, let table = table(file, CSVColumns.groups, into: &diagnostics) else { return }
        for row in table.rows {
            guard let idField = table.field(row, CSVColumns.groupID), let id = identifier(idField, what: "group id", path: file.path) else {
                if table.field(row, CSVColumns.groupID) == nil {
                    warn(.importedGroupWithoutID(), file.path, row.fields.first?.position ?? .start)
                }
                continue
            }
            if !groupIDs.insert(id).inserted {
                warn(.importedGroupAgain(id), file.path, idField.position)
                continue
            }
            var group = Group(id: id, label: table.text(row, CSVColumns.groupLabel), position: idField.position)
            if let field = table.field(row, CSVColumns.groupColor) {
                let color = field.text.trimmingWhitespace
                if HexColor.isValid(color) { group.color = color.lowercased() } else {
                    warn(.importedInvalidColor(color), file.path, field.position)
                }
            }
            groups.append(group)
        }
    }

    mutating func readActors(_ file: CSVImporter.File?) {
        guard let file, let table = table(file, CSVColumns.actors, into: &diagnostics) else { return }
        guard table.has(CSVColumns.actorID) || table.has(CSVColumns.actorLabel) else {
            fail(.noActorNameColumn(), file.path)
            return
        }
        for row in table.rows {
            guard let nameField = table.field(row, CSVColumns.actorID) ?? table.field(row, CSVColumns.actorLabel) else {
                warn(.importedActorWithoutName(), file.path, row.fields.first?.position ?? .start)
                continue
            }
            guard let id = identifier(nameField, what: "actor id", path: file.path) else { continue }
            if !actorIDs.insert(id).inserted {
                warn(.importedActorAgain(id), file.path, nameField.position)
                continue
            }
            var note = table.text(row, CSVColumns.actorNote)
            var kind = ActorKind.other
            if let field = table.field(row, CSVColumns.actorKind) {
                if let known = ActorKind(rawValue: field.text.trimmingWhitespace.lowercased()) { kind = known } else {
                    let names = ActorKind.allCases.map(\.rawValue)
                    warn(.importedUnknownActorType(field.text, hint: Suggestion.hint(for: field.text, in: names) ?? "one of: \(names.joined(separator: ", "))"),
                         file.path, field.position)
                    note = [note, "Imported type: \(field.text.trimmingWhitespace)."].compactMap { $0 }.joined(separator: "\n")
                }
            } else {
                warn(.importedActorWithoutType(id), file.path, nameField.position)
            }
            var group: String?
            if let field = table.field(row, CSVColumns.actorGroup), let groupID = identifier(field, what: "group", path: file.path) {
                group = groupID
                if groupIDs.insert(groupID).inserted {
                    warn(.importedUndeclaredGroup(groupID), file.path, field.position)
                    groups.append(Group(id: groupID, position: field.position))
                }
            }
            let aliases = (table.text(row, CSVColumns.actorAliases) ?? "").split(separator: "|")
                .map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            let label = table.text(row, CSVColumns.actorLabel)
            var actor = Actor(id: id, label: label, kind: kind, group: group, aliases: aliases,
                              validity: Validity(since: date(table, row, CSVColumns.actorSince, what: "since"),
                                                 until: date(table, row, CSVColumns.actorUntil, what: "until")),
                              note: note, position: nameField.position)
            actor.sincePosition = table.field(row, CSVColumns.actorSince)?.position
            actor.untilPosition = table.field(row, CSVColumns.actorUntil)?.position
            actors.append(actor)
        }
    }

    mutating func readTies(_ file: CSVImporter.File, actorsGiven: Bool) {
        tiesPath = file.path
        guard let table = table(file, CSVColumns.ties + CSVColumns.basisColumns, into: &diagnostics) else { return }
        guard table.has(CSVColumns.tieFrom), table.has(CSVColumns.tieTo) else {
            fail(.noTieEndColumns(), file.path)
            return
        }
        var names = ActorNames(actors)
        /// Tie id → (index in `ties`, the row that defined it).
        var byID: [String: (index: Int, row: CSVReader.Record)] = [:]
        for row in table.rows {
            let idText = table.value(row, CSVColumns.tieID)
            if let idText, let first = byID[idText] {
                compare(row, with: first.row, in: table)
                if let citation = citation(row, in: table) {
                    if ties[first.index].isAssumption {
                        warn(.importedCitationOfAssumption(), table.path, citation.position)
                    } else {
                        ties[first.index].citations.append(citation)
                    }
                }
                continue
            }
            guard let tie = tie(row, in: table, names: &names, actorsGiven: actorsGiven) else { continue }
            if let idText { byID[idText] = (ties.count, row) }
            ties.append(tie)
        }
    }

    /// The columns that describe the tie rather than one citation: they must agree across its rows.
    static let tieColumns = [CSVColumns.tieFrom, CSVColumns.tieTo, CSVColumns.tieDirection, CSVColumns.tieKind, CSVColumns.tieWeight,
                             CSVColumns.tieConfidence, CSVColumns.tieLabel, CSVColumns.tieNote, CSVColumns.tieSince, CSVColumns.tieUntil,
                             CSVColumns.tieBasis, CSVColumns.tieRationale]

    mutating func compare(_ row: CSVReader.Record, with first: CSVReader.Record, in table: CSVTable) {
        for column in Self.tieColumns {
            let value = table.text(row, column), original = table.text(first, column)
            if value != original, let field = table.field(row, column) ?? row.fields.first {
                warn(.conflictingValue(column.header, value ?? "", firstLine: first.line, original: original ?? ""), table.path, field.position)
            }
        }
    }

    mutating func tie(_ row: CSVReader.Record, in table: CSVTable, names: inout ActorNames, actorsGiven: Bool) -> Tie? {
        let path = table.path
        guard let fromField = table.field(row, CSVColumns.tieFrom), let toField = table.field(row, CSVColumns.tieTo) else {
            warn(.importedTieWithoutEnds(), path, row.fields.first?.position ?? .start)
            return nil
        }
        guard let from = actor(fromField, names: &names, actorsGiven: actorsGiven, path: path),
              let to = actor(toField, names: &names, actorsGiven: actorsGiven, path: path) else { return nil }
        if from == to {
            warn(.importedSelfTie(from), path, fromField.position)
            return nil
        }
        var directed = false
        if let field = table.field(row, CSVColumns.tieDirection) {
            switch field.text.trimmingWhitespace.lowercased() {
            case "directed", "yes", "true", "1", "->", "→": directed = true
            case "undirected", "mutual", "no", "false", "0", "~": directed = false
            default: warn(.importedInvalidDirection(field.text), path, field.position)
            }
        }
        var note = table.text(row, CSVColumns.tieNote)
        var kind = TieKind.other
        if let field = table.field(row, CSVColumns.tieKind) {
            if let known = TieKind(rawValue: field.text.trimmingWhitespace.lowercased()) { kind = known } else {
                let names = TieKind.allCases.map(\.rawValue)
                warn(.importedUnknownTieType(field.text, hint: Suggestion.hint(for: field.text, in: names) ?? "one of: \(names.joined(separator: ", "))"),
                     path, field.position)
                note = [note, "Imported type: \(field.text.trimmingWhitespace)."].compactMap { $0 }.joined(separator: "\n")
            }
        } else {
            warn(.importedTieWithoutType(), path, fromField.position)
        }
        var weight = 0.0
        if let field = table.field(row, CSVColumns.tieWeight) {
            let text = field.text.trimmingWhitespace.replacing("−", with: "-")
            if let value = DecimalNumber.parse(text) {
                if (-1...1).contains(value) { weight = value } else {
                    warn(.importedWeightOutOfRange(text), path, field.position)
                }
            } else {
                warn(.importedInvalidWeight(field.text), path, field.position)
            }
        } else {
            warn(.importedTieWithoutWeight(), path, fromField.position)
        }
        var confidence = Confidence.medium
        if let field = table.field(row, CSVColumns.tieConfidence) {
            if let value = Confidence(rawValue: field.text.trimmingWhitespace.lowercased()) { confidence = value } else {
                warn(.importedInvalidConfidence(field.text), path, field.position)
            }
        }
        var basis = TieBasis.cited
        var rationale: String?
        if let field = table.field(row, CSVColumns.tieBasis) {
            if let value = TieBasis(rawValue: field.text.trimmingWhitespace.lowercased()) { basis = value } else {
                warn(.importedInvalidBasis(field.text), path, field.position)
            }
        }
        var citations = citation(row, in: table).map { [$0] } ?? []
        if basis == .assumption {
            rationale = table.text(row, CSVColumns.tieRationale) ?? ""
            if rationale!.trimmingWhitespace.isEmpty { warn(.importedAssumptionWithoutRationale(), path, fromField.position) }
            if let citation = citations.first { warn(.importedCitationOfAssumption(), path, citation.position) }
            citations = []
        }
        var positions = Tie.Positions(entry: fromField.position)
        positions.to = toField.position
        positions.since = table.field(row, CSVColumns.tieSince)?.position
        positions.until = table.field(row, CSVColumns.tieUntil)?.position
        return Tie(from: from, to: to, directed: directed, kind: kind, weight: weight,
                   validity: Validity(since: date(table, row, CSVColumns.tieSince, what: "since"),
                                      until: date(table, row, CSVColumns.tieUntil, what: "until")),
                   confidence: confidence, label: table.text(row, CSVColumns.tieLabel), note: note,
                   basis: basis, rationale: rationale, citations: citations, positions: positions)
    }

    /// An end of a tie: an actor by id, label or alias; made from the name when there is no actors.csv.
    mutating func actor(_ field: CSVReader.Field, names: inout ActorNames, actorsGiven: Bool, path: String) -> String? {
        if let id = names.resolve(field.text) { return id }
        if actorsGiven {
            warn(.importedUnknownActor(field.text, hint: names.suggestion(for: field.text).map { "did you mean '\($0)'?" }), path, field.position)
            return nil
        }
        guard let id = identifier(field, what: "actor", path: path) else { return nil }
        if let existing = names.resolve(id) { return existing }
        warn(.actorFromTies(id), path, field.position)
        let actor = Actor(id: id, label: field.text.trimmingWhitespace, kind: .other, position: field.position)
        actors.append(actor)
        names.insert(actor)
        return id
    }

    /// The row's citation, or nil when it names no source and quotes nothing.
    mutating func citation(_ row: CSVReader.Record, in table: CSVTable) -> Citation? {
        let sourceField = table.field(row, CSVColumns.citationSource)
        let quote = table.text(row, CSVColumns.citationQuote)
        let at = table.text(row, CSVColumns.citationAt)
        if sourceField == nil && quote == nil && at == nil { return nil }
        var source = ImportPlaceholder.sourceID
        if let sourceField, let id = identifier(sourceField, what: "source", path: table.path) {
            source = id
            citationPlaces.append((id, table.path, sourceField.position))
        }
        let position = sourceField?.position ?? row.fields.first?.position ?? .start
        var reading: Double?
        if let field = table.field(row, CSVColumns.citationReading) {
            let text = field.text.trimmingWhitespace.replacing("−", with: "-")
            if let value = DecimalNumber.parse(text), (-1...1).contains(value) { reading = value } else {
                warn(.importedInvalidReading(field.text), table.path, field.position)
            }
        }
        return Citation(source: source, quote: quote ?? "", at: at, reading: reading, position: position)
    }

    // MARK: - The whole

    mutating func finish(title fallbackTitle: String, today: PartialDate, sourcesGiven: Bool) -> ImportResult {
        if diagnostics.hasErrors {
            return ImportResult(model: Model(title: title ?? fallbackTitle, asOf: today), diagnostics: diagnostics)
        }
        var declared = Set(sources.map(\.id))
        for place in citationPlaces where !declared.contains(place.source) {
            declared.insert(place.source)
            if sourcesGiven {
                warn(.importedUndeclaredSource(place.source), place.path, place.position)
            } else {
                warn(.sourceFromTies(place.source), place.path, place.position)
                sources.append(Source(id: place.source, title: place.source, date: PartialDate(year: 2000)!, position: place.position))
                undatedSources.insert(place.source)
            }
        }
        var model = Model(title: title ?? fallbackTitle, asOf: asOf ?? today, description: description,
                          sources: sources, groups: groups, actors: actors, ties: ties)
        if asOf == nil {
            var dated = model
            dated.sources.removeAll { undatedSources.contains($0.id) }
            let date = ImportPlaceholder.latestDate(in: dated) ?? today
            model.asOf = date
            let origin = ImportPlaceholder.latestDate(in: dated) == nil ? "today: the data has no date" : "the latest date in the data"
            warn(.importedNoAsOf(date, origin: origin), tiesPath, .none)
        }
        for index in model.sources.indices where undatedSources.contains(model.sources[index].id) {
            model.sources[index].date = model.asOf
            let (path, position) = sourcePositions[model.sources[index].id] ?? ("sources.csv", .none)
            if sourcesGiven {
                warn(.importedUndatedSource(model.sources[index].id, asOf: model.asOf), path, position)
            }
        }
        _ = ImportPlaceholder.fill(&model)
        let placeholders = model.ties.filter { $0.citations.contains(where: ImportPlaceholder.needsFilling) }.map { $0.name(withKind: true) }
        return ImportResult(model: model, diagnostics: diagnostics, placeholders: placeholders.uniqued())
    }
}
