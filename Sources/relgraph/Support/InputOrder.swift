/// Runs `job` for each index in `0 ..< count` as child tasks of one task group (as many at a
/// time as the runtime runs, one per core) and hands the results to `use` in input order,
/// each as soon as it and every one before it are done, while later ones still run.
/// `waiting` is told which index `use` waits for next.
///
/// When `use` throws, jobs not yet started are skipped, those running finish, and the
/// error is rethrown.
func inInputOrder<Output: Sendable>(count: Int, _ job: @escaping @Sendable (Int) async -> Output,
                                    waiting: (Int) -> Void = { _ in },
                                    use: (Int, Output) throws -> Void) async throws {
    try await withThrowingTaskGroup(of: (Int, Output?).self) { group in
        for index in 0 ..< count {
            group.addTask { (index, Task.isCancelled ? nil : await job(index)) }
        }
        var done: [Int: Output] = [:]
        var next = 0
        if count > 0 { waiting(next) }
        while next < count, let (index, output) = try await group.next() {
            guard let output else { continue }
            done[index] = output
            while let ready = done.removeValue(forKey: next) {
                try use(next, ready)
                next += 1
                if next < count { waiting(next) }
            }
        }
    }
}
