/// A synthetic relgraph model with the shape of event data (GDELT, ICEWS): blocs friendly
/// inside and hostile between them with some frustration, heavy-tailed degrees, mixed
/// signs, tie kinds that agree with their signs, directed and dated ties, cited sources.
/// What `relgraph generate` writes; the structure and parameters are in docs/generate.md.
///
/// Everything is drawn from one `SplitMix64` stream in a fixed order, with integer
/// arithmetic and comparisons only, so a seed gives the same bytes on every machine. The
/// output passes `relgraph check` with no error and no warning.
public struct SyntheticModel: Sendable {
    public let parameters: SyntheticParameters
    let actors: [SyntheticActor]
    let blocCount: Int
    let ties: [SyntheticTie]
    let sources: [SyntheticSource]
    let names: SyntheticNames
    /// With periods: each tie's later records (period, weight in hundredths), ascending, and
    /// the period a tie starts or ends in (nil: it holds in every period).
    let changes: [[(period: Int, hundredths: Int)]]
    let startPeriod: [Int?]
    let endPeriod: [Int?]

    /// The model's date: every actor exists on it, and most ties hold on it.
    static let asOfYear = 2025
    /// Actors founded later than this and ending earlier than `latestUntil` would not all overlap.
    static let latestSince = 2010
    static let earliestUntil = 2016
    static let firstYear = 1990

    /// Generates the model; `parameters.problem` must be nil.
    public init(_ parameters: SyntheticParameters) {
        precondition(parameters.problem == nil, parameters.problem ?? "")
        self.parameters = parameters
        var random = SplitMix64(seed: parameters.seed)
        let n = parameters.actors
        names = SyntheticNames(count: n)
        let blocCount = Self.blocCount(actors: n)
        self.blocCount = blocCount
        let actors = Self.makeActors(n, blocs: blocCount, random: &random)
        self.actors = actors
        let pairs = SyntheticStructure.pairs(actors: actors, blocCount: blocCount, ties: parameters.baseTies, random: &random)
        let sourceCount = Self.sourceCount(ties: parameters.ties)
        var ties: [SyntheticTie] = []
        ties.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() {
            ties.append(SyntheticTie.make(index: index, pair, actors: actors, sourceCount: sourceCount, random: &random))
        }
        self.ties = ties
        sources = (0 ..< sourceCount).map { SyntheticSource.make(index: $0, random: &random) }
        (changes, startPeriod, endPeriod) = Self.history(ties, actors: actors, parameters: parameters)
    }

    /// The first day of period k: month k from January 2025.
    static func period(_ k: Int) -> (year: Int, month: Int) { (asOfYear + k / 12, k % 12 + 1) }

    /// A dated history over `parameters.periods` months, from its own stream (so a model of
    /// one period keeps its bytes): of the ties that hold in 2025, one in 20 starts in a later
    /// period and one in 20 ends; the others take the changes, each a later record of a tie
    /// (a distinct tie and period, drawn uniformly) with a new weight of the same sign.
    static func history(_ ties: [SyntheticTie], actors: [SyntheticActor],
                        parameters: SyntheticParameters) -> ([[(period: Int, hundredths: Int)]], [Int?], [Int?]) {
        var changes = [[(period: Int, hundredths: Int)]](repeating: [], count: ties.count)
        var start = [Int?](repeating: nil, count: ties.count), end = start
        let periods = parameters.periods
        guard periods > 1 else { return (changes, start, end) }
        var random = SplitMix64(seed: parameters.seed ^ 0x5045_5249_4F44_5321)
        var eligible: [Int] = []
        for (index, tie) in ties.enumerated() where tie.until == nil && actors[tie.from].until == nil && actors[tie.to].until == nil {
            switch random.below(20) {
            case 0: start[index] = random.integer(in: 1 ... periods - 1)
            case 1: end[index] = random.integer(in: 1 ... periods - 1)
            default: eligible.append(index)
            }
        }
        let wanted = parameters.ties - parameters.baseTies
        // A small model may need the ties marked to start or end for its changes.
        for index in ties.indices where wanted > eligible.count * (periods - 1) && (start[index] != nil || end[index] != nil) {
            start[index] = nil
            end[index] = nil
            eligible.append(index)
        }
        precondition(wanted <= eligible.count * (periods - 1), "too few ties hold in 2025 for \(wanted) changes")
        var taken = Set<Int>()
        while taken.count < wanted {
            let tie = eligible[random.below(eligible.count)], k = random.integer(in: 1 ... periods - 1)
            if taken.insert(tie * periods + k).inserted { changes[tie].append((k, 0)) }
        }
        for index in changes.indices where !changes[index].isEmpty {
            changes[index].sort { $0.period < $1.period }
            var previous = ties[index].hundredths
            for c in changes[index].indices {
                var magnitude = random.integer(in: 5 ... 94)
                if magnitude >= abs(previous) { magnitude += 1 }
                previous = previous < 0 ? -magnitude : magnitude
                changes[index][c].hundredths = previous
            }
        }
        return (changes, start, end)
    }

    /// About 1.5 × the cube root of the actor count: 7 blocs for 100 actors, 15 for 1,000,
    /// 31 for 10,000; at least 2, and never more than half the actors.
    static func blocCount(actors n: Int) -> Int {
        var root = 1
        while (root + 1) * (root + 1) * (root + 1) <= n { root += 1 }
        return max(2, min(n / 2, root * 3 / 2))
    }

    /// One source for every 40 ties (at least one), so that each source is cited ~50 times.
    static func sourceCount(ties: Int) -> Int { max(1, ties / 40) }

    static func makeActors(_ n: Int, blocs: Int, random: inout SplitMix64) -> [SyntheticActor] {
        // Bloc sizes fall off as 1/(b + 2): a few large blocs and many small ones.
        var cumulative: [Int] = []
        var total = 0
        for b in 0 ..< blocs {
            total += 720_720 / (b + 2)
            cumulative.append(total)
        }
        var actors: [SyntheticActor] = []
        actors.reserveCapacity(n)
        for index in 0 ..< n {
            // The first actor of each bloc founds it: a state, in its group, always there.
            if index < blocs {
                actors.append(SyntheticActor(kind: .state, bloc: index, grouped: true, since: nil, until: nil))
                continue
            }
            let draw = random.below(total)
            let bloc = cumulative.firstIndex { draw < $0 }!
            let kindDraw = random.below(100)
            let kind: ActorKind = switch kindDraw {
            case ..<70: .state
            case ..<80: .organization
            case ..<87: .person
            case ..<93: .force
            case ..<95: .bloc
            case ..<97: .corridor
            case ..<99: .infrastructure
            default: .other
            }
            let grouped = random.below(100) >= 5
            // Intervals all overlap (every since ≤ 2010 < 2016 ≤ every until), so any two actors
            // can be tied and every tie's dates fit both its actors.
            let since = random.below(100) < 8 ? random.integer(in: 1991 ... latestSince) : nil
            let until = random.below(100) < 3 ? random.integer(in: earliestUntil ... asOfYear - 1) : nil
            actors.append(SyntheticActor(kind: kind, bloc: bloc, grouped: grouped, since: since, until: until))
        }
        return actors
    }
}
