/// The model as of one day: the actors that exist and the ties that hold then.
public struct Snapshot: Sendable {
    public let model: Model
    public let day: Day
    /// Indices into `model.actors`, in model order.
    public let actorIndices: [Int]
    /// Indices into `model.ties`, in model order.
    public let tieIndices: [Int]

    public init(model: Model, day: Day, actorIndices: [Int], tieIndices: [Int]) {
        self.model = model
        self.day = day
        self.actorIndices = actorIndices
        self.tieIndices = tieIndices
    }

    public var actors: [Actor] { actorIndices.map { model.actors[$0] } }
    public var ties: [Tie] { tieIndices.map { model.ties[$0] } }

    /// Without actors that have no tie on this day: they exist, but a picture gains nothing from them.
    public func withoutIsolatedActors() -> Snapshot {
        var tied = Set<String>()
        for tie in ties {
            tied.insert(tie.from)
            tied.insert(tie.to)
        }
        return Snapshot(model: model, day: day, actorIndices: actorIndices.filter { tied.contains(model.actors[$0].id) }, tieIndices: tieIndices)
    }

    /// Only what lies within `depth` ties of `actor` (ties taken in either direction).
    public func focused(on actor: String, depth: Int) -> Snapshot {
        let reached = reach(from: actor, depth: depth).actors
        return Snapshot(model: model, day: day,
                        actorIndices: actorIndices.filter { reached.contains(model.actors[$0].id) },
                        tieIndices: tieIndices.filter { reached.contains(model.ties[$0].from) && reached.contains(model.ties[$0].to) })
    }

    /// The actors within `depth` ties of `actor`, and the number of levels searched: the search
    /// stops at the first level that reaches nobody new, so it takes at most as many levels as
    /// there are actors, whatever `depth` asks (`--depth 9223372036854775807` included).
    func reach(from actor: String, depth: Int) -> (actors: Set<String>, levels: Int) {
        var adjacency: [String: [String]] = [:]
        for tie in ties {
            adjacency[tie.from, default: []].append(tie.to)
            adjacency[tie.to, default: []].append(tie.from)
        }
        var reached: Set<String> = [actor]
        var frontier = [actor]
        var levels = 0
        while levels < depth, !frontier.isEmpty {
            levels += 1
            var next: [String] = []
            for id in frontier {
                for neighbour in adjacency[id, default: []] where reached.insert(neighbour).inserted {
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return (reached, levels)
    }
}

extension Model {
    /// The day `as_of` stands for: its first day.
    public var asOfDay: Day { asOf.firstDay }

    /// Actors that exist on `day`, and ties that hold on `day` between two of them.
    public func snapshot(at day: Day? = nil) -> Snapshot {
        let day = day ?? asOfDay
        var present = Set<String>()
        var actorIndices: [Int] = []
        for (index, actor) in actors.enumerated() where actor.validity.contains(day) && present.insert(actor.id).inserted {
            actorIndices.append(index)
        }
        let tieIndices = ties.indices.filter { index in
            let tie = ties[index]
            return tie.validity.contains(day) && present.contains(tie.from) && present.contains(tie.to)
        }
        return Snapshot(model: self, day: day, actorIndices: actorIndices, tieIndices: tieIndices)
    }
}
