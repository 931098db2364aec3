/// A source before it is written.
struct SyntheticSource: Sendable {
    var year: Int
    var month: Int
    var outlet: Int
    var grade: String
    var hasURL: Bool

    static let outlets = ["Synthetic Monitor", "Event Data Review", "Regional Affairs Digest", "Wire Service Archive", "Policy Brief Series"]

    static func make(index: Int, random: inout SplitMix64) -> SyntheticSource {
        let year = random.integer(in: 2000 ... SyntheticModel.asOfYear - 1)
        let month = random.integer(in: 1 ... 12)
        let outlet = random.below(outlets.count)
        // Mostly fairly reliable, sometimes doubtful: B2 and C3 dominate, as in curated event data.
        let reliability = ["A", "B", "B", "B", "C", "C", "D", "E", "F"][random.below(9)]
        let credibility = [1, 2, 2, 2, 3, 3, 4, 5, 6][random.below(9)]
        return SyntheticSource(year: year, month: month, outlet: outlet, grade: "\(reliability)\(credibility)", hasURL: random.below(2) == 0)
    }
}
