import Foundation

/// Starts fontconfig's own start-up (reading its configuration files and font cache) on a
/// thread of its own, as soon as a command knows it will draw.
///
/// It is the longest step before a first layout (25 M instructions, about 3 ms), and pango
/// begins it only when Graphviz first measures text, after Graphviz has loaded its plugins
/// (about 4 ms more, on the same thread). Begun here it runs beside the plugin loading.
/// `FcInit` is what pango calls; once the configuration is loaded, pango's call finds it
/// there. Two calls at once would each load it, so Graphviz's context waits for this one
/// before any job can measure text (`GraphvizContext`).
///
/// relgraph does not link fontconfig: it comes with Graphviz's text plugin, so it is reached
/// with `dlopen`. Where it is missing (another text plugin, another platform) nothing happens.
enum FontconfigWarmUp {
    private static let state = State()

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var started = false
        let finished = DispatchSemaphore(value: 0)
    }

    /// Starts the start-up unless it has started already.
    static func start() {
        let first = state.lock.withLock { () -> Bool in
            defer { state.started = true }
            return !state.started
        }
        guard first else { return }
        Thread {
            if let library = dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_LOCAL), let symbol = dlsym(library, "FcInit") {
                let initialise = unsafeBitCast(symbol, to: (@convention(c) () -> Int32).self)
                _ = initialise()
            }
            state.finished.signal()
        }.start()
    }

    /// Waits for a started start-up to finish; returns at once when none was started.
    static func waitIfStarted() {
        guard state.lock.withLock({ state.started }) else { return }
        state.finished.wait()
        state.finished.signal()
    }
}
