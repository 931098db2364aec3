import RelGraph

/// Turns a parsed DOT graph into a model.
///
/// | DOT | model |
/// | --- | --- |
/// | node name | actor id (made a plain word if it is not one) |
/// | `actor_label`, else `label` | actor label |
/// | `kind`, `group` (`group_label`), `aliases` (`|`-separated), `since`, `until`, `note` | the same keys |
/// | cluster subgraph | a group (id from its name without `cluster`, label from its `label`) |
/// | `digraph` edge | directed tie, unless `dir=none` or `dir=both` (how relgraph draws mutual ties) |
/// | `graph` edge | mutual tie |
/// | `signed_weight`, else `weight` in −1 … +1 | weight; `sign` (`+`/`-`) sets its sign |
/// | `kind`, `confidence`, `since`, `until`, `note`; `tie_label`, else `label` | the same keys |
/// | graph `title`, else `label`, else its name; `as_of` | title; as_of |
///
/// DOT has no citations: every tie gets `ImportPlaceholder.citation`. Everything else — drawing
/// attributes (`color`, `shape`, `pos`, …), self-loops, weights out of range, unknown kinds,
/// unparseable dates, nested subgraphs — is listed as a warning, never dropped silently.
public enum DOTImporter {
    public static func read(_ graph: ParsedGraph, path: String, title fallbackTitle: String, today: PartialDate) -> ImportResult {
        var importer = Importer(path: path)
        importer.readGroups(graph.subgraphs)
        importer.readNodes(graph)
        importer.readEdges(graph)
        return importer.finish(graph, fallbackTitle: fallbackTitle, today: today)
    }

    /// Attributes the mapping reads; any other is reported as not carried over.
    static let nodeKeys: Set<String> = ["actor_label", "label", "kind", "group", "group_label", "aliases", "since", "until", "note"]
    static let edgeKeys: Set<String> = ["signed_weight", "weight", "sign", "kind", "confidence", "since", "until", "note", "tie_label", "label", "dir"]

    /// A data attribute's text: DOT's escapes undone (`\n`, `\l`, `\r` as line breaks, `\\` as `\`),
    /// as relgraph's DOT export writes them; nil when empty.
    static func dataText(_ raw: String?) -> String? {
        guard let raw, !raw.isEmpty else { return nil }
        guard raw.contains("\\") else { return raw }
        var out = ""
        var escaped = false
        for character in raw {
            if escaped {
                switch character {
                case "n", "l", "r": out.append("\n")
                case "\\": out.append("\\")
                default: out.append("\\"); out.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        if escaped { out.append("\\") }
        return out
    }

    /// DOT label text as it reads: escapes `\n`, `\l`, `\r` as spaces, `\N` as the node name, entities undone.
    static func labelText(_ raw: String, name: String) -> String? {
        var text = raw.replacing("\\N", with: name)
        for escape in ["\\n", "\\l", "\\r"] { text = text.replacing(escape, with: " ") }
        text = text.replacing("\\\\", with: "\\")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacing(entity, with: character)
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        return words.isEmpty ? nil : words
    }
}

private struct Importer {
    let path: String
    var diagnostics: [Diagnostic] = []
    var groups: [Group] = []
    var clusterOf: [String: String] = [:]
    var actors: [Actor] = []
    var idOfNode: [String: String] = [:]
    var ties: [Tie] = []
    /// Attribute name → how many nodes (or edges) had it, for one warning each.
    var skippedNodeAttributes: [String: Int] = [:]
    var skippedEdgeAttributes: [String: Int] = [:]
    var untyped = (actors: 0, ties: 0, unweighted: 0)

    init(path: String) { self.path = path }

    mutating func warn(_ message: Diagnostic.Message) {
        diagnostics.append(Diagnostic(message, path: path, at: .none))
    }

    mutating func identifier(_ name: String, what: String, taken: Set<String>) -> String {
        var id = name
        if !Identifier.isValid(id) {
            id = Identifier.suggestion(for: name) ?? "\(what)-\(taken.count + 1)"
            warn(.importedIDMadePlain(what, name, as: id))
        }
        if taken.contains(id) {
            var number = 2
            while taken.contains("\(id)-\(number)") { number += 1 }
            warn(.importedNodeIDAgain(what, name, id: id, as: "\(id)-\(number)"))
            id = "\(id)-\(number)"
        }
        return id
    }

    mutating func date(_ text: String?, what: String) -> PartialDate? {
        guard let text else { return nil }
        if let date = PartialDate(parsing: text.trimmingWhitespace) { return date }
        warn(.importedInvalidDate(what, text))
        return nil
    }

    mutating func readGroups(_ subgraphs: [ParsedGraph.Subgraph]) {
        for subgraph in subgraphs {
            guard subgraph.name.hasPrefix("cluster") else {
                warn(.subgraphNotCluster(subgraph.name))
                continue
            }
            var name = String(subgraph.name.dropFirst("cluster".count))
            while name.first == "_" || name.first == "-" { name.removeFirst() }
            let id = identifier(name.isEmpty ? subgraph.name : name, what: "group", taken: Set(groups.map(\.id)))
            groups.append(Group(id: id, label: subgraph.label.flatMap { DOTImporter.labelText($0, name: subgraph.name) }))
            for member in subgraph.members where clusterOf[member] == nil { clusterOf[member] = id }
        }
    }

    mutating func readNodes(_ graph: ParsedGraph) {
        var taken = Set<String>()
        for node in graph.nodes {
            let id = identifier(node.name, what: "actor", taken: taken)
            taken.insert(id)
            idOfNode[node.name] = id
            let attributes = node.attributes
            for key in attributes.keys where !DOTImporter.nodeKeys.contains(key) { skippedNodeAttributes[key, default: 0] += 1 }
            var label = DOTImporter.dataText(attributes["actor_label"]) ?? attributes["label"].flatMap { DOTImporter.labelText($0, name: node.name) }
            if label == nil, id != node.name { label = node.name }
            var note = DOTImporter.dataText(attributes["note"])
            var kind = ActorKind.other
            if let text = attributes["kind"]?.trimmingWhitespace, !text.isEmpty {
                if let known = ActorKind(rawValue: text.lowercased()) { kind = known } else {
                    warn(.importedUnknownNodeKind(id, text))
                    note = [note, "Imported kind: \(text)."].compactMap { $0 }.joined(separator: "\n")
                }
            } else {
                untyped.actors += 1
            }
            var group = clusterOf[node.name]
            if let text = attributes["group"]?.trimmingWhitespace, !text.isEmpty {
                let groupID = Identifier.isValid(text) ? text : (Identifier.suggestion(for: text) ?? text)
                if Identifier.isValid(groupID) {
                    group = groupID
                    if !groups.contains(where: { $0.id == groupID }) {
                        let label = DOTImporter.dataText(attributes["group_label"]) ?? (text == groupID ? nil : text)
                        groups.append(Group(id: groupID, label: label))
                    }
                } else {
                    warn(.importedGroupNotPlain(id, text))
                }
            }
            let aliases = (DOTImporter.dataText(attributes["aliases"]) ?? "").split(separator: "|").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            actors.append(Actor(id: id, label: label, kind: kind, group: group, aliases: aliases,
                                validity: Validity(since: date(attributes["since"], what: "actor '\(id)': since"),
                                                   until: date(attributes["until"], what: "actor '\(id)': until")),
                                note: note))
        }
    }

    mutating func readEdges(_ graph: ParsedGraph) {
        for edge in graph.edges {
            guard let from = idOfNode[edge.tail], let to = idOfNode[edge.head] else { continue }
            let name = "\(edge.tail) \(graph.directed ? "->" : "--") \(edge.head)"
            if from == to {
                warn(.importedSelfLoop(name))
                continue
            }
            let attributes = edge.attributes
            for key in attributes.keys where !DOTImporter.edgeKeys.contains(key) { skippedEdgeAttributes[key, default: 0] += 1 }
            let dir = attributes["dir"]?.lowercased()
            let directed = graph.directed && dir != "none" && dir != "both"
            var note = DOTImporter.dataText(attributes["note"])
            var kind = TieKind.other
            if let text = attributes["kind"]?.trimmingWhitespace, !text.isEmpty {
                if let known = TieKind(rawValue: text.lowercased()) { kind = known } else {
                    warn(.importedUnknownEdgeKind(name, text))
                    note = [note, "Imported kind: \(text)."].compactMap { $0 }.joined(separator: "\n")
                }
            } else {
                untyped.ties += 1
            }
            let weight = readWeight(attributes, edge: name)
            var confidence = Confidence.medium
            if let text = attributes["confidence"], !text.isEmpty {
                if let value = Confidence(rawValue: text.trimmingWhitespace.lowercased()) { confidence = value } else {
                    warn(.importedInvalidEdgeConfidence(name, text))
                }
            }
            let label = DOTImporter.dataText(attributes["tie_label"])
                ?? attributes["label"].flatMap { DOTImporter.labelText($0, name: "") }
            ties.append(Tie(from: from, to: to, directed: directed, kind: kind, weight: weight,
                            validity: Validity(since: date(attributes["since"], what: "edge \(name): since"),
                                               until: date(attributes["until"], what: "edge \(name): until")),
                            confidence: confidence, label: label, note: note))
        }
    }

    /// `signed_weight`, else `weight`, if within −1 … +1; `sign` overrides the sign. Else 0, reported.
    mutating func readWeight(_ attributes: [String: String], edge name: String) -> Double {
        var weight: Double?
        for key in ["signed_weight", "weight"] {
            guard weight == nil, let text = attributes[key]?.trimmingWhitespace, !text.isEmpty else { continue }
            if let value = DecimalNumber.parse(text), (-1...1).contains(value) {
                weight = value
            } else {
                warn(.importedEdgeWeightNotUsed(name, key: key, text))
            }
        }
        if let text = attributes["sign"]?.trimmingWhitespace.lowercased(), !text.isEmpty {
            let negative = ["-", "−", "negative", "conflict", "conflictual"].contains(text)
            let positive = ["+", "positive", "cooperation", "cooperative"].contains(text)
            if negative || positive {
                let size = abs(weight ?? 0.5)
                if weight == nil { warn(.importedSignWithoutWeight(name, sign: text, negative: negative)) }
                return negative ? -size : size
            }
            warn(.importedInvalidSign(name, text))
        }
        if weight == nil { untyped.unweighted += 1 }
        return weight ?? 0
    }

    mutating func finish(_ graph: ParsedGraph, fallbackTitle: String, today: PartialDate) -> ImportResult {
        if untyped.actors > 0 { warn(.importedNodesWithoutKind(untyped.actors)) }
        if untyped.ties > 0 { warn(.importedEdgesWithoutKind(untyped.ties)) }
        if untyped.unweighted > 0 {
            warn(.importedEdgesWithoutWeight(untyped.unweighted))
        }
        for (what, counts) in [("node", skippedNodeAttributes), ("edge", skippedEdgeAttributes)] {
            for key in counts.keys.sorted() {
                warn(.attributeNotImported(what, key, count: counts[key]!))
            }
        }
        var title = fallbackTitle
        if let text = DOTImporter.dataText(graph.attributes["title"]) {
            title = text
        } else if let label = graph.attributes["label"], let first = label.split(separator: "\\n", omittingEmptySubsequences: false).first.map(String.init).flatMap({ DOTImporter.labelText($0, name: graph.name) }) {
            title = first
        } else if !graph.name.isEmpty, !graph.name.hasPrefix("%") {
            title = graph.name
        }
        let skippedGraph = graph.attributes.keys.filter { !["title", "label", "as_of"].contains($0) }.sorted()
        if !skippedGraph.isEmpty { warn(.graphAttributesNotImported(skippedGraph)) }
        var model = Model(title: title, asOf: today, groups: groups, actors: actors, ties: ties)
        if let asOf = date(graph.attributes["as_of"], what: "as_of") {
            model.asOf = asOf
        } else {
            model.asOf = ImportPlaceholder.latestDate(in: model) ?? today
            warn(.importedNoAsOfAttribute(model.asOf, today: ImportPlaceholder.latestDate(in: model) == nil))
        }
        let placeholders = ImportPlaceholder.fill(&model)
        return ImportResult(model: model, diagnostics: diagnostics, placeholders: placeholders)
    }
}
