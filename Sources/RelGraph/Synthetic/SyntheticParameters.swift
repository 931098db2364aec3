/// What `relgraph generate` is asked for: exact counts and a seed.
public struct SyntheticParameters: Sendable, Hashable {
    /// Beyond this the model would not load: `FileInput.maximumBytes` holds about 1.5 million ties.
    public static let maximumTies = 1_000_000
    public static let maximumActors = 1_000_000

    public var actors: Int
    public var ties: Int
    public var seed: UInt64
    /// Dated periods (months from January 2025): 1 is a model of one date. With more, a third
    /// of the ties are later records of the first two thirds' pairs (docs/generate.md).
    public var periods: Int

    public static let maximumPeriods = 120

    public init(actors: Int, ties: Int, seed: UInt64, periods: Int = 1) {
        self.actors = actors
        self.ties = ties
        self.seed = seed
        self.periods = periods
    }

    /// Ties of the first period's pairs (one per pair); the rest are their later records.
    public var baseTies: Int { periods > 1 ? ties - ties / 3 : ties }

    /// Pairs of distinct actors: the most ties a model with one tie per pair can have.
    public static func possiblePairs(_ actors: Int) -> Int { actors < 2 ? 0 : actors * (actors - 1) / 2 }

    /// Why these counts cannot be generated exactly, or nil when they can.
    ///
    /// Every actor needs a tie (an isolated actor is a warning) and the generator joins all of
    /// them into one component first, so at least `actors − 1` ties; each pair gets at most one
    /// tie, so at most `actors·(actors − 1)/2`.
    public var problem: String? {
        if actors < 2 { return "--actors must be at least 2 (a tie joins two actors)" }
        if actors > Self.maximumActors { return "--actors must be at most \(Self.maximumActors)" }
        if ties > Self.maximumTies { return "--ties must be at most \(Self.maximumTies) (a larger model would not load)" }
        if periods < 1 || periods > Self.maximumPeriods { return "--periods must be from 1 to \(Self.maximumPeriods)" }
        if periods > 1 {
            let base = baseTies, changes = ties - base
            if base < actors - 1 {
                var least = actors - 1
                while least - least / 3 < actors - 1 { least += 1 }
                return "--ties must be at least \(least) with --periods: two thirds of the ties join the actors, every actor needs one"
            }
            if base > Self.possiblePairs(actors) {
                return "--ties \(ties) is too many for \(actors) actors with --periods: two thirds of them (\(base)) must fit the \(Self.possiblePairs(actors)) pairs"
            }
            if changes > base / 2 * (periods - 1) {
                return "--ties \(ties) needs more periods: a third of the ties are changes, at most one per tie and period for half the ties"
            }
            return nil
        }
        if ties < actors - 1 {
            return "--ties must be at least --actors − 1 = \(actors - 1): every actor needs a tie, and the actors are first joined into one connected graph"
        }
        let pairs = Self.possiblePairs(actors)
        if ties > pairs {
            return "--ties \(ties) is more than the \(pairs) pairs \(actors) actors can form (one tie per pair)"
        }
        return nil
    }
}
