import Testing
@testable import RelGraph

@Suite("Partial dates and validity intervals")
struct DatesTests {
    @Test("the three accepted forms, and what is refused", arguments: [
        ("2024", true), ("2024-04", true), ("2024-02-29", true), ("2023-02-29", false), ("2024-4", false),
        ("24-04-01", false), ("2024-13", false), ("2024-04-31", false), ("", false), ("2024-04-01T00:00", false), ("２０２４", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((PartialDate(parsing: text) != nil) == valid)
    }

    @Test("a partial date spans its whole period")
    func periods() throws {
        let april = try #require(PartialDate(parsing: "2024-04"))
        #expect(april.firstDay.description == "2024-04-01")
        #expect(april.lastDay.description == "2024-04-30")
        let year = try #require(PartialDate(parsing: "2024"))
        #expect(year.lastDay.description == "2024-12-31")
        #expect(PartialDate(parsing: "2024-02")!.lastDay.description == "2024-02-29")
    }

    @Test("day numbers round-trip and count from 1970")
    func dayNumbers() {
        #expect(Day(year: 1970, month: 1, day: 1).number == 0)
        #expect(Day(year: 2000, month: 3, day: 1).number == 11017)
        for number in stride(from: -800_000, through: 800_000, by: 997) {
            let (y, m, d) = Day(number: number).components
            #expect(Day(year: y, month: m, day: d).number == number)
        }
    }

    @Test("intervals are inclusive at both ends")
    func intervals() throws {
        let peacekeepers = Validity(since: PartialDate(parsing: "2020-11-10"), until: PartialDate(parsing: "2024-04"))
        #expect(!peacekeepers.contains(Day(year: 2020, month: 11, day: 9)))
        #expect(peacekeepers.contains(Day(year: 2020, month: 11, day: 10)))
        #expect(peacekeepers.contains(Day(year: 2024, month: 4, day: 30)))
        #expect(!peacekeepers.contains(Day(year: 2024, month: 5, day: 1)))
        let after = Validity(since: PartialDate(parsing: "2024-05"))
        #expect(!peacekeepers.overlaps(after))
        #expect(peacekeepers.overlaps(Validity(since: PartialDate(parsing: "2024-04-30"))))
        #expect(Validity.always.overlaps(peacekeepers))
    }
}
