import Testing
@testable import RelGraph

@Suite("Timeline frames: a grid of dates")
struct FrameScheduleTests {
    func days(_ from: String, _ to: String, _ every: String) throws -> [String] {
        let interval = try #require(FrameSchedule.Interval(parsing: every))
        let first = try #require(PartialDate(parsing: from)).firstDay, last = try #require(PartialDate(parsing: to)).firstDay
        return FrameSchedule(from: first, to: last, every: interval).days.map(\.description)
    }

    @Test("first days of the grid, and --to as the last frame when it is off the grid")
    func grid() throws {
        #expect(try days("2020", "2025-10", "1y") == ["2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01", "2025-10-01"])
        #expect(try days("2023-06", "2024-06", "6m") == ["2023-06-01", "2023-12-01", "2024-06-01"])
        #expect(try days("2024-11", "2025-03", "3m") == ["2024-11-01", "2025-02-01", "2025-03-01"])
        #expect(try days("2024", "2024", "1y") == ["2024-01-01"])
        #expect(try days("2025", "2024", "1y") == [])
    }

    @Test("a month-end start keeps its day where it can")
    func monthEnds() throws {
        #expect(try days("2024-01-31", "2024-04-30", "1m") == ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"])
    }

    @Test("intervals: Nm and Ny, nothing else")
    func intervals() {
        #expect(FrameSchedule.Interval(parsing: "6m")?.months == 6)
        #expect(FrameSchedule.Interval(parsing: "2Y")?.months == 24)
        #expect(FrameSchedule.Interval(parsing: "12m")?.description == "1y")
        for bad in ["", "m", "0m", "-1y", "6", "6w", "1.5y", "６m"] { #expect(FrameSchedule.Interval(parsing: bad) == nil, "\(bad)") }
    }
}
