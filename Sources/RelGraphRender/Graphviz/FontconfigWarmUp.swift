import Foundation

/// Starts fontconfig's own start-up (reading its configuration files and font cache) first
/// thing, on a warm-up thread of its own, before Graphviz makes its context.
///
/// It is the longest single step before a first layout (25 M instructions, about 4 ms), and
/// pango would begin it only when Graphviz first measures text, after its plugins are loaded.
/// Begun here, it runs beside the loading of the plugins' libraries (`GraphvizPlugins`) and
/// the main thread's reading of the model. `FcInit` is what pango calls; once the
/// configuration is loaded, pango's call finds it there. Two calls at once would each load
/// it, so Graphviz's context waits for this one before any job can measure text
/// (`GraphvizContext`).
///
/// relgraph does not link fontconfig: it comes with Graphviz's text plugin, so it is reached
/// with `dlopen`. Where it is missing (another text plugin, another platform) nothing happens.
enum FontconfigWarmUp {
    private static let state = State()

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var claimed = false
        let finished = DispatchSemaphore(value: 0)
    }

    /// Claims the start-up for the calling warm-up, which must then `start()` it; false when
    /// it was claimed already.
    static func claim() -> Bool {
        state.lock.withLock {
            defer { state.claimed = true }
            return !state.claimed
        }
    }

    /// Loads fontconfig's library on the calling thread, then reads its configuration on a
    /// thread of its own (on this one when no thread can be made); for the thread that
    /// claimed the start-up.
    ///
    /// The dynamic loader loads one library at a time, and Graphviz's text plugin needs
    /// fontconfig too: loaded first, here, the reading of its configuration then overlaps the
    /// plugins' loading on the calling thread instead of waiting behind it. The caller goes
    /// straight on: on two busy cores, a thread that waits for another to hand over can wait
    /// a millisecond or more to run again (measured).
    static func start() {
        guard let library = dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_LOCAL),
              let symbol = dlsym(library, "FcInit") else {
            state.finished.signal()
            return
        }
        let initialise = unsafeBitCast(symbol, to: (@convention(c) () -> Int32).self)
        let run = {
            _ = initialise()
            state.finished.signal()
        }
        if !DetachedThread.start(run) { run() }
    }

    /// Waits for a claimed start-up to finish; returns at once when none was claimed.
    static func waitIfClaimed() {
        guard state.lock.withLock({ state.claimed }) else { return }
        state.finished.wait()
        state.finished.signal()
    }
}
