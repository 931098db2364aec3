#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials
import Synchronization

/// The temporary files `OutputFile` writes before renaming them into place: their names, what
/// happens to them when the process is stopped by a signal, and the removal of those a
/// process that died left behind.
///
/// A temporary is named `.<target name>.relgraph-<pid>-<n>.tmp`, beside its target: hidden,
/// on the target's file system (so the rename is atomic), and telling which process owns it.
///
/// SIGINT, SIGTERM, SIGHUP and SIGPIPE, when their action is the default one (ending the
/// process), end it cleanly: a set whose renames have begun (`renameAll`) has the rest of
/// them done, so that it is whole, and every other temporary is removed; then the signal is
/// raised again. The handler calls only `rename`, `unlink` and `raise`, on memory prepared
/// beforehand: all of it async-signal-safe. A signal that is ignored (`nohup`, `&` in a
/// script) stays ignored. SIGKILL cannot be caught: the temporaries it leaves are removed by
/// the next write into the same folder (`removeStale`), once `kill(pid, 0)` says their owner
/// is gone, and a set it cuts short is told by its `OutputManifest`.
public enum TemporaryFiles {
    /// How many temporaries at once the signal handler knows about; beyond that (never with
    /// relgraph's own sets: 201 files at most) a signal leaves the rest to `removeStale`.
    static var capacity: Int { 4096 }

    /// Paths as C strings, written by `register` and read by the signal handler, which may
    /// take none of the locks ordinary code takes. A path is never freed: the handler might be
    /// reading it on another thread. A slot's store is one word.
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
        return slots
    }()

    /// The renames under way, for the handler: `pairs` holds each rename's temporary and
    /// target (2 × `count` C strings), `done` how many have happened. Only while `renameAll` runs.
    struct Renames {
        var pairs: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var count: Int
        var done: Int
    }

    nonisolated(unsafe) private static let renames: UnsafeMutablePointer<Renames> = {
        let renames = UnsafeMutablePointer<Renames>.allocate(capacity: 1)
        renames.initialize(to: Renames(pairs: nil, count: 0, done: 0))
        return renames
    }()

    /// One set's renames at a time, so that the handler knows which ones to finish.
    private static let renaming = Mutex<Void>(())

    /// Which slots are taken, and the number of the next temporary's name.
    private static let book = Mutex<(taken: [Bool], next: Int)>(([Bool](repeating: false, count: capacity), 0))

    /// A registered temporary: its path, and its slot (nil when all were taken).
    public struct Handle: Sendable {
        public var path: String
        var slot: Int?
    }

    /// A fresh temporary path beside `target`, known to the signal handler from now until
    /// `release`; create the file only after this.
    public static func register(beside target: String) -> Handle {
        installHandlers
        let (folder, name) = PathText.split(target)
        let (slot, number): (Int?, Int) = book.withLock { book in
            book.next += 1
            guard let free = book.taken.firstIndex(of: false) else { return (nil, book.next) }
            book.taken[free] = true
            return (free, book.next)
        }
        let path = PathText.appending(".\(name).relgraph-\(getpid())-\(number).tmp", to: folder == "/" ? "/" : folder)
        if let slot { slots[slot] = strdup(path) }
        return Handle(path: path, slot: slot)
    }

    /// The temporary is gone (renamed or removed): the handler forgets it.
    public static func release(_ handle: Handle) {
        guard let slot = handle.slot else { return }
        slots[slot] = nil
        book.withLock { $0.taken[slot] = false }
    }

    /// Removes a temporary that was not renamed, and forgets it.
    public static func remove(_ handle: Handle) {
        unlink(handle.path)
        release(handle)
    }

    /// Renames each temporary onto its target, in order, and forgets it. From the first
    /// rename on, a signal that ends the process does the remaining renames first. When a
    /// rename fails, stops: its index and errno (the failed temporary and those after it are
    /// still registered). `afterEach` is told each index renamed.
    static func renameAll(_ list: [(handle: Handle, target: String)], afterEach: (Int) -> Void = { _ in }) -> (index: Int, code: Int32)? {
        renaming.withLock { _ in
            let pairs = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 2 * max(1, list.count))
            for (index, item) in list.enumerated() {
                pairs[2 * index] = strdup(item.handle.path)
                pairs[2 * index + 1] = strdup(item.target)
            }
            renames.pointee.done = 0
            renames.pointee.count = list.count
            renames.pointee.pairs = pairs
            defer {
                renames.pointee.pairs = nil
                renames.pointee.count = 0
                // Neither array nor strings are freed: the handler may be reading them.
            }
            for (index, item) in list.enumerated() {
                guard rename(item.handle.path, item.target) == 0 else { return (index, errno) }
                renames.pointee.done = index + 1
                release(item.handle)
                afterEach(index)
            }
            return nil
        }
    }

    // MARK: - Signals

    static let caughtSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGPIPE]

    /// Set once, before the first temporary is registered.
    private static let installHandlers: Void = {
        _ = slots
        _ = renames
        for signal in caughtSignals {
            var current = sigaction()
            guard sigaction(signal, nil, &current) == 0, isDefault(current) else { continue }
            var action = sigaction()
            setHandler(&action, finishRenamesRemoveTemporariesAndEnd)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            sigemptyset(&action.sa_mask)
            for other in caughtSignals { sigaddset(&action.sa_mask, other) }
            sigaction(signal, &action, nil)
        }
    }()

    /// For the handler: memory made before the handlers were installed.
    fileprivate static var slotsForHandler: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> { slots }
    fileprivate static var renamesForHandler: UnsafeMutablePointer<Renames> { renames }

    // MARK: - Stale temporaries

    /// Removes from `folder` the temporaries of relgraph processes that no longer run: this
    /// version's names and the earlier `.<name>.<pid>.<n>.tmp`. A process that runs (or whose
    /// number another process now has) keeps its files. Returns the names removed.
    @discardableResult
    public static func removeStale(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names {
            guard let pid = owner(ofTemporary: name), pid != getpid(), !isRunning(pid) else { continue }
            if unlink(PathText.appending(name, to: folder)) == 0 { removed.append(name) }
        }
        return removed.sorted()
    }

    /// The process a temporary's name names: `.<name>.relgraph-<pid>-<n>.tmp`, or the earlier
    /// `.<name>.<pid>.<n>.tmp`; nil for any other name.
    static func owner(ofTemporary name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let stem = name.dropLast(4)
        let isDigits = { (text: Substring) in !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber } }
        if let marker = stem.ranges(of: ".relgraph-").last {
            let parts = stem[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
            guard marker.lowerBound > stem.index(after: stem.startIndex), parts.count == 2, isDigits(parts[0]), isDigits(parts[1]) else { return nil }
            return pid_t(parts[0])
        }
        let parts = stem.split(separator: ".", omittingEmptySubsequences: false)
        // "", name…, pid, n: the name itself may hold dots.
        guard parts.count >= 4, parts[0].isEmpty, !parts[1].isEmpty, isDigits(parts[parts.count - 2]), isDigits(parts[parts.count - 1]) else { return nil }
        return pid_t(parts[parts.count - 2])
    }

    /// `kill(pid, 0)`: a process we may not signal (EPERM) runs all the same.
    static func isRunning(_ pid: pid_t?) -> Bool {
        guard let pid, pid > 0 else { return true }
        return kill(pid, 0) == 0 || errno != ESRCH
    }
}

/// The handler: only `rename`, `unlink` and `raise`, on memory prepared beforehand.
/// `SA_RESETHAND` has set the default action back, and the signal, blocked while the handler
/// runs, ends the process as soon as it returns.
private func finishRenamesRemoveTemporariesAndEnd(_ signal: Int32) {
    let renames = TemporaryFiles.renamesForHandler
    if let pairs = renames.pointee.pairs {
        var index = renames.pointee.done
        while index < renames.pointee.count {
            // One already done (the signal came before `done` was counted) fails harmlessly.
            if let from = pairs[2 * index], let to = pairs[2 * index + 1] { rename(from, to) }
            index += 1
        }
    }
    let slots = TemporaryFiles.slotsForHandler
    var index = 0
    while index < TemporaryFiles.capacity {
        if let path = slots[index] { unlink(path) }
        index += 1
    }
    raise(signal)
}

private func isDefault(_ action: sigaction) -> Bool {
    #if canImport(Glibc)
    return action.__sigaction_handler.sa_handler == nil && action.sa_flags & Int32(SA_SIGINFO) == 0
    #else
    return action.__sigaction_u.__sa_handler == nil && action.sa_flags & SA_SIGINFO == 0
    #endif
}

private func setHandler(_ action: inout sigaction, _ handler: @convention(c) (Int32) -> Void) {
    #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = handler
    #else
    action.__sigaction_u.__sa_handler = handler
    #endif
}
