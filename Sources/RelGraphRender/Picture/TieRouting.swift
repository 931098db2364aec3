/// Whether a picture's ties are routed round the actors (Graphviz's `splines=true`) or drawn
/// straight (`splines=line`).
///
/// A straight tie runs across whatever actors lie between its ends, names included; a routed
/// one bends round them. Measured with `svg-legibility` at 25 cm on the default model (61
/// actors, 225 ties, neato, Graphviz 2.42): ties across other actors' names fall from 135 to
/// 0. The cost is Graphviz's router, which works round every actor's outline as a polygon and
/// grows with actors² × ties for the four-cornered boxes `GraphStyle` draws: about 0.35–0.6 µs
/// a unit on this project's 2-core machine — 0.47 s for the default model against 0.01 s
/// straight, 1.2 s for 99 actors and 264 ties, 6.8 s for 148 and 885 (docs/pictures.md).
/// Pictures past `budget` keep straight ties.
public enum TieRouting {
    /// actors² × ties: at most about 2.5 s of routing.
    public static let budget = 5_000_000

    public static func routes(actors: Int, ties: Int) -> Bool {
        guard actors > 0, ties > 0 else { return false }
        let (square, overflow) = actors.multipliedReportingOverflow(by: actors)
        guard !overflow else { return false }
        let (units, overflowAgain) = square.multipliedReportingOverflow(by: ties)
        return !overflowAgain && units <= budget
    }
}
