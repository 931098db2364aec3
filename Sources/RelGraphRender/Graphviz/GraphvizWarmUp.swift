import Foundation

/// Starts Graphviz's own start-up work early, on another thread.
///
/// Before its first layout libgvc reads its plugin list, loads the layout and text plugins,
/// and fontconfig reads its font list: about 40 million instructions, 4 ms of one core, that
/// depend on nothing in the model. A command that will draw starts them at once, on one
/// thread that runs on the second core while the model is read and checked; the first real
/// layout then finds everything loaded. fontconfig comes first (`FontconfigWarmUp`), then
/// Graphviz's context, then one throwaway node laid out inside `GraphvizContext`'s lock like
/// any other job. It leaves nothing behind that a later picture depends on (tests compare
/// pictures drawn with and without it).
public enum GraphvizWarmUp {
    private static let state = State()

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var thread: Thread?
        let finished = DispatchSemaphore(value: 0)
    }

    /// Starts the warm-up unless it has started already.
    public static func start() {
        state.lock.withLock {
            guard state.thread == nil else { return }
            let startsFontconfig = FontconfigWarmUp.claim()
            let thread = Thread {
                if startsFontconfig { FontconfigWarmUp.run() }
                job()
                state.finished.signal()
            }
            state.thread = thread
            thread.start()
        }
    }

    /// The warm-up itself: one node, with the font pictures use, laid out by neato.
    static func job() {
        var graph = DOTGraph(name: "warm-up")
        graph.nodes = [DOTGraph.Node("x", [("fontname", GraphStyle.fontName), ("label", "x")])]
        _ = try? GraphvizEngine.layout(graph, engine: .neato)
    }

    /// Waits for a started warm-up to finish: call before the process exits, so that no
    /// thread is inside Graphviz while the process tears down.
    public static func wait() {
        let started = state.lock.withLock { state.thread != nil }
        guard started else { return }
        state.finished.wait()
        state.finished.signal()
    }
}
