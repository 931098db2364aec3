#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// A set of files that belong together, written one at a time as they are made: each goes to
/// its temporary file at once (so a large set never sits whole in memory), and none replaces
/// its target before `commit`. The rules are `OutputFile.write(_:force:)`'s, by its own steps:
/// each file checked before a byte of it is written (never an input, nor without `force` a
/// file relgraph did not write), all or nothing, temporaries known to the signal handler and
/// removed on failure (and when the batch is dropped without a commit), the sums of what was
/// written recorded in each folder's `OutputManifest`.
///
/// A target that is a device or a pipe is written in place at `commit`, before the renames,
/// from bytes kept until then: the one case where a file of the set stays in memory.
public final class OutputBatch {
    private let force: Bool
    /// The lists read so far, by folder, and the folders cleaned of dead processes' temporaries.
    private var manifests: [String: OutputManifest] = [:]
    private var cleaned: Set<String> = []
    private var staged: [OutputFile.Staged] = []
    private var devices: [OutputFile.Entry] = []
    private var open: [Writer] = []
    private var targets: Set<String> = []
    private var done = false

    /// - Parameter force: replace files that exist and that relgraph did not write (`--force`).
    public init(force: Bool = false) {
        self.force = force
        _ = OutputFile.ignoreFileSizeSignal
    }

    deinit { discard() }

    /// Writes `bytes` to the temporary file for `path` now.
    public func add(_ bytes: [UInt8], to path: String) throws(OutputFile.WriteError) {
        switch try plan(path, bytes: bytes) {
        case .replace(let file, let target):
            staged.append(try OutputFile.stage(file, at: target, cleaning: &cleaned))
        case .inPlace(let file):
            devices.append(file)
        }
    }

    /// A file of the set written piece by piece; complete at `commit`.
    public func open(_ path: String) throws(OutputFile.WriteError) -> Writer {
        let writer: Writer
        switch try plan(path, bytes: []) {
        case .replace(_, let target):
            let (handle, descriptor) = try OutputFile.openTemporary(for: path, at: target, cleaning: &cleaned)
            writer = Writer(path: path, target: target, handle: handle, descriptor: descriptor)
        case .inPlace:
            writer = Writer(device: path)
        }
        open.append(writer)
        return writer
    }

    /// Closes every writer, then finishes as `OutputFile.write` does: devices and pipes
    /// written, the folders' lists staged, every file renamed into place.
    public func commit() throws(OutputFile.WriteError) {
        precondition(!done, "a batch is committed once")
        do throws(OutputFile.WriteError) {
            for writer in open {
                switch try writer.close() {
                case .staged(let file): staged.append(file)
                case .device(let entry): devices.append(entry)
                }
            }
        } catch {
            discard()
            throw error
        }
        open = []
        done = true
        try OutputFile.finish(staged, devices: devices, manifests: manifests, cleaning: &cleaned)
    }

    /// Removes every temporary file; nothing is renamed.
    public func discard() {
        guard !done else { return }
        done = true
        for writer in open { writer.abandon() }
        for file in staged { TemporaryFiles.remove(file.handle) }
        open = []
        staged = []
        devices = []
    }

    private func plan(_ path: String, bytes: [UInt8]) throws(OutputFile.WriteError) -> OutputFile.Plan {
        precondition(!done, "the batch is closed")
        let plan = try OutputFile.Plan(OutputFile.Entry(path: path, bytes: bytes), force: force, manifests: &manifests)
        guard targets.insert(OutputFile.standardPath(path)).inserted else {
            throw OutputFile.WriteError(path: path, message: "is written twice in one set")
        }
        return plan
    }

    /// One file of a batch, written as it is made.
    public final class Writer {
        let path: String
        private let target: String?
        private let handle: TemporaryFiles.Handle?
        private var descriptor: Int32 = -1
        /// The sum of what was written, for the folder's list.
        private var sum = SHA256()
        /// What a device or pipe will be sent at `commit`.
        private var held: [UInt8] = []
        /// Closed: its temporary is the batch's to rename or remove.
        private var closed = false

        enum Closed {
            case staged(OutputFile.Staged)
            case device(OutputFile.Entry)
        }

        init(path: String, target: String, handle: TemporaryFiles.Handle, descriptor: Int32) {
            self.path = path
            self.target = target
            self.handle = handle
            self.descriptor = descriptor
        }

        init(device path: String) {
            self.path = path
            target = nil
            handle = nil
        }

        public func append(_ bytes: [UInt8]) throws(OutputFile.WriteError) {
            precondition(!closed, "written after it was closed")
            guard handle != nil else { held += bytes; return }
            if let failure = OutputFile.writeAll(bytes, to: descriptor) {
                throw OutputFile.WriteError(path: path, message: "cannot write: \(OutputFile.describe(failure))")
            }
            sum.update(bytes)
        }

        public func append(_ text: String) throws(OutputFile.WriteError) {
            try append(Array(text.utf8))
        }

        func close() throws(OutputFile.WriteError) -> Closed {
            closed = true
            guard let handle, let target else { return .device(OutputFile.Entry(path: path, bytes: held)) }
            let descriptor = self.descriptor
            self.descriptor = -1
            // close() reports what a network or quota-limited file system held back until then.
            if systemClose(descriptor) != 0 {
                let code = errno
                TemporaryFiles.remove(handle)
                throw OutputFile.WriteError(path: path, message: "cannot write: \(OutputFile.describe(code))")
            }
            return .staged(OutputFile.Staged(path: path, handle: handle, target: target, sum: sum.finalHex()))
        }

        func abandon() {
            guard !closed else { return }
            closed = true
            if descriptor >= 0 { _ = systemClose(descriptor) }
            descriptor = -1
            if let handle { TemporaryFiles.remove(handle) }
        }
    }
}

/// `close(2)`, named apart from the writer's own.
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
