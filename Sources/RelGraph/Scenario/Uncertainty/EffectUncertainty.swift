/// What the draws say about one effect: its median, its 90 % interval, how often it goes
/// the median's way, the verdict, and what it rests on.
public struct EffectUncertainty: Sendable {
    /// Medians over the draws (the change's median is not the after's minus the before's).
    public let medianChange: Double
    public let medianAfter: Double
    /// The 5th and 95th percentiles of `after`.
    public let low: Double
    public let high: Double
    /// The share of draws whose change has the median's sign.
    public let share: Double
    public let verdict: Verdict
    /// For robust and likely effects: up to three ties whose draws move the effect most.
    public var keyTies: [KeyTie] = []
    /// Sources whose removal alone (in the central run) loses the effect's direction or
    /// materiality; nil when not tested (effects that are not robust or likely).
    public var restsOn: [String]? = nil
    /// The sources tested by leaving each one out.
    public var sourcesTested: [String] = []
    /// For robust and likely effects: the assumption ties (`basis: assumption`) among the ties
    /// the effect is traced through (its own, and those joining its ends to its carriers),
    /// each with whether the effect is lost without it.
    public var assumptions: [AssumptionUse] = []

    public init(medianChange: Double, medianAfter: Double, low: Double, high: Double, share: Double, verdict: Verdict) {
        self.medianChange = medianChange
        self.medianAfter = medianAfter
        self.low = low
        self.high = high
        self.share = share
        self.verdict = verdict
    }

    /// From the draws' values of the effect (changes and afters in draw order).
    init(changes: [Double], afters: [Double], materiality: Double) {
        let median = Quantile.of(changes, 0.5)
        let sign = median.sign
        let agreeing = median == 0 ? changes.count { $0 == 0 } : changes.count { $0 != 0 && $0.sign == sign }
        let share = changes.isEmpty ? 0 : Double(agreeing) / Double(changes.count)
        let sortedAfters = afters.sorted()
        self.init(medianChange: median, medianAfter: Quantile.sorted(sortedAfters, 0.5), low: Quantile.sorted(sortedAfters, 0.05),
                  high: Quantile.sorted(sortedAfters, 0.95), share: share,
                  verdict: Verdict(medianChange: median, share: share, materiality: materiality))
    }
}

/// A tie an effect rests on: how much of the effect's spread across the draws goes with it.
public struct KeyTie: Sendable {
    /// Its effect id (`tie-12`).
    public let tieID: String
    public let sources: [String]
    /// Each source's Admiralty grade, "ungraded" when it has none.
    public let grades: [String]
    /// Squared correlation between the tie's drawn effective weight (0 when absent) and the
    /// effect's change, over the draws.
    public let influence: Double
}

/// An assumption tie a finding runs through.
public struct AssumptionUse: Sendable, Hashable {
    /// Its effect id (`tie-12`).
    public let tieID: String
    /// Whether the central run without this tie loses the effect's direction or materiality.
    public let lostWithout: Bool
}

/// Quantiles with linear interpolation between order statistics (NumPy's default, "type 7").
enum Quantile {
    static func of(_ values: [Double], _ q: Double) -> Double { sorted(values.sorted(), q) }

    static func sorted(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, values.count - 1)
        let fraction = position - Double(lower)
        return fraction == 0 ? values[lower] : values[lower] + (values[upper] - values[lower]) * fraction
    }
}
