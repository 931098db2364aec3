/// Reads a model file into a `Model`, reporting every problem in the file's own terms.
///
/// The loader checks each value where it stands (types, keys, dates, weights, vocabularies);
/// `ModelValidator` then checks what spans entries (ids, references, intervals). Entries
/// that cannot be read are left out, so one mistake does not hide the others.
public enum ModelLoader {
    public struct Result: Sendable {
        /// Nil only when the file is not a YAML mapping at all.
        public var model: Model?
        public var diagnostics: [Diagnostic]
        /// Assumption ties left out at load (`withoutAssumptions`).
        public var droppedAssumptions = 0
        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    /// Reads, loads and validates a file. `withoutAssumptions` leaves out the ties whose basis
    /// is an assumption before validation, as if they were not written (`--no-assumptions`).
    public static func load(contentsOf path: String, withoutAssumptions: Bool = false) throws(InputError) -> Result {
        let bytes = try FileInput.read(path)
        return load(bytes, path: path, withoutAssumptions: withoutAssumptions)
    }

    /// Loads and validates YAML text already in memory; `path` is used in diagnostics.
    public static func load(_ bytes: [UInt8], path: String, withoutAssumptions: Bool = false) -> Result {
        var log = DiagnosticLog(path: path)
        guard let root = readDocument(bytes, what: "model", keys: TopKey.self, log: &log) else {
            return Result(model: nil, diagnostics: log.diagnostics)
        }
        var gaps: [ModelValidator.TieGaps] = []
        guard var model = readModel(root, path: path, gaps: &gaps, log: &log) else {
            return Result(model: nil, diagnostics: log.diagnostics)
        }
        model.path = path
        var dropped = 0
        if withoutAssumptions {
            let count = model.ties.count
            gaps = zip(model.ties, gaps).filter { !$0.0.isAssumption }.map(\.1)
            model.ties.removeAll(where: \.isAssumption)
            dropped = count - model.ties.count
        }
        log.append(contentsOf: ModelValidator.validate(model, gaps: gaps))
        // Entries kept only so that validation could see all of them: a tie with a value
        // that could not be read, a citation without a quote. The model is as it was written,
        // less those (and it has errors, so no command uses it).
        if gaps.contains(where: { !$0.isEmpty }) {
            model.ties = zip(model.ties, gaps).filter { $0.1.isEmpty }.map(\.0)
        }
        if log.hasErrors {
            for index in model.ties.indices where model.ties[index].citations.contains(where: \.quote.isEmpty) {
                model.ties[index].citations.removeAll(where: \.quote.isEmpty)
            }
        }
        return Result(model: model, diagnostics: log.diagnostics.sortedByPosition(), droppedAssumptions: dropped)
    }

    public static func load(_ text: String, path: String, withoutAssumptions: Bool = false) -> Result {
        load(Array(text.utf8), path: path, withoutAssumptions: withoutAssumptions)
    }

    /// The YAML root of a relgraph file, or nil with the reason logged.
    ///
    /// A file that is not shaped like one (a password file, a key, any text named by mistake
    /// or by a hostile scenario's `graph:`) is named without quoting a word of it: its content
    /// must not reach the terminal. Not shaped like one: binary or not UTF-8 (libyaml's own
    /// finding, which quotes nothing), a root that is not a mapping (most text reads as one
    /// scalar), or a mapping none of whose keys is one `Key` lists (`/etc/shadow` reads as a
    /// mapping whose keys are its lines, hashes and all).
    static func readDocument<Key: MappingKey>(_ bytes: [UInt8], what: String, keys: Key.Type, log: inout DiagnosticLog) -> YAMLNode? {
        do {
            guard let root = try YAMLReader.read(bytes), !root.isNull else {
                log.report(.emptyFile(what), at: .start)
                return nil
            }
            guard let pairs = root.mapping else {
                log.report(.expectedMapping("the \(what)", found: root.shapeDescription), at: root.position)
                return nil
            }
            let known = pairs.indices.contains { pairs.withKeyBytes(at: $0) { Key.table.index(of: $0) != nil } ?? false }
            guard known || pairs.isEmpty else {
                log.report(.notARelgraphFile(what, keys: pairs.count), at: root.position)
                return nil
            }
            return root
        } catch {
            log.report(error.message, at: error.position)
            return nil
        }
    }

    // Each place's keys, spelled as in a file and in the format's order; the lists of names
    // are what SchemaTests compares with the schema.
    enum TopKey: Int, MappingKey {
        case relgraph, title, as_of, description, sources, groups, actors, ties
        static let table = MappingKeys(Self.self, names: ["relgraph", "title", "as_of", "description", "sources", "groups", "actors", "ties"])
    }
    static var topKeys: [String] { TopKey.table.names }

    /// `gaps`: for each tie of the model, what could not be read of it (`readTie`).
    static func readModel(_ root: YAMLNode, path: String, gaps: inout [ModelValidator.TieGaps], log: inout DiagnosticLog) -> Model? {
        guard let top = MappingReader<TopKey>(root, what: "the model", log: &log) else { return nil }
        checkVersion(top.required(.relgraph, in: "the model", log: &log), log: &log)
        let title = top.required(.title, in: "the model", log: &log).flatMap {
            ValueReader.optionalText($0, what: "title", log: &log)
        }
        let asOf = top.required(.as_of, in: "the model", log: &log).flatMap {
            ValueReader.date($0, what: "as_of", log: &log)
        }
        let description = ValueReader.optionalText(top[.description], what: "description", log: &log)

        var model = Model(path: path, title: title ?? "Untitled", asOf: asOf ?? PartialDate(year: 2000)!, description: description)
        if let node = top.required(.sources, in: "the model", log: &log) {
            model.sources = entries(node, what: "sources", log: &log) { readSource($0, log: &$1) }
        }
        if let node = top[.groups] {
            model.groups = entries(node, what: "groups", log: &log) { readGroup($0, log: &$1) }
        }
        if let node = top.required(.actors, in: "the model", log: &log) {
            model.actors = entries(node, what: "actors", log: &log) { readActor($0, log: &$1) }
        }
        if let node = top[.ties] {
            let ties = entries(node, what: "ties", log: &log) { readTie($0, log: &$1) }
            model.ties = ties.map(\.tie)
            gaps = ties.map(\.gaps)
        }
        return model
    }

    /// `relgraph: 1` must be there and be 1: later versions may mean something else.
    static func checkVersion(_ node: YAMLNode?, log: inout DiagnosticLog) {
        guard let node else { return }
        guard let text = node.scalar, Int(text.trimmingWhitespace) == Model.formatVersion else {
            log.report(.unsupportedVersion(found: node.kindDescription), at: node.position)
            return
        }
    }

    static func entries<T>(_ node: YAMLNode, what: String, log: inout DiagnosticLog,
                           _ read: (YAMLNode, inout DiagnosticLog) -> T?) -> [T] {
        guard let items = ValueReader.list(node, what: what, log: &log) else { return [] }
        var result: [T] = []
        result.reserveCapacity(items.count)
        for item in items {
            if let value = read(item, &log) { result.append(value) }
        }
        return result
    }

    // MARK: - Entries

    enum SourceKey: Int, MappingKey {
        case id, title, author, outlet, date, url, grade, note
        static let table = MappingKeys(Self.self, names: ["id", "title", "author", "outlet", "date", "url", "grade", "note"])
    }
    static var sourceKeys: [String] { SourceKey.table.names }

    static func readSource(_ node: YAMLNode, log: inout DiagnosticLog) -> Source? {
        guard let map = MappingReader<SourceKey>(node, what: "a source", log: &log) else { return nil }
        let id = map.required(.id, in: "a source", log: &log).flatMap { ValueReader.identifier($0, what: "source id", log: &log) }
        let title = map.required(.title, in: "a source", log: &log).flatMap { ValueReader.optionalText($0, what: "title", log: &log) }
        let date = map.required(.date, in: "a source", log: &log).flatMap { ValueReader.date($0, what: "date", log: &log) }
        let url = map[.url].flatMap { ValueReader.url($0, log: &log) }
        var grade: AdmiraltyGrade?
        if let gradeNode = map[.grade], let text = ValueReader.text(gradeNode, what: "grade", log: &log) {
            grade = AdmiraltyGrade(text.trimmingWhitespace)
            if grade == nil {
                log.report(.invalidGrade(text), at: gradeNode.position)
            }
        }
        guard let id else { return nil }
        return Source(id: id, title: title ?? id, author: ValueReader.optionalText(map[.author], what: "author", log: &log),
                      outlet: ValueReader.optionalText(map[.outlet], what: "outlet", log: &log),
                      date: date ?? PartialDate(year: 2000)!, url: url, grade: grade,
                      note: ValueReader.optionalText(map[.note], what: "note", log: &log), position: node.position)
    }

    enum GroupKey: Int, MappingKey {
        case id, label, color
        static let table = MappingKeys(Self.self, names: ["id", "label", "color"])
    }
    static var groupKeys: [String] { GroupKey.table.names }

    static func readGroup(_ node: YAMLNode, log: inout DiagnosticLog) -> Group? {
        guard let map = MappingReader<GroupKey>(node, what: "a group", log: &log) else { return nil }
        let id = map.required(.id, in: "a group", log: &log).flatMap { ValueReader.identifier($0, what: "group id", log: &log) }
        var color: String?
        if let colorNode = map[.color], let text = ValueReader.text(colorNode, what: "color", log: &log) {
            if HexColor.isValid(text) {
                color = text.lowercased()
            } else {
                log.report(.invalidColor(text), at: colorNode.position)
            }
        }
        guard let id else { return nil }
        return Group(id: id, label: ValueReader.optionalText(map[.label], what: "label", log: &log), color: color, position: node.position)
    }

    enum ActorKey: Int, MappingKey, ValidityKey {
        case id, label, kind, group, aliases, since, until, note
        static let table = MappingKeys(Self.self, names: ["id", "label", "kind", "group", "aliases", "since", "until", "note"])
    }
    static var actorKeys: [String] { ActorKey.table.names }

    static func readActor(_ node: YAMLNode, log: inout DiagnosticLog) -> Actor? {
        guard let map = MappingReader<ActorKey>(node, what: "an actor", log: &log) else { return nil }
        let id = map.required(.id, in: "an actor", log: &log).flatMap { ValueReader.identifier($0, what: "actor id", log: &log) }
        let kind = map.required(.kind, in: "an actor", log: &log).flatMap {
            ValueReader.choice($0, ActorKind.self, what: "actor kind", code: .kind, log: &log)
        }
        let group = map[.group].flatMap { ValueReader.identifier($0, what: "group", log: &log) }
        var aliases: [String] = []
        if let aliasNode = map[.aliases], let items = ValueReader.list(aliasNode, what: "aliases", log: &log) {
            aliases = items.compactMap { ValueReader.optionalText($0, what: "an alias", log: &log) }
        }
        let validity = readValidity(map, log: &log)
        guard let id else { return nil }
        var actor = Actor(id: id, label: ValueReader.optionalText(map[.label], what: "label", log: &log), kind: kind ?? .other,
                          group: group, aliases: aliases, validity: validity,
                          note: ValueReader.optionalText(map[.note], what: "note", log: &log), position: node.position)
        actor.sincePosition = map[.since]?.position
        actor.untilPosition = map[.until]?.position
        return actor
    }

    enum TieKey: Int, MappingKey, TieEndKey, ValidityKey {
        case between, from, to, kind, weight, since, until, confidence, label, note, basis, rationale, cite
        static let table = MappingKeys(Self.self, names: ["between", "from", "to", "kind", "weight", "since", "until", "confidence", "label", "note",
                                                          "basis", "rationale", "cite"])
    }
    static var tieKeys: [String] { TieKey.table.names }

    /// Below this a weight shows as 0 (weights are given to two places): a tie with no
    /// strength and no sign that a picture or measure could show.
    public static let weightNearZero = 0.005

    /// A tie, with what could not be read of it: a tie with a bad weight or kind, or without
    /// ends, is still checked for everything else it names (its actors, its sources, its
    /// dates), then left out of the model (`load`). Nil only for an entry that is not a mapping.
    static func readTie(_ node: YAMLNode, log: inout DiagnosticLog) -> (tie: Tie, gaps: ModelValidator.TieGaps)? {
        guard let map = MappingReader<TieKey>(node, what: "a tie", log: &log) else { return nil }
        var positions = Tie.Positions(entry: node.position)
        let ends = readEnds(map, positions: &positions, log: &log)
        let kind = map.required(.kind, in: "a tie", log: &log).flatMap {
            positions.kind = $0.position
            return ValueReader.choice($0, TieKind.self, what: "tie kind", code: .kind, log: &log)
        }
        var weight: Double?
        if let weightNode = map.required(.weight, in: "a tie", log: &log) {
            positions.weight = weightNode.position
            weight = ValueReader.number(weightNode, what: "weight", code: .weight, log: &log)
            if let value = weight, !(-1...1).contains(value) {
                log.report(.weightOutOfRange(text(of: weightNode)), at: weightNode.position)
                weight = nil
            } else if let value = weight, abs(value) < Self.weightNearZero {
                log.report(.weightNearZero(text(of: weightNode)), at: weightNode.position)
            }
        }
        let validity = readValidity(map, log: &log)
        positions.since = map[.since]?.position
        positions.until = map[.until]?.position
        let confidence = map[.confidence].flatMap {
            ValueReader.choice($0, Confidence.self, what: "confidence", code: .value, log: &log)
        }
        positions.basis = map[.basis]?.position
        let basis = map[.basis].flatMap { ValueReader.choice($0, TieBasis.self, what: "basis", code: .value, log: &log) } ?? .cited
        var rationale: String?
        var citations: [Citation] = []
        switch basis {
        case .assumption:
            // An assumption rests on its rationale: a citation would make it a cited tie.
            rationale = map.required(.rationale, in: "an assumption tie", log: &log).flatMap {
                ValueReader.optionalText($0, what: "rationale", log: &log)
            }
            if map.has(.cite) { log.report(.citedAssumption(), at: map.value(.cite)!.position) }
        case .cited:
            if let rationaleNode = map.value(.rationale) { log.report(.rationaleOfCitedTie(), at: rationaleNode.position) }
            if let citeNode = map[.cite] {
                if let items = ValueReader.list(citeNode, what: "cite", log: &log) {
                    if items.isEmpty {
                        log.report(.noCitations(), at: citeNode.position)
                    }
                    citations = items.compactMap { readCitation($0, keepingMissingQuote: true, log: &log) }
                }
            } else {
                log.report(.noCite(), at: map.value(.cite)?.position ?? node.position)
            }
        }
        var gaps: ModelValidator.TieGaps = []
        if ends == nil { gaps.insert(.ends) }
        if kind == nil { gaps.insert(.kind) }
        if weight == nil { gaps.insert(.weight) }
        let tie = Tie(from: ends?.0 ?? "", to: ends?.1 ?? "", directed: ends?.2 ?? false, kind: kind ?? .other, weight: weight ?? 0,
                      validity: validity, confidence: confidence ?? .medium, label: ValueReader.optionalText(map[.label], what: "label", log: &log),
                      note: ValueReader.optionalText(map[.note], what: "note", log: &log), basis: basis, rationale: rationale,
                      citations: citations, positions: positions)
        return (tie, gaps)
    }

    /// `between: [A, B]` or `from: A` + `to: B`, never both.
    static func readEnds<Key: TieEndKey>(_ map: MappingReader<Key>, positions: inout Tie.Positions, log: inout DiagnosticLog) -> (String, String, Bool)? {
        let between = map[.between]
        if let between, map.has(.from) || map.has(.to) {
            log.report(.bothKindsOfEnds(), at: between.position)
            return nil
        }
        if let between {
            guard let items = ValueReader.list(between, what: "between", log: &log) else { return nil }
            guard items.count == 2 else {
                log.report(.betweenCount(items.count), at: between.position)
                return nil
            }
            positions.from = items[0].position
            positions.to = items[1].position
            guard let a = ValueReader.identifier(items[0], what: "actor", log: &log),
                  let b = ValueReader.identifier(items[1], what: "actor", log: &log) else { return nil }
            return (a, b, false)
        }
        if map.has(.from) || map.has(.to) {
            let fromNode = map.required(.from, in: "a directed tie", log: &log)
            let toNode = map.required(.to, in: "a directed tie", log: &log)
            guard let fromNode, let toNode else { return nil }
            positions.from = fromNode.position
            positions.to = toNode.position
            guard let a = ValueReader.identifier(fromNode, what: "actor", log: &log),
                  let b = ValueReader.identifier(toNode, what: "actor", log: &log) else { return nil }
            return (a, b, true)
        }
        log.report(.noEnds(), at: map.position)
        return nil
    }

    enum CitationKey: Int, MappingKey {
        case source, quote, at, reading
        static let table = MappingKeys(Self.self, names: ["source", "quote", "at", "reading"])
    }
    static var citationKeys: [String] { CitationKey.table.names }

    /// A tie's citation; `readings: false` for a scenario's citations, which cite an argument,
    /// not a weight (a `reading` there is an unknown key). `keepingMissingQuote`: a citation
    /// whose quote is missing or empty (an error already) comes back with an empty quote, so
    /// that its source is still checked; the loader drops it after validation.
    static func readCitation(_ node: YAMLNode, readings: Bool = true, keepingMissingQuote: Bool = false, log: inout DiagnosticLog) -> Citation? {
        guard let map = MappingReader<CitationKey>(node, what: "a citation", log: &log) else { return nil }
        var reading: Double?
        if let readingNode = map.value(.reading) {
            if !readings {
                log.report(.unknownKey("reading", in: "a citation", hint: nil), at: readingKeyPosition(node) ?? readingNode.position)
            } else if let value = ValueReader.number(readingNode, what: "reading", code: .weight, log: &log) {
                if (-1...1).contains(value) {
                    reading = value
                } else {
                    log.report(.readingOutOfRange(text(of: readingNode)), at: readingNode.position)
                }
            }
        }
        let sourceNode = map.required(.source, in: "a citation", log: &log)
        let source = sourceNode.flatMap { ValueReader.identifier($0, what: "source", log: &log) }
        var quote: String?
        if let quoteNode = map.value(.quote) {
            let text = quoteNode.isNull ? "" : ValueReader.text(quoteNode, what: "quote", log: &log)
            if let text, text.trimmingWhitespace.isEmpty {
                log.report(.emptyQuote(), at: quoteNode.position)
            } else if let text {
                quote = text
                // Characters never outnumber bytes: most quotes are settled without counting Characters.
                if text.utf8.count > 300, text.count > 300 {
                    log.report(.longQuote(characters: text.count), at: quoteNode.position)
                }
            }
        } else {
            log.report(.noQuote(), at: node.position)
        }
        guard let source, let quote = quote ?? (keepingMissingQuote ? "" : nil) else { return nil }
        return Citation(source: source, quote: quote, at: ValueReader.optionalText(map[.at], what: "at", log: &log), reading: reading,
                        position: node.position, sourcePosition: sourceNode?.position, quotePosition: map.value(.quote)?.position,
                        readingPosition: reading == nil ? nil : map.value(.reading)?.position)
    }

    /// Where the key `reading` of a citation was written, for an unknown-key finding at the key as usual.
    static func readingKeyPosition(_ node: YAMLNode) -> TextPosition? {
        guard let pairs = node.mapping else { return nil }
        return pairs.indices.first { pairs[$0].key.scalar == "reading" }.map { pairs[$0].key.position }
    }

    static func readValidity<Key: ValidityKey>(_ map: MappingReader<Key>, log: inout DiagnosticLog) -> Validity {
        Validity(since: map[.since].flatMap { ValueReader.date($0, what: "since", log: &log) },
                 until: map[.until].flatMap { ValueReader.date($0, what: "until", log: &log) })
    }

    static func text(of node: YAMLNode) -> String { node.scalar ?? node.kindDescription }
}

/// The keys of a place that names a tie's ends: `readEnds` reads them for a tie and for a
/// scenario's added tie alike.
protocol TieEndKey: MappingKey {
    static var between: Self { get }
    static var from: Self { get }
    static var to: Self { get }
}

/// The keys of a place with a period: `readValidity` reads them for actors and ties alike.
protocol ValidityKey: MappingKey {
    static var since: Self { get }
    static var until: Self { get }
}
