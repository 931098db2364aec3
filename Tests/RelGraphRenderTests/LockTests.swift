import Dispatch
import Testing
@testable import RelGraphRender

@Suite("Lock: the POSIX mutex that took NSLock's place")
struct LockTests {
    final class Counter: @unchecked Sendable {
        let lock = Lock()
        var value = 0
    }

    struct Refused: Error {}

    @Test("increments from many threads at once are none of them lost")
    func exclusion() {
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<20_000 { counter.lock.withLock { counter.value += 1 } }
        }
        #expect(counter.value == 160_000)
    }

    @Test("a body that throws leaves the lock free, and its error comes through typed")
    func throwing() {
        let lock = Lock()
        #expect(throws: Refused.self) { try lock.withLock { () throws(Refused) in throw Refused() } }
        #expect(lock.withLock { 42 } == 42)
        lock.lock()
        lock.unlock()
    }
}
