import CGraphviz
import Dispatch

/// Does Graphviz's own start-up early, while the arguments and the model are read.
///
/// Before its first picture a process spends about 10 ms of one core on work that depends on
/// nothing in the model (measured on this machine kind, Graphviz 2.42): fontconfig reads its
/// configuration (`FontconfigWarmUp`, 3 ms), the dynamic loader loads the text, layout and
/// render plugins and the libraries behind them (pango, cairo, glib, harfbuzz: 3–4 ms), and
/// pango loads each font and size the first time it measures text in it (0.5–1 ms each).
/// A command that will draw starts fontconfig itself, first thing, on the thread that runs
/// it, and meanwhile one warm-up thread makes Graphviz's context, which loads the plugins and
/// then (once fontconfig is ready) draws small pictures in every font and size pictures use
/// (`GraphvizContext`); the first real layout then finds everything loaded. Two threads, the
/// work split so that both tend to finish about when the model is read: a third runnable
/// thread on two cores made the whole slower, not faster (measured). Nothing is left behind
/// that a later picture depends on (tests compare pictures drawn with and without it).
public enum GraphvizWarmUp {
    private static let state = State()

    private final class State: @unchecked Sendable {
        let lock = Lock()
        var started = false
        let finished = DispatchSemaphore(value: 0)
    }

    /// Starts the warm-up unless it has started already. The calling thread starts
    /// fontconfig itself before it returns (about 3 ms) while the warm-up thread loads
    /// Graphviz's plugins: the thread is made first, as it can take a millisecond or more to
    /// start running on a second core that was idle (measured).
    public static func start() {
        let startsFontconfig: Bool = state.lock.withLock {
            guard !state.started else { return false }
            state.started = true
            let claimed = FontconfigWarmUp.claim()
            let started = DetachedThread.start {
                FontconfigWarmUp.waitUntilLoaded()
                _ = GraphvizContext.shared
                state.finished.signal()
            }
            if !started { state.finished.signal() }
            return claimed
        }
        if startsFontconfig { FontconfigWarmUp.run() }
    }

    /// Whether a warm-up was started: Graphviz's context then draws the warm-up pictures.
    static var isStarted: Bool { state.lock.withLock { state.started } }

    /// The pictures Graphviz's context draws when it is made for a warm-up, each as its
    /// kind of picture is drawn: a few nodes and ties laid out by neato with the attributes of
    /// a real layout, and a pinned one (`nop2`) like a legend, in every font and size
    /// pictures use. Pango loads each font, the plugins' code is paged in and its calls bound,
    /// so that the real layout and legend find that done (measured: about 1,000 first calls
    /// into the plugins' libraries, each resolved by the dynamic loader when first made).
    static let pictures: [(dot: String, engine: String)] = [
        ("""
        digraph "warm-up" {
          graph [label="Warm-up", fontname="\(GraphStyle.fontName)", fontsize="\(GraphStyle.titleFontSize)", \(neatoAttributes)];
          node [fontname="\(GraphStyle.fontName)", fontsize="\(GraphStyle.actorFontSize)", style="filled"];
          actor -> group [dir="both", arrowhead="tee", arrowtail="tee"];
          group -> bloc;
          group [shape="box", style="rounded,filled"];
          bloc [shape="hexagon"];
        }
        """, LayoutEngine.neato.rawValue),
        ("""
        digraph "warm-up" {
          graph [notranslate="true", splines="line"];
          node [fontname="\(GraphStyle.fontName)", fontsize="\(GraphStyle.legendFontSize)"];
          a [shape="point", width="0.02", style="invis", label="", pos="0,0!"];
          b [shape="point", width="0.02", style="invis", label="", pos="40,0!"];
          a -> b [dir="none"];
          item [shape="plaintext", fixedsize="shape", width="2", label="legend\\l", pos="100,0!"];
          heading [shape="plaintext", fontname="\(GraphStyle.boldFontName)", label="Ties\\l", pos="100,20!"];
        }
        """, "nop2"),
    ]

    private static var neatoAttributes: String {
        PictureRenderer.layoutAttributes(engine: .neato, nodeCount: 3).map { "\($0.name)=\"\($0.value)\"" }.joined(separator: ", ")
    }

    /// Draws `pictures` with `gvc`, leaving nothing behind; inside the context's lock or while
    /// the context is being made.
    static func draw(with gvc: OpaquePointer) {
        for (dot, engine) in pictures {
            guard let graph = agmemread(dot) else { continue }
            defer { agclose(graph) }
            guard gvLayout(gvc, graph, engine) == 0 else { continue }
            defer { gvFreeLayout(gvc, graph) }
            var data: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            if gvRenderData(gvc, graph, PictureFormat.svg.rawValue, &data, &length) == 0, let data { gvFreeRenderData(data) }
        }
    }

    /// Waits for a started warm-up to finish: call before the process exits, so that no
    /// thread is inside Graphviz while the process tears down.
    public static func wait() {
        guard isStarted else { return }
        state.finished.wait()
        state.finished.signal()
    }
}
