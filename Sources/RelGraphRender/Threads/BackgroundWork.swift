import Dispatch

/// A value computed on a thread of its own while the caller goes on, for work that is not
/// needed until later: a picture's SVG finished while its legend is drawn, say.
///
/// A new thread can take a millisecond or more to start on a second core that was idle
/// (measured on this machine kind). Whoever comes first does the work: when the value is
/// asked for before the thread has begun, the caller does it itself, and the thread, when it
/// starts, finds nothing left to do. Waiting is never longer than doing it oneself.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let lock = Lock()
    // Guarded by `lock` until `done` is signalled; read only after waiting for it.
    private var work: (() -> Value)?
    private var result: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping () -> Value) {
        self.work = work
        DetachedThread.start { [self] in
            if let work = take() { finish(work()) }
        }
    }

    /// The result: the thread's, or this caller's when the thread has not begun yet.
    var value: Value {
        if let work = take() { finish(work()) }
        done.wait()
        done.signal()
        return result!
    }

    private func take() -> (() -> Value)? {
        lock.withLock {
            defer { work = nil }
            return work
        }
    }

    private func finish(_ value: Value) {
        result = value
        done.signal()
    }
}
