import Testing
@testable import RelGraph
import TestSupport

@Suite("Model lookups by id stay right as the lists change")
struct ModelLookupTests {
    @Test("actor, source and group lookups follow appends and replacements; the first of a duplicate wins")
    func lookups() throws {
        var model = try #require(load(ScenarioText.tinyModel(["A", "B"], [("A", "B", 0.5)])).model)
        #expect(model.actor("B")?.id == "B" && model.actor("C") == nil)
        model.actors.append(Actor(id: "C", label: "Cee", kind: .state))
        #expect(model.actor("C")?.label == "Cee")
        model.actors.append(Actor(id: "C", label: "Second", kind: .state))
        #expect(model.actor("C")?.label == "Cee")
        model.actors[0].label = "Ay"
        #expect(model.actor("A")?.label == "Ay")
        model.actors.removeFirst()
        #expect(model.actor("A") == nil && model.actorIndex["B"] == 0)
        model.sources = [Source(id: "x", title: "X", date: PartialDate(year: 2020)!)]
        #expect(model.source("x")?.title == "X" && model.source("s") == nil)
        model.groups.append(Group(id: "g", label: "Gee"))
        #expect(model.group("g")?.label == "Gee")
    }
}
