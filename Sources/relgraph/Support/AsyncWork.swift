import Dispatch

/// Runs async work (the scenario engine's draws, which use structured concurrency) from a
/// synchronous command and waits for its result.
enum AsyncWork {
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    /// Written by the task before it signals, read after the wait: never at the same time.
    private final class Box<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
