import Testing
@testable import RelGraph

@Suite("Repeated ties in the same period")
struct RepeatedTieTests {
    /// The definition, by looking at every earlier period.
    static func bruteForce(_ periods: [FirstOverlap.Period]) -> [Int?] {
        periods.indices.map { i in
            (0..<i).first { j in periods[j].start <= periods[i].end && periods[i].start <= periods[j].end }
        }
    }

    @Test("each period's first earlier overlapping period, as looking at every earlier one finds it")
    func firstEarlierOverlaps() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let count = Int.random(in: 0...60, using: &generator)
            let periods = (0..<count).map { _ -> FirstOverlap.Period in
                let start = Int.random(in: 0...100, using: &generator)
                let end = start + Int.random(in: 0...15, using: &generator)
                switch Int.random(in: 0...9, using: &generator) {
                case 0: return .init(start: .min, end: end)
                case 1: return .init(start: start, end: .max)
                case 2: return .init(start: .min, end: .max)
                default: return .init(start: start, end: end)
                }
            }
            #expect(FirstOverlap.firstEarlierOverlaps(periods) == Self.bruteForce(periods))
        }
    }

    @Test("many ties of one pair: each repeat named at its line, with the first tie it overlaps")
    func manyTiesOfOnePair() {
        // 40 ties of A~B in two kinds, years chosen so that some overlap and some do not.
        var lines = ["relgraph: 1", "title: t", "as_of: 2025-01-01", "sources:", "  - {id: s, title: T, date: 2025}",
                     "actors:", "  - {id: A, kind: state}", "  - {id: B, kind: state}", "ties:"]
        var ties: [(line: Int, kind: String, period: FirstOverlap.Period)] = []
        for index in 0..<40 {
            let kind = index % 3 == 0 ? "rivalry" : "alliance"
            let weight = kind == "rivalry" ? "-0.5" : "0.5"
            let since = 1950 + (index * 7) % 50, until = since + index % 4
            lines.append("  - {between: [A, B], kind: \(kind), weight: \(weight), since: \(since), until: \(until), cite: [{source: s, quote: q}]}")
            let start = Day(year: since, month: 1, day: 1).number, end = Day(year: until, month: 12, day: 31).number
            ties.append((lines.count, kind, .init(start: start, end: end)))
        }
        let result = ModelLoader.load(Array((lines.joined(separator: "\n") + "\n").utf8), path: "m.yaml")
        let found = result.diagnostics.filter { $0.code == "duplicate-tie" }.map { "\($0.position.line) \($0.message)" }
        var expected: [String] = []
        for (index, tie) in ties.enumerated() {
            let earlier = (0..<index).first { j in
                ties[j].kind == tie.kind && ties[j].period.start <= tie.period.end && tie.period.start <= ties[j].period.end
            }
            if let earlier {
                expected.append("\(tie.line) a second '\(tie.kind)' tie A~B in the same period (first at line \(ties[earlier].line))")
            }
        }
        #expect(expected.count > 5)
        #expect(found == expected)
    }
}
