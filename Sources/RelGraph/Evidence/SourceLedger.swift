/// Which ties each source supports, and where the model's evidence is thin: ties that rest
/// on one source, ties that rest only on low-graded sources, sources that nothing cites.
///
/// A tie counts once per source however many quotes it takes from that source. A tie rests
/// "only on low-graded sources" when every source it cites has a grade and that grade is low
/// (`AdmiraltyGrade.isLow`: reliability D–F or credibility 4–6); an ungraded source is not
/// counted as low, since nothing is known against it.
public struct SourceLedger: Sendable {
    /// One source and the ties that cite it, in model order.
    public struct Entry: Sendable {
        public var source: Source
        /// Indices into `model.ties`.
        public var ties: [Int]
        /// Those of `ties` that cite no other source.
        public var soleSupport: [Int]
        /// Those of `ties` that cite only low-graded sources.
        public var lowGradeOnly: [Int]
    }

    public let model: Model
    /// The day the ties were taken on, or nil for every tie whatever its dates.
    public let day: Day?
    /// The ties considered (all of them, or those holding on `day`), in model order.
    public let tieIndices: [Int]
    /// Every source, in model order.
    public let entries: [Entry]
    /// Ties citing exactly one distinct source.
    public let singleSourceTies: [Int]
    /// Ties whose every cited source is graded low.
    public let lowGradeOnlyTies: [Int]
    /// Sources that none of the ties considered cite.
    public var uncitedSources: [Source] { entries.filter { $0.ties.isEmpty }.map(\.source) }

    /// The ledger over the ties that hold on `day`, or over every tie when `day` is nil.
    public init(_ model: Model, on day: Day? = nil) {
        self.model = model
        self.day = day
        let considered = day.map { model.snapshot(at: $0).tieIndices } ?? Array(model.ties.indices)
        self.tieIndices = considered
        let grades = Dictionary(model.sources.map { ($0.id, $0.grade) }, uniquingKeysWith: { first, _ in first })
        var bySource: [String: [Int]] = [:]
        var single: [Int] = []
        var low: [Int] = []
        for index in considered {
            let cited = model.ties[index].citations.map(\.source).uniqued()
            for id in cited { bySource[id, default: []].append(index) }
            if cited.count == 1 { single.append(index) }
            if !cited.isEmpty && cited.allSatisfy({ grades[$0]??.isLow == true }) { low.append(index) }
        }
        let singleSet = Set(single), lowSet = Set(low)
        entries = model.sources.map { source in
            let ties = bySource[source.id] ?? []
            return Entry(source: source, ties: ties, soleSupport: ties.filter(singleSet.contains), lowGradeOnly: ties.filter(lowSet.contains))
        }
        var seen = Set<String>(), shared = Set<String>()
        for tie in model.ties where !seen.insert(tie.name(withKind: true)).inserted { shared.insert(tie.name(withKind: true)) }
        sharedNames = shared
        singleSourceTies = single
        lowGradeOnlyTies = low
    }

    /// Names that several ties share (same pair and kind, different dates).
    private let sharedNames: Set<String>

    /// `A~B:kind` or `A->B:kind`, the name the command line uses for the tie, with its dates
    /// when another tie has the same name.
    public func name(ofTie index: Int) -> String {
        let tie = model.ties[index]
        let name = tie.name(withKind: true)
        guard sharedNames.contains(name), let dates = tie.validity.summary else { return name }
        return "\(name) (\(dates))"
    }

    /// The distinct sources a tie cites, in citation order.
    public func sources(ofTie index: Int) -> [String] { model.ties[index].citations.map(\.source).uniqued() }
}
