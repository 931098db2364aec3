#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Starts work on a new POSIX thread of its own, detached.
///
/// Foundation's `Thread` took about 1.4 ms from `start()` to running its body, measured on
/// this machine kind the first time a process uses it (a new POSIX thread: under 0.1 ms);
/// the warm-ups are meant to run beside the reading of the arguments, and cannot wait that.
enum DetachedThread {
    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    /// False when no thread could be made: the caller then does the work itself.
    @discardableResult
    static func start(_ body: @escaping () -> Void) -> Bool {
        var thread = pthread_t()
        let box = Unmanaged.passRetained(Body(body))
        let made = pthread_create(&thread, nil, { raw in
            Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, box.toOpaque())
        guard made == 0 else {
            box.release()
            return false
        }
        pthread_detach(thread)
        return true
    }
}
