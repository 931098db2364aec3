/// Whether a picture's ties are routed round the actors (Graphviz's `splines=true`) or drawn
/// straight (`splines=line`).
///
/// A straight tie runs across whatever actors lie between its ends, names included; a routed
/// one bends round them. Measured with `svg-legibility` on the default model (61 actors, 225
/// ties, neato, Graphviz 2.42): ties across other actors' names fall from 123 to 5. The cost
/// is Graphviz's router, which grows with actors² × ties: about 3.5 µs a unit on this
/// project's 2-core machine — 2.3 s for the default model against 0.05 s straight, 13 s for
/// 100 actors and 300 ties, 75 s for 150 and 1,000. Pictures past `budget` keep straight ties.
public enum TieRouting {
    /// actors² × ties: about 7 s of routing.
    public static let budget = 2_000_000

    public static func routes(actors: Int, ties: Int) -> Bool {
        guard actors > 0, ties > 0 else { return false }
        let (square, overflow) = actors.multipliedReportingOverflow(by: actors)
        guard !overflow else { return false }
        let (units, overflowAgain) = square.multipliedReportingOverflow(by: ties)
        return !overflowAgain && units <= budget
    }
}
