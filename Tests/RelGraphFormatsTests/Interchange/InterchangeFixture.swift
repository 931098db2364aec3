import Foundation
import Testing
@testable import RelGraph
@testable import RelGraphFormats
import TestSupport

/// The fixture with every feature, and a field-by-field comparison of models that ignores
/// source positions (which differ between a YAML file and the CSV it was exported to).
enum InterchangeFixture {
    static func model() throws -> Model {
        let result = try ModelLoader.load(contentsOf: Fixture.path("interchange-full.yaml"))
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return try #require(result.model)
    }

    static let defaultModelPath = Repository.path("graphs/south-caucasus.yaml")

    static func defaultModel() throws -> Model {
        try #require(try ModelLoader.load(contentsOf: defaultModelPath).model)
    }

    /// Every difference between two models, as readable lines; empty when they are the same.
    static func differences(_ a: Model, _ b: Model) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ what: String, _ x: T, _ y: T) { if x != y { out.append("\(what): \(x) ≠ \(y)") } }
        check("title", a.title, b.title)
        check("as_of", a.asOf, b.asOf)
        check("description", a.description, b.description)
        check("source count", a.sources.count, b.sources.count)
        for (x, y) in zip(a.sources, b.sources) {
            check("source id", x.id, y.id)
            check("\(x.id) title", x.title, y.title)
            check("\(x.id) author", x.author, y.author)
            check("\(x.id) outlet", x.outlet, y.outlet)
            check("\(x.id) date", x.date, y.date)
            check("\(x.id) url", x.url, y.url)
            check("\(x.id) grade", x.grade, y.grade)
            check("\(x.id) note", x.note, y.note)
        }
        check("group count", a.groups.count, b.groups.count)
        for (x, y) in zip(a.groups, b.groups) {
            check("group id", x.id, y.id)
            check("\(x.id) label", x.label, y.label)
            check("\(x.id) color", x.color, y.color)
        }
        check("actor count", a.actors.count, b.actors.count)
        for (x, y) in zip(a.actors, b.actors) {
            check("actor id", x.id, y.id)
            check("\(x.id) label", x.label, y.label)
            check("\(x.id) kind", x.kind, y.kind)
            check("\(x.id) group", x.group, y.group)
            check("\(x.id) aliases", x.aliases, y.aliases)
            check("\(x.id) validity", x.validity, y.validity)
            check("\(x.id) note", x.note, y.note)
        }
        check("tie count", a.ties.count, b.ties.count)
        for (x, y) in zip(a.ties, b.ties) {
            let name = x.name(withKind: true)
            check("tie", name, y.name(withKind: true))
            check("\(name) weight", x.weight, y.weight)
            check("\(name) validity", x.validity, y.validity)
            check("\(name) confidence", x.confidence, y.confidence)
            check("\(name) label", x.label, y.label)
            check("\(name) note", x.note, y.note)
            check("\(name) basis", x.basis, y.basis)
            check("\(name) rationale", x.rationale, y.rationale)
            check("\(name) citation count", x.citations.count, y.citations.count)
            for (c, d) in zip(x.citations, y.citations) {
                check("\(name) citation source", c.source, d.source)
                check("\(name) citation quote", c.quote, d.quote)
                check("\(name) citation at", c.at, d.at)
                check("\(name) citation reading", c.reading, d.reading)
            }
        }
        return out
    }

    /// The CSV export of `graph` as importer input, with the file names as paths.
    static func csvInput(_ graph: InterchangeGraph) -> CSVImporter.Input {
        var files: [String: CSVImporter.File] = [:]
        for (name, text) in CSVExporter.files(graph) { files[name] = CSVImporter.File(path: name, bytes: Array(text.utf8)) }
        return CSVImporter.Input(ties: files["ties.csv"]!, actors: files["actors.csv"], sources: files["sources.csv"],
                                 groups: files["groups.csv"], model: files["model.csv"])
    }
}

extension AdmiraltyGrade: CustomDebugStringConvertible {
    public var debugDescription: String { description }
}
