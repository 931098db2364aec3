import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// The shipped model's invariants that do not depend on the articles' text (the quotes
/// themselves are checked against the articles by the maintainers' check-quotes tool).
@Suite("The default model, graphs/south-caucasus.yaml")
struct DefaultModelTests {
    static let path = Repository.path("graphs/south-caucasus.yaml")

    static func load() throws -> (Model, [Diagnostic]) {
        let result = try ModelLoader.load(contentsOf: path)
        return (try #require(result.model), result.diagnostics)
    }

    @Test("loads and checks clean: no errors, no warnings")
    func clean() throws {
        let (_, diagnostics) = try Self.load()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test("at least 40 actors and 90 ties, every tie cited with 1–3 quotes of at most 300 characters")
    func size() throws {
        let (model, _) = try Self.load()
        #expect(model.actors.count >= 40)
        #expect(model.ties.count >= 90)
        for tie in model.ties {
            #expect((1...3).contains(tie.citations.count), "\(tie.name(withKind: true))")
            for citation in tie.citations { #expect(citation.quote.count <= 300) }
        }
        #expect(model.sources.count == 5)
        #expect(model.sources.allSatisfy { $0.grade != nil && $0.note != nil })
    }

    @Test("the Russian peacekeepers exist from 10 Nov 2020 until April 2024")
    func peacekeepers() throws {
        let (model, _) = try Self.load()
        let force = try #require(model.actor("Russia-peacekeepers"))
        #expect(force.kind == .force)
        #expect(force.validity.firstDay?.description == "2020-11-10")
        #expect(force.validity.lastDay?.description == "2024-04-30")
        #expect(model.snapshot(at: Day(year: 2023, month: 6, day: 1)).actors.contains { $0.id == "Russia-peacekeepers" })
        #expect(!model.snapshot(at: Day(year: 2025, month: 9, day: 1)).actors.contains { $0.id == "Russia-peacekeepers" })
    }

    @Test("2023 and late 2025 are visibly different worlds")
    func twoWorlds() throws {
        let (model, _) = try Self.load()
        let then = model.snapshot(at: Day(year: 2023, month: 6, day: 1)).signedGraph
        let now = model.snapshot(at: Day(year: 2025, month: 9, day: 1)).signedGraph
        // Azerbaijan–Russia turns after 25 December 2024; US–Azerbaijan after January 2025.
        let azRuThen = try #require(then.weight("Azerbaijan", "Russia")), azRuNow = try #require(now.weight("Azerbaijan", "Russia"))
        #expect(azRuNow < azRuThen)
        let usThen = try #require(then.weight("Azerbaijan", "USA")), usNow = try #require(now.weight("Azerbaijan", "USA"))
        #expect(usNow > usThen)
        let changed = Set(then.pairs.map { "\(then.nodes[$0.0])~\(then.nodes[$0.1])=\($0.2)" })
            .symmetricDifference(now.pairs.map { "\(now.nodes[$0.0])~\(now.nodes[$0.1])=\($0.2)" })
        #expect(changed.count >= 20, "only \(changed.count) pair relations differ")
    }

    @Test("disagreements between sources are recorded on the ties they concern")
    func disagreements() throws {
        let (model, _) = try Self.load()
        let noted = model.ties.filter { $0.note != nil && Set($0.citations.map(\.source)).count >= 2 }
        #expect(noted.count >= 10)
    }
}
