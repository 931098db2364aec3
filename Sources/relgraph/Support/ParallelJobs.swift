import Dispatch
import RelGraphRender

/// Runs jobs concurrently, as many at a time as there are cores, and hands their results back
/// in input order: the caller waits for job 0, then job 1, …, each as soon as it is done,
/// while later ones are still running.
final class ParallelJobs<Output: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var results: [Output?]
    private var cancelled = false
    private let ready: [DispatchSemaphore]
    private let finished = DispatchGroup()

    /// Starts `count` jobs in the background.
    init(count: Int, _ job: @escaping @Sendable (Int) -> Output) {
        results = [Output?](repeating: nil, count: count)
        ready = (0 ..< count).map { _ in DispatchSemaphore(value: 0) }
        finished.enter()
        DispatchQueue.global().async { [self] in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let output: Output? = lock.withLock { cancelled } ? nil : job(index)
                lock.withLock { results[index] = output }
                ready[index].signal()
            }
            finished.leave()
        }
    }

    /// Waits for job `index` and takes its result (nil when cancelled before it started).
    func take(_ index: Int) -> Output? {
        ready[index].wait()
        return lock.withLock {
            let output = results[index]
            results[index] = nil
            return output
        }
    }

    /// Jobs not yet started are skipped; then waits for those running to end.
    func cancelAndWait() {
        lock.withLock { cancelled = true }
        finished.wait()
    }
}
