import FoundationEssentials

/// Reads a scenario file, reporting problems at their line and column like the model loader.
///
/// This checks the file on its own; `ScenarioPlan.make` then checks the shocks against the
/// model they run on (unknown actors, ties that match nothing, the baseline date).
public enum ScenarioLoader {
    public struct Result: Sendable {
        public var scenario: Scenario?
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    /// `graphAnywhere` (`--allow-outside`) lets `graph:` name a model outside the scenario's
    /// project (`graphTree`); without it such a `graph:` is an error (`graph-outside`).
    public static func load(contentsOf path: String, graphAnywhere: Bool = false) throws(InputError) -> Result {
        load(try FileInput.read(path), path: path, graphAnywhere: graphAnywhere)
    }

    public static func load(_ text: String, path: String, graphAnywhere: Bool = false) -> Result {
        load(Array(text.utf8), path: path, graphAnywhere: graphAnywhere)
    }

    public static func load(_ bytes: [UInt8], path: String, graphAnywhere: Bool = false) -> Result {
        var log = DiagnosticLog(path: path)
        guard let root = ModelLoader.readDocument(bytes, what: "scenario", keys: TopKey.self, log: &log) else {
            return Result(scenario: nil, diagnostics: log.diagnostics)
        }
        let scenario = readScenario(root, path: path, graphAnywhere: graphAnywhere, log: &log)
        return Result(scenario: scenario, diagnostics: log.diagnostics.sortedByPosition())
    }

    /// Whether a file looks like a scenario (a top-level `shocks:` key at the start of a line),
    /// for `relgraph check`: a byte scan, so a large model is not parsed twice to find out.
    public static func looksLikeScenario(_ bytes: [UInt8]) -> Bool {
        let key = Array("shocks".utf8)
        var lineStart = 0
        while lineStart < bytes.count {
            if bytes[lineStart...].starts(with: key) {
                var index = lineStart + key.count
                while index < bytes.count, bytes[index] == 0x20 { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: ":") { return true }
            }
            guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else { break }
            lineStart = newline + 1
        }
        return false
    }

    // Each place's keys, spelled as in a file and in the format's order; the lists of names
    // are what SchemaTests compares with the schema.
    enum TopKey: Int, MappingKey {
        case relgraph, title, description, graph, at, cite, shocks, propagation, expect
        static let table = MappingKeys(Self.self, names: ["relgraph", "title", "description", "graph", "at", "cite", "shocks", "propagation", "expect"])
    }
    static var topKeys: [String] { TopKey.table.names }
    /// A scenario's citations cite the articles that motivate it: no `reading`, which is a tie's.
    static var citationKeys: [String] { ModelLoader.citationKeys.filter { $0 != "reading" } }

    static func readScenario(_ root: YAMLNode, path: String, graphAnywhere: Bool = false, log: inout DiagnosticLog) -> Scenario? {
        guard let top = MappingReader<TopKey>(root, what: "the scenario", log: &log) else { return nil }
        ModelLoader.checkVersion(top.required(.relgraph, in: "the scenario", log: &log), log: &log)
        let title = top.required(.title, in: "the scenario", log: &log).flatMap { ValueReader.optionalText($0, what: "title", log: &log) }
        var graphPath: String?
        if let graph = top[.graph], let text = ValueReader.optionalText(graph, what: "graph", log: &log) {
            let located = text.hasPrefix("/") ? text : locateGraph(text, nextTo: path)
            if !graphAnywhere {
                let tree = graphTree(of: path)
                if !ProjectBoundary.contains(tree, located) { log.report(.graphOutside(text, tree: tree), at: graph.position) }
            }
            graphPath = located
        }
        let at = top[.at].flatMap { ValueReader.date($0, what: "at", log: &log) }
        var citations: [Citation] = []
        if let cite = top[.cite], let items = ValueReader.list(cite, what: "cite", log: &log) {
            citations = items.compactMap { ModelLoader.readCitation($0, readings: false, log: &log) }
        }
        var shocks: [Shock] = []
        if let node = top.required(.shocks, in: "the scenario", log: &log), let items = ValueReader.list(node, what: "shocks", log: &log) {
            if items.isEmpty { log.report(.noShocks(), at: node.position) }
            shocks = items.compactMap { readShock($0, log: &log) }
        }
        let propagation = top[.propagation].flatMap { readPropagation($0, log: &log) } ?? .standard
        var expectations: [Expectation] = []
        if let node = top[.expect], let items = ValueReader.list(node, what: "expect", log: &log) {
            expectations = items.compactMap { readExpectation($0, log: &log) }
        }
        var scenario = Scenario(path: path, title: title ?? "Untitled scenario",
                                description: ValueReader.optionalText(top[.description], what: "description", log: &log),
                                graphPath: graphPath, at: at, citations: citations, shocks: shocks,
                                propagation: propagation, expectations: expectations)
        scenario.atPosition = top[.at]?.position
        return scenario
    }

    // MARK: - Shocks

    enum ShockKey: Int, MappingKey {
        case remove, cut, set, scale, add, add_actor
        static let table = MappingKeys(Self.self, names: ["remove", "cut", "set", "scale", "add", "add_actor"])
    }
    static var shockKeys: [String] { ShockKey.table.names }
    enum SetKey: Int, MappingKey {
        case tie, weight
        static let table = MappingKeys(Self.self, names: ["tie", "weight"])
    }
    static var setKeys: [String] { SetKey.table.names }
    enum ScaleKey: Int, MappingKey {
        case tie, by
        static let table = MappingKeys(Self.self, names: ["tie", "by"])
    }
    static var scaleKeys: [String] { ScaleKey.table.names }
    enum AddActorKey: Int, MappingKey {
        case id, kind, label, group
        static let table = MappingKeys(Self.self, names: ["id", "kind", "label", "group"])
    }
    static var addActorKeys: [String] { AddActorKey.table.names }
    enum AddKey: Int, MappingKey, TieEndKey {
        case between, from, to, kind, weight, label
        static let table = MappingKeys(Self.self, names: ["between", "from", "to", "kind", "weight", "label"])
    }
    static var addKeys: [String] { AddKey.table.names }

    static func readShock(_ node: YAMLNode, log: inout DiagnosticLog) -> Shock? {
        guard let map = MappingReader<ShockKey>(node, what: "a shock", log: &log) else { return nil }
        let present = map.present
        guard present.count == 1, let (key, value) = present.first else {
            if !present.isEmpty || node.mapping?.isEmpty == true {
                log.report(.shockForm(shockKeys), at: node.position)
            }
            return nil
        }
        let origin = Shock.Origin.file(value.position)
        switch key {
        case .remove:
            return ValueReader.optionalText(value, what: "remove", log: &log).map { Shock(.remove(actor: $0), origin: origin) }
        case .cut:
            return tieReference(value, log: &log).map { Shock(.cut($0), origin: origin) }
        case .set:
            // Both parts read before either is judged: every problem is reported, not the first.
            guard let inner = MappingReader<SetKey>(value, what: "set", log: &log) else { return nil }
            let tie = inner.required(.tie, in: "set", log: &log).flatMap({ tieReference($0, log: &log) })
            let weight = inner.required(.weight, in: "set", log: &log).flatMap({ weightValue($0, log: &log) })
            guard let tie, let weight else { return nil }
            return Shock(.set(tie, weight: weight), origin: .file(inner[.tie]!.position))
        case .scale:
            guard let inner = MappingReader<ScaleKey>(value, what: "scale", log: &log) else { return nil }
            let tie = inner.required(.tie, in: "scale", log: &log).flatMap({ tieReference($0, log: &log) })
            let factor = inner.required(.by, in: "scale", log: &log).flatMap({ ValueReader.number($0, what: "by", code: .value, log: &log) })
            guard let tie, let factor else { return nil }
            return Shock(.scale(tie, factor: factor), origin: .file(inner[.tie]!.position))
        case .add:
            return readAddedTie(value, log: &log)
        case .add_actor:
            guard let inner = MappingReader<AddActorKey>(value, what: "add_actor", log: &log) else { return nil }
            let id = inner.required(.id, in: "add_actor", log: &log).flatMap { ValueReader.identifier($0, what: "actor id", log: &log) }
            let kind = inner.required(.kind, in: "add_actor", log: &log).flatMap {
                ValueReader.choice($0, ActorKind.self, what: "actor kind", code: .kind, log: &log)
            }
            let group = inner[.group].flatMap { ValueReader.identifier($0, what: "group", log: &log) }
            guard let id, let kind else { return nil }
            return Shock(.addActor(id: id, kind: kind, label: ValueReader.optionalText(inner[.label], what: "label", log: &log), group: group),
                         origin: .file(inner[.id]!.position))
        }
    }

    static func readAddedTie(_ node: YAMLNode, log: inout DiagnosticLog) -> Shock? {
        guard let map = MappingReader<AddKey>(node, what: "add", log: &log) else { return nil }
        var positions = Tie.Positions(entry: node.position)
        let ends = ModelLoader.readEnds(map, positions: &positions, log: &log)
        let kind = map.required(.kind, in: "add", log: &log).flatMap { ValueReader.choice($0, TieKind.self, what: "tie kind", code: .kind, log: &log) }
        let weight = map.required(.weight, in: "add", log: &log).flatMap { weightValue($0, log: &log) }
        guard let (from, to, directed) = ends, let kind, let weight else { return nil }
        if from == to {
            log.report(.selfTie(from), at: positions.to)
            return nil
        }
        if !kind.accepts(weight: weight) {
            log.report(.addedTieSignMismatch(kind, weight: weight), at: map[.weight]!.position)
        }
        return Shock(.add(from: from, to: to, directed: directed, kind: kind, weight: weight,
                          label: ValueReader.optionalText(map[.label], what: "label", log: &log)),
                     origin: .file(positions.from))
    }

    static func tieReference(_ node: YAMLNode, log: inout DiagnosticLog) -> TieReference? {
        guard let text = ValueReader.text(node, what: "a tie name", log: &log) else { return nil }
        do {
            return try TieReference(parsing: text)
        } catch {
            switch error {
            case .malformed:
                log.report(.malformedTie(text), at: node.position)
            case .unknownKind(let kind, let hint):
                log.report(.unknownTieKind(kind, in: text, hint: hint), at: node.position)
            }
            return nil
        }
    }

    static func weightValue(_ node: YAMLNode, log: inout DiagnosticLog) -> Double? {
        guard let weight = ValueReader.number(node, what: "weight", code: .weight, log: &log) else { return nil }
        guard (-1...1).contains(weight) else {
            log.report(.shockWeightOutOfRange(weight), at: node.position)
            return nil
        }
        return weight
    }

    // MARK: - Propagation and expectations

    enum PropagationKey: Int, MappingKey {
        case model, coupling, steps, rate, threshold
        static let table = MappingKeys(Self.self, names: ["model", "coupling", "steps", "rate", "threshold"])
    }
    static var propagationKeys: [String] { PropagationKey.table.names }
    enum ExpectationKey: Int, MappingKey {
        case tie, actor, metric, change, note, probability, min_change
        static let table = MappingKeys(Self.self, names: ["tie", "actor", "metric", "change", "note", "probability", "min_change"])
    }
    static var expectationKeys: [String] { ExpectationKey.table.names }

    static func readPropagation(_ node: YAMLNode, log: inout DiagnosticLog) -> Propagation? {
        guard let map = MappingReader<PropagationKey>(node, what: "propagation", log: &log) else { return nil }
        var propagation = Propagation.standard
        if let model = map[.model].flatMap({ ValueReader.choice($0, Propagation.Model.self, what: "propagation model", code: .value, log: &log) }) {
            propagation.model = model
        }
        if let node = map[.coupling], let coupling = ValueReader.number(node, what: "coupling", code: .value, log: &log) {
            if Propagation.acceptsCoupling(coupling) { propagation.coupling = coupling } else {
                log.report(.couplingOutOfRange(default: Propagation.defaultCoupling), at: node.position)
            }
        }
        // The step-by-step rule's parameters: the equilibrium has no steps, rate or threshold.
        for (key, name) in [(PropagationKey.steps, "steps"), (.rate, "rate"), (.threshold, "threshold")] {
            if let node = map[key] {
                log.report(.ignoredSetting(name), at: node.position)
            }
        }
        return propagation
    }

    static func readExpectation(_ node: YAMLNode, log: inout DiagnosticLog) -> Expectation? {
        guard let map = MappingReader<ExpectationKey>(node, what: "an expectation", log: &log) else { return nil }
        let change = map.required(.change, in: "an expectation", log: &log).flatMap {
            ValueReader.choice($0, Expectation.Change.self, what: "change", code: .value, log: &log)
        }
        var target: Expectation.Target?
        if let tie = map[.tie] {
            target = tieReference(tie, log: &log).map { .pair($0) }
        } else if let actor = map[.actor] {
            let metric = map.required(.metric, in: "an actor expectation", log: &log).flatMap {
                ValueReader.choice($0, ActorMetric.self, what: "actor metric", code: .value, log: &log)
            }
            if let name = ValueReader.optionalText(actor, what: "actor", log: &log), let metric { target = .actor(name, metric) }
        } else if let metric = map[.metric] {
            target = ValueReader.choice(metric, GraphMetric.self, what: "graph metric", code: .value, log: &log).map { .graph($0) }
        } else {
            log.report(.noExpectationTarget(), at: node.position)
        }
        guard let target, let change else { return nil }
        let allowed: [Expectation.Change]
        switch target {
        case .pair: allowed = [.weaker, .stronger, .moreCooperative, .moreConflictual, .removed, .unchanged]
        case .actor, .graph: allowed = [.increase, .decrease, .unchanged]
        }
        guard allowed.contains(change) else {
            log.report(.changeDoesNotApply(change.rawValue, allowed: allowed.map(\.rawValue)), at: map[.change]!.position)
            return nil
        }
        var probability: Double?
        if let node = map[.probability], let value = ValueReader.number(node, what: "probability", code: .value, log: &log) {
            if value > 0 && value <= 1 { probability = value } else {
                log.report(.probabilityOutOfRange(), at: node.position)
            }
        }
        var minChange: Double?
        if let node = map[.min_change], let value = ValueReader.number(node, what: "min_change", code: .value, log: &log) {
            if value >= 0 && value <= 2 { minChange = value } else {
                log.report(.minChangeOutOfRange(), at: node.position)
            }
        }
        return Expectation(target: target, change: change, note: ValueReader.optionalText(map[.note], what: "note", log: &log), position: node.position,
                           probability: probability, minChange: minChange)
    }
}

extension ScenarioLoader {
    /// The folders a scenario's `graph:` may name a model in: the repository the scenario is
    /// in (`ProjectBoundary`), else the scenario's own folder and those below it. A scenario
    /// from elsewhere cannot make relgraph read, and quote from, a file of the user's choosing
    /// outside its project (`graph: /etc/…`, `../../…`, a link out of the tree).
    static func graphTree(of scenarioPath: String) -> String {
        let folder = PathText.split(scenarioPath).folder
        let start = folder.isEmpty ? "." : folder
        return ProjectBoundary.repositoryRoot(of: start) ?? ProjectBoundary.resolved(start)
    }

    /// A graph named relative to the scenario's folder (`~` expanded, `.` and `..` taken
    /// away, through symbolic links where the path has `..`), then relative to the current
    /// folder when it lies below it: shorter in messages.
    static func locateGraph(_ text: String, nextTo path: String) -> String {
        let full = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(text).standardizedFileURL.path
        let current = FileManager.default.currentDirectoryPath
        return full.hasPrefix(current + "/") ? String(full.dropFirst(current.count + 1)) : full
    }
}
