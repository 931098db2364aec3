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
        let pairs = SyntheticStructure.pairs(actors: actors, blocCount: blocCount, ties: parameters.ties, random: &random)
        let sourceCount = Self.sourceCount(ties: parameters.ties)
        var ties: [SyntheticTie] = []
        ties.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() {
            ties.append(SyntheticTie.make(index: index, pair, actors: actors, sourceCount: sourceCount, random: &random))
        }
        self.ties = ties
        sources = (0 ..< sourceCount).map { SyntheticSource.make(index: $0, random: &random) }
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
