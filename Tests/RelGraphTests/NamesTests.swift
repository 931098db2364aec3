import Testing
@testable import RelGraph

@Suite("Names: tie references, actor names, suggestions, numbers")
struct NamesTests {
    @Test("tie names as the command line writes them")
    func tieReferences() throws {
        let mutual = try TieReference(parsing: "Azerbaijan~Russia")
        #expect(mutual == TieReference(from: "Azerbaijan", to: "Russia", directed: false))
        let directed = try TieReference(parsing: " Russia -> Armenia :leverage ")
        #expect(directed == TieReference(from: "Russia", to: "Armenia", directed: true, kind: .leverage))
        for bad in ["Azerbaijan", "A~", "~B", "A~B~C", "A->", "A->B->C", ""] {
            #expect(throws: TieReference.ParseError.self, "\(bad)") { try TieReference(parsing: bad) }
        }
        #expect(throws: TieReference.ParseError.unknownKind("allyance", hint: "did you mean 'alliance'?")) {
            try TieReference(parsing: "A~B:allyance")
        }
    }

    @Test("a mutual reference matches mutual ties in either order, a directed one only its direction")
    func matching() throws {
        let tie = Tie(from: "A", to: "B", kind: .cooperation, weight: 0.5)
        let directedTie = Tie(from: "A", to: "B", directed: true, kind: .leverage, weight: -0.3)
        #expect(try TieReference(parsing: "B~A").matches(tie))
        #expect(try !TieReference(parsing: "B~A").matches(directedTie))
        #expect(try TieReference(parsing: "A->B").matches(directedTie))
        #expect(try !TieReference(parsing: "B->A").matches(directedTie))
        #expect(try !TieReference(parsing: "A~B:trade").matches(tie))
    }

    @Test("actors by id, label or alias, in any case")
    func actorNames() {
        let names = ActorNames([
            Actor(id: "Turkiye", label: "Türkiye", kind: .state, aliases: ["Turkey", "Ankara"]),
            Actor(id: "USA", label: "United States", kind: .state, aliases: ["US"]),
        ])
        #expect(names.resolve("turkey") == "Turkiye")
        #expect(names.resolve("TÜRKIYE") == "Turkiye")
        #expect(names.resolve("united states") == "USA")
        #expect(names.resolve("Russia") == nil)
        #expect(names.suggestion(for: "Turkiey") == "Turkiye")
    }

    @Test("suggestions stay close and deterministic")
    func suggestions() {
        #expect(Suggestion.closest(to: "Azerbaijn", in: ["Azerbaijan", "Armenia"]) == "Azerbaijan")
        #expect(Suggestion.closest(to: "Qatar", in: ["Azerbaijan", "Armenia"]) == nil)
        #expect(Suggestion.closest(to: "ab", in: ["ac", "aa"]) == "aa")
    }

    @Test("ids are plain words in any script")
    func identifiers() {
        #expect(Identifier.isValid("Russia-peacekeepers"))
        #expect(Identifier.isValid("Türkiye"))
        #expect(Identifier.isValid("EU.27"))
        #expect(!Identifier.isValid("United States"))
        #expect(!Identifier.isValid("A~B"))
        #expect(!Identifier.isValid("-lead"))
        #expect(Identifier.suggestion(for: "United States") == "United-States")
    }

    @Test("weights print the same everywhere", arguments: [
        (0.9, "+0.9"), (-0.6, "-0.6"), (0.0, "0"), (1.0, "+1"), (0.125, "+0.13"), (-0.001, "0"),
    ])
    func weights(value: Double, text: String) {
        #expect(WeightFormat.signed(value) == text)
    }

    @Test("fixed places")
    func fixed() {
        #expect(WeightFormat.fixed(3.14159, decimals: 3) == "3.142")
        #expect(WeightFormat.fixed(-0.0004, decimals: 3) == "0.000")
        #expect(WeightFormat.fixed(-2.5, decimals: 1) == "-2.5")
        #expect(WeightFormat.fixed(12, decimals: 2) == "12.00")
    }
}
