/// What the uncertainty draws know about one tie: who reports it, how far each is believed,
/// what each reads its weight as, and how sure the coder was. Built from the model in one
/// place (`init(_:sources:)`), so the draws read nothing else of it.
public struct TieEvidence: Sendable {
    /// One source's report of the tie (several citations of one source are one report: they
    /// are not independent).
    public struct Report: Sendable {
        /// The source's number in the scenario's source list.
        public var source: Int
        /// The chance a draw believes it (`AdmiraltyGrade.beliefProbability`).
        public var probability: Double
        /// The source's own reading of the weight, when it differs from the tie's; nil reads `weight`.
        public var reading: Double?

        public init(source: Int, probability: Double, reading: Double? = nil) {
            self.source = source
            self.probability = probability
            self.reading = reading
        }
    }

    public var reports: [Report]
    /// A tie the analyst assumed (`basis: assumption`): there in 9 draws of 10, no citation.
    public var isAssumption: Bool
    /// The tie's coded weight.
    public var weight: Double
    /// σ of the spread around the weight's size, from `confidence`.
    public var spread: Double

    /// The chance an assumption tie is there in a draw.
    public static let assumptionPresence = 0.9

    public init(reports: [Report], isAssumption: Bool = false, weight: Double, spread: Double) {
        self.reports = reports
        self.isAssumption = isAssumption
        self.weight = weight
        self.spread = spread
    }

    /// σ by confidence: high 0.05, medium 0.10, low 0.15.
    public static func spread(_ confidence: Confidence) -> Double {
        switch confidence {
        case .high: return 0.05
        case .medium: return 0.10
        case .low: return 0.15
        }
    }

    /// A model tie's evidence. `sources` numbers the model's sources and gives each one's
    /// belief probability. One report per distinct source, however many times the tie cites
    /// it (its citations are not independent of one another); the report reads the mean of
    /// that source's citations' `reading:` (a citation without one reads the tie's weight),
    /// nil when none of them has one. An assumption (`basis: assumption`) has no reports.
    public init(_ tie: Tie, sources: [String: (number: Int, probability: Double)]) {
        let spread = Self.spread(tie.confidence)
        guard !tie.isAssumption else {
            self.init(reports: [], isAssumption: true, weight: tie.weight, spread: spread)
            return
        }
        var reports: [Report] = []
        var readings: [[Double]] = []
        var read: [Bool] = []
        for citation in tie.citations {
            let known = sources[citation.source] ?? (number: -1, probability: AdmiraltyGrade.ungraded.beliefProbability)
            let reading = citation.reading ?? tie.weight
            if let r = reports.firstIndex(where: { $0.source == known.number }) {
                readings[r].append(reading)
                read[r] = read[r] || citation.reading != nil
            } else {
                reports.append(Report(source: known.number, probability: known.probability))
                readings.append([reading])
                read.append(citation.reading != nil)
            }
        }
        for r in reports.indices where read[r] {
            reports[r].reading = readings[r].reduce(0, +) / Double(readings[r].count)
        }
        self.init(reports: reports, isAssumption: false, weight: tie.weight, spread: spread)
    }

    /// The tie's weight in the central run with one source left out: its weight when that
    /// source does not report it, the mean of the other reports' readings when it does, nil
    /// (absent) when it was the only report.
    public func weight(without source: Int) -> Double? {
        guard reports.contains(where: { $0.source == source }) else { return weight }
        let others = reports.filter { $0.source != source }
        if others.isEmpty { return isAssumption ? weight : nil }
        return others.reduce(0) { $0 + ($1.reading ?? weight) } / Double(others.count)
    }
}

extension Model {
    /// Each source's number (model order) and belief probability, for `TieEvidence`.
    public var sourceBelief: [String: (number: Int, probability: Double)] {
        var result: [String: (number: Int, probability: Double)] = [:]
        for (number, source) in sources.enumerated() where result[source.id] == nil {
            result[source.id] = (number, (source.grade ?? AdmiraltyGrade.ungraded).beliefProbability)
        }
        return result
    }
}
