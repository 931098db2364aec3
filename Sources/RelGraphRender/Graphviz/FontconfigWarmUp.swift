#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Starts fontconfig's own start-up (reading its configuration files and font cache) first
/// thing, while Graphviz loads its plugins on the warm-up thread (`GraphvizWarmUp`).
///
/// It is one of the longest steps before a first layout (25 M instructions, about 3 ms, most
/// of it parsing the XML of fontconfig's configuration), and pango would begin it only when
/// Graphviz first measures text. `FcInit` is what pango calls; once the configuration is
/// loaded, pango's call finds it there. Two calls at once would each load it, so Graphviz's
/// context waits for this one before any job can measure text (`GraphvizContext`).
///
/// relgraph does not link fontconfig: it comes with Graphviz's text plugin, so it is reached
/// with `dlopen`. Where it is missing (another text plugin, another platform) nothing happens.
enum FontconfigWarmUp {
    private static let state = State()

    private final class State: @unchecked Sendable {
        let lock = Lock()
        var claimed = false
        let loaded = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
    }

    /// Claims the start-up for the calling warm-up, which must then `run()` it; false when
    /// it was claimed already.
    static func claim() -> Bool {
        state.lock.withLock {
            defer { state.claimed = true }
            return !state.claimed
        }
    }

    /// The start-up itself, on the thread that claimed it.
    static func run() {
        let symbol = dlopen("libfontconfig.so.1", RTLD_LAZY | RTLD_LOCAL).flatMap { dlsym($0, "FcInit") }
        state.loaded.signal()
        if let symbol {
            let initialise = unsafeBitCast(symbol, to: (@convention(c) () -> Int32).self)
            _ = initialise()
        }
        state.finished.signal()
    }

    /// Waits until a claimed start-up has loaded fontconfig's library (it may still be
    /// reading the configuration); returns at once when none was claimed.
    ///
    /// The dynamic loader loads one library at a time, and Graphviz's text plugin needs
    /// fontconfig too: the warm-up thread waits for fontconfig's own loading before it loads
    /// the plugins, so that neither waits behind the other for the whole of its loading.
    static func waitUntilLoaded() { waitIfClaimed(for: state.loaded) }

    /// Waits for a claimed start-up to finish; returns at once when none was claimed.
    static func waitIfClaimed() { waitIfClaimed(for: state.finished) }

    private static func waitIfClaimed(for event: DispatchSemaphore) {
        guard state.lock.withLock({ state.claimed }) else { return }
        event.wait()
        event.signal()
    }
}
