/// The world a scenario's steps change, as `ScenarioWorld` builds it: the baseline day's
/// actors and ties as slots (in model order), each with what the shocks did to it, then the
/// added ties and actors in the order of the shocks. A `ShockStep` changes it only through
/// these operations.
public struct WorldEdits {
    var actors: [Actor]
    var ties: [Tie]
    var ids: [String]
    var indices: [Int?]
    var fates: [TieSlot.Fate]
    var removed = Set<String>()
    let baselineTieCount: Int
    /// Slot of each baseline tie, by model index.
    let position: [Int: Int]

    init(snapshot: Snapshot, model: Model) {
        actors = snapshot.actors
        ties = snapshot.tieIndices.map { model.ties[$0] }
        ids = snapshot.tieIndices.map(ModelTieID.of)
        indices = snapshot.tieIndices.map { $0 }
        fates = [TieSlot.Fate](repeating: .unchanged, count: ties.count)
        baselineTieCount = ties.count
        position = Dictionary(snapshot.tieIndices.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The actor and every tie it has leave the world (ties added later to it never exist).
    public mutating func removeActor(_ id: String) {
        removed.insert(id)
        for s in ties.indices where ties[s].from == id || ties[s].to == id { fates[s] = .removed }
    }

    /// The model's tie `modelIndex` leaves the world (if present on the baseline day).
    public mutating func removeTie(_ modelIndex: Int) {
        if let s = position[modelIndex] { fates[s] = .removed }
    }

    /// The model's tie `modelIndex` gets a new weight (set) or a multiplied one (scale).
    public mutating func rewriteTie(_ modelIndex: Int, _ rewrite: TieSlot.Rewrite) {
        guard let s = position[modelIndex] else { return }
        switch fates[s] {
        case .unchanged: fates[s] = .rewritten([rewrite])
        case .rewritten(let rewrites): fates[s] = .rewritten(rewrites + [rewrite])
        // A removed tie stays removed; an added one is not a model tie (shocks name model ties).
        case .removed, .added: break
        }
    }

    /// A hypothetical tie joins the world, with effect id `added-N`.
    public mutating func addTie(_ tie: Tie) {
        ties.append(tie)
        ids.append("added-\(ids.count - baselineTieCount + 1)")
        indices.append(nil)
        fates.append(.added(tie.weight))
    }

    /// A hypothetical actor joins the world.
    public mutating func addActor(_ actor: Actor) {
        actors.append(actor)
    }
}
