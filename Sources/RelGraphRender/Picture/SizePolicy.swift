import RelGraph

/// How a picture of a large graph is drawn so that it finishes and stays readable: which
/// layout engine, which actors keep their names, how large the type and the lines are.
///
/// A pure decision from the graph's size, the requested engine and the actors' degrees; the
/// commands apply it (`ModelPicture.spec` through `Options.sizePolicy`, the engine passed to
/// the renderer) and print its `note` on stderr.
///
/// Why these numbers (measured on this project's synthetic models, Graphviz 2.42, 2 cores):
/// neato — the default — lays out 300 actors in 0.3 s, 2,000 in 8 s and 10,000 in four
/// minutes (stress majorisation is quadratic); sfdp, a multilevel force-directed layout,
/// lays out 10,000 actors and 100,000 ties in about 4 s, and prism overlap removal adds a few
/// seconds more. dot and circo give out much sooner (`actorLimit(for:)`): on 5,000 actors
/// both ran past two minutes, dot at 1.9 GB. Every engine gives way to sfdp beyond its limit,
/// whether asked for by name or by default: a picture with a note that says so, rather than
/// a refusal, as neato always did. A name on every node of a thousand-node picture is unreadable anyway: the
/// largest actors keep theirs, every other node becomes a small dot whose tooltip still
/// names it and lists its kind, group and dates.
public struct SizePolicy: Sendable, Equatable {
    /// Beyond this many actors a picture is large.
    public static let largeActorCount = 500

    /// The engine to lay the picture out with.
    public let engine: LayoutEngine
    /// Actors whose names are drawn; nil when every actor keeps its name.
    public let labelled: Set<String>?
    /// One line for stderr saying what was changed and why; nil when nothing was.
    public let note: String?

    /// The ordinary policy: the requested engine, every name drawn.
    public static func standard(engine: LayoutEngine) -> SizePolicy {
        SizePolicy(engine: engine, labelled: nil, note: nil)
    }

    public var isLarge: Bool { labelled != nil }

    /// The most actors each engine lays out before it gives way to sfdp. Measured on
    /// synthetic models of three ties per actor (release build, Graphviz 2.42, a loaded 2-core
    /// machine): dot took 1.2 s on 100 actors, 12.5 s on 200 and over 150 s on 300; circo
    /// 10 s on 100 and over 150 s on 200; fdp, twopi and sfdp 0.4–1.4 s on 500.
    public static func actorLimit(for engine: LayoutEngine) -> Int {
        switch engine {
        case .dot: return 150
        case .circo: return 80
        case .neato, .fdp, .sfdp, .twopi: return largeActorCount
        }
    }

    /// The policy for a graph of `actors` (id, number of ties, summed |weight|) and `ties`
    /// edges, drawn with `requested`. An engine asked for by name or by default gives way to
    /// sfdp beyond its `actorLimit(for:)`, with a note that says so. Large graphs: sfdp
    /// whatever was asked, and only the `labelCount(for:)` actors with the most ties — then
    /// the greatest strength, then the smallest id — keep their names.
    public static func decide(actors: [(id: String, degree: Int, strength: Double)], ties: Int,
                              requested: LayoutEngine) -> SizePolicy {
        let limit = actorLimit(for: requested)
        guard actors.count > limit else { return .standard(engine: requested) }
        let engine = LayoutEngine.sfdp
        let layout = engine == requested ? "\(engine.rawValue) layout" : "\(engine.rawValue) layout instead of \(requested.rawValue), which does not scale"
        guard actors.count > largeActorCount else {
            let note = "\(actors.count) actors and \(ties) ties: \(layout) beyond \(limit) actors; "
                + "--focus draws a part with \(requested.rawValue)"
            return SizePolicy(engine: engine, labelled: nil, note: note)
        }
        let count = labelCount(for: actors.count)
        let ranked = actors.sorted {
            ($0.degree, $0.strength) != ($1.degree, $1.strength)
                ? ($0.degree, $0.strength) > ($1.degree, $1.strength) : $0.id < $1.id
        }
        let labelled = Set(ranked.prefix(count).map(\.id))
        let note = "\(actors.count) actors and \(ties) ties: \(layout); names shown for the \(count) actors with the most ties, "
            + "the others drawn as dots (hover for their names)"
        return SizePolicy(engine: engine, labelled: labelled, note: note)
    }

    /// Names drawn on a large picture: twice the square root of the actor count, at least 50
    /// (200 of 10,000).
    public static func labelCount(for actors: Int) -> Int {
        var root = 0
        while (root + 1) * (root + 1) <= actors { root += 1 }
        return min(actors, max(50, 2 * root))
    }

    /// Extra attributes for an actor's node: smaller type for named actors, a dot for the rest.
    public func nodeAttributes(for actor: String) -> DOTGraph.Attributes {
        guard let labelled else { return [] }
        if labelled.contains(actor) {
            return [("fontsize", "9"), ("margin", "0.03,0.02")]
        }
        return [("label", ""), ("width", "0.12"), ("height", "0.12"), ("fixedsize", "true"), ("penwidth", "0.4")]
    }

    /// Extra attributes for a tie's edge: thinner lines and smaller ends, so that thousands of
    /// ties do not bury the nodes (0.3 pt for a faint tie, 1.5 pt for ±1).
    public func edgeAttributes(weight: Double) -> DOTGraph.Attributes {
        guard isLarge else { return [] }
        return [("penwidth", WeightFormat.fixed(0.3 + 1.2 * min(1, abs(weight)), decimals: 2)), ("arrowsize", "0.3")]
    }

    /// Degree and strength (Σ|w|) of each actor over `snapshot`'s ties, in snapshot order:
    /// what `decide` ranks names by.
    public static func actorSizes(_ snapshot: Snapshot) -> [(id: String, degree: Int, strength: Double)] {
        actorSizes(snapshot.actors.map(\.id), ties: snapshot.ties)
    }

    /// Degree and strength of each of `actors` over `ties`, in the order given.
    public static func actorSizes(_ actors: [String], ties: [Tie]) -> [(id: String, degree: Int, strength: Double)] {
        var degree: [String: Int] = [:], strength: [String: Double] = [:]
        for tie in ties {
            for end in [tie.from, tie.to] {
                degree[end, default: 0] += 1
                strength[end, default: 0] += abs(tie.weight)
            }
        }
        return actors.map { ($0, degree[$0] ?? 0, strength[$0] ?? 0) }
    }
}
