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

    @Test("loads and checks clean: no errors, no warnings but the list of its assumptions")
    func clean() throws {
        let (_, diagnostics) = try Self.load()
        let problems = diagnostics.filter { !$0.description.hasSuffix("[assumption]") }
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test("at least 40 actors and 90 ties, every cited tie with 1–3 quotes of at most 300 characters, at most 15 assumptions")
    func size() throws {
        let (model, _) = try Self.load()
        #expect(model.actors.count >= 40)
        #expect(model.ties.count >= 90)
        for tie in model.ties {
            #expect(tie.citations.count <= 3, "\(tie.name(withKind: true))")
            for citation in tie.citations { #expect(citation.quote.count <= 300) }
        }
        // A tie without citations is an assumption (basis: assumption): a gap in the evidence.
        #expect(model.ties.filter(\.citations.isEmpty).count <= 15)
        #expect(model.sources.count == 5)
        #expect(model.sources.allSatisfy { $0.grade != nil && $0.note != nil })
    }

    @Test("every pipeline, railway and corridor in use today is dated, and none has a tie in 1995")
    func infrastructureDated() throws {
        let (model, _) = try Self.load()
        // In use today: the Soviet-era Gabala radar (closed 2012) is not a route.
        let routes = Set(model.actors.filter { ($0.kind == .infrastructure || $0.kind == .corridor) && $0.validity.lastDay == nil }.map(\.id))
        #expect(routes.count >= 10)
        for actor in model.actors where routes.contains(actor.id) {
            #expect(actor.validity.firstDay != nil, "\(actor.id) has no since")
        }
        let early = model.snapshot(at: Day(year: 1995, month: 1, day: 1)).ties
            .filter { routes.contains($0.from) || routes.contains($0.to) }
        #expect(early.isEmpty, "\(early.map { $0.name(withKind: true) })")
    }

    @Test("membership weighs more than observer status, and observer status more than an application, in the same organisation")
    func membershipSteps() throws {
        let (model, _) = try Self.load()
        func weights(_ kind: TieKind) -> [String: [Double]] {
            Dictionary(grouping: model.ties.filter { $0.kind == kind }, by: \.to).mapValues { $0.map(\.weight) }
        }
        let members = weights(.membership), observers = weights(.observer), applicants = weights(.application)
        for (organisation, applied) in applicants {
            let above = (members[organisation] ?? []) + (observers[organisation] ?? [])
            #expect(applied.allSatisfy { a in above.allSatisfy { a < $0 } }, "\(organisation)")
        }
        for (organisation, observing) in observers {
            #expect(observing.allSatisfy { o in (members[organisation] ?? []).allSatisfy { o < $0 } }, "\(organisation)")
        }
        let bid = try #require(model.ties.first { $0.from == "Azerbaijan" && $0.to == "BRICS" && $0.kind == .application })
        #expect(bid.weight < 0.3, "admission to a loose bloc (+0.3) must be a step up")
    }

    @Test("Armenia's ties to the CSTO and the EAEU weaken between 2023 and late 2025")
    func armeniaDrifts() throws {
        let (model, _) = try Self.load()
        func membership(_ organisation: String, _ day: Day) -> Double {
            model.snapshot(at: day).ties
                .filter { $0.kind == .membership && Pair($0.from, $0.to) == Pair("Armenia", organisation) }
                .map(\.weight).reduce(0, +)
        }
        let then = Day(year: 2023, month: 6, day: 1), now = Day(year: 2025, month: 9, day: 1)
        for organisation in ["CSTO", "EAEU"] {
            #expect(membership(organisation, now) > 0, "still a member of the \(organisation)")
            #expect(membership(organisation, now) < membership(organisation, then), "\(organisation)")
        }
    }

    @Test("the West is tied together without Baku: with Azerbaijan left out, its cooperative ties still join the US, the UK, the EU, NATO, Türkiye and every EU member state")
    func westConnected() throws {
        let (model, _) = try Self.load()
        let snapshot = model.snapshot(at: Day(year: 2025, month: 9, day: 1))
        var parent: [String: String] = [:]
        func root(_ x: String) -> String {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        for tie in snapshot.ties where tie.weight > 0 && tie.from != "Azerbaijan" && tie.to != "Azerbaijan" {
            parent[root(tie.from)] = root(tie.to)
        }
        let members = snapshot.ties.filter { $0.kind == .membership && $0.to == "EU" }.map(\.from)
        #expect(members.count >= 10)
        let west = ["USA", "UK", "EU", "NATO", "Turkiye"] + members
        let roots = Set(west.map(root))
        #expect(roots.count == 1, "\(Dictionary(grouping: west, by: root).values.map { $0.sorted() })")
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
