import RelGraph

/// What an actor's fill colour says: the group the model puts it in, or the bloc the ties put
/// it in. The blocs are found by the caller (`signedBlocs`: friendly inside, hostile between,
/// least frustration) and handed over; the renderer only colours and names them.
public enum ActorColoring: Sendable {
    case group
    /// `partition` of `graph`: node numbers are indices into `graph.nodes`, which are actor ids.
    case blocs(BlocPartition, of: SignedGraph)

    /// Fill colour by actor id, and the legend section that explains the colours.
    func fills(for snapshot: Snapshot) -> (fills: [String: String], legend: Legend.Section) {
        switch self {
        case .group:
            let byGroup = GraphStyle.groupFills(snapshot.model.groups)
            var fills: [String: String] = [:]
            for actor in snapshot.actors { fills[actor.id] = actor.group.flatMap { byGroup[$0] } ?? GraphStyle.ungroupedFill }
            let used = Set(snapshot.actors.compactMap(\.group))
            let items = snapshot.model.groups.filter { used.contains($0.id) }.map { group in
                Legend.Item(group.label, .node([("shape", "box"), ("fillcolor", byGroup[group.id] ?? GraphStyle.ungroupedFill)]))
            }
            return (fills, Legend.Section("Groups", items))
        case .blocs(let partition, let graph):
            return Self.blocFills(partition, of: graph, labels: Dictionary(snapshot.actors.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// Blocs of two or more actors take the palette's colours in order (blocs ordered by their
    /// first actor in the graph); an actor alone stays white. Each bloc is named in the legend
    /// after its member with the most cooperation (positive strength), ties broken by order.
    private static func blocFills(_ partition: BlocPartition, of graph: SignedGraph, labels: [String: String]) -> (fills: [String: String], legend: Legend.Section) {
        let strength = positiveStrength(graph)
        var fills: [String: String] = [:]
        var items: [Legend.Item] = []
        var colour = 0
        for bloc in partition.blocs where !bloc.isEmpty {
            guard bloc.count > 1 else {
                fills[graph.nodes[bloc[0]]] = GraphStyle.ungroupedFill
                continue
            }
            let fill = GraphStyle.groupPalette[colour % GraphStyle.groupPalette.count]
            colour += 1
            for node in bloc { fills[graph.nodes[node]] = fill }
            let leader = bloc.max { (strength[$0], -$0) < (strength[$1], -$1) }!
            let name = labels[graph.nodes[leader]] ?? graph.nodes[leader]
            items.append(.init("\(name)'s bloc (\(bloc.count))", .node([("shape", "box"), ("fillcolor", fill)])))
        }
        let title = "Blocs (frustration \(WeightFormat.plain(partition.weightedFrustration))\(partition.isExact ? "" : ", heuristic"))"
        return (fills, Legend.Section(title, items))
    }
}
