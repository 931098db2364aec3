import RelGraph
import Testing

@Suite("relgraph generate --periods")
struct DatedSyntheticModelTests {
    @Test("a dated model: exact counts, no diagnostic, a third of the ties later records, changes in many periods",
          arguments: [(30, 100, 4), (150, 15000, 12)])
    func dated(actors: Int, ties: Int, periods: Int) throws {
        let text = SyntheticModel(SyntheticParameters(actors: actors, ties: ties, seed: 2, periods: periods)).yaml
        let result = ModelLoader.load(text, path: "dated.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3))")
        let model = try #require(result.model)
        #expect(model.actors.count == actors)
        #expect(model.ties.count == ties)
        #expect(Set(model.ties.map(\.unorderedPair)).count == ties - ties / 3)
        #expect(model.asOf == PartialDate(year: 2025, month: periods, day: 1))
        // Every period after the first starts some ties: the history is spread over them.
        let starts = Set(model.ties.compactMap { tie -> Int? in
            guard let since = tie.validity.since, since.year == 2025 else { return nil }
            return since.month
        })
        #expect(starts == Set(2 ... periods))
        let history = RecordedHistory(model: model, from: Day(year: 2025, month: 1, day: 1), to: Day(year: 2025, month: periods, day: 1))
        #expect(!history.items(.changed).isEmpty && !history.items(.appeared).isEmpty && !history.items(.ended).isEmpty)
    }

    @Test("one period is the model it always was: the same bytes as without the option")
    func onePeriod() {
        #expect(SyntheticModel(SyntheticParameters(actors: 40, ties: 120, seed: 5, periods: 1)).yaml
                == SyntheticModel(SyntheticParameters(actors: 40, ties: 120, seed: 5)).yaml)
    }

    @Test("impossible periods are refused with the reason")
    func problems() {
        #expect(SyntheticParameters(actors: 10, ties: 20, seed: 1, periods: 0).problem == "--periods must be from 1 to 120")
        #expect(SyntheticParameters(actors: 10, ties: 90, seed: 1, periods: 3).problem?.hasPrefix("--ties 90 is too many for 10 actors with --periods") == true)
        #expect(SyntheticParameters(actors: 10, ties: 12, seed: 1, periods: 3).problem?.hasPrefix("--ties must be at least 13 with --periods") == true)
        #expect(SyntheticParameters(actors: 10, ties: 13, seed: 1, periods: 3).problem == nil)
        #expect(SyntheticParameters(actors: 150, ties: 15000, seed: 1, periods: 12).problem == nil)
    }
}
