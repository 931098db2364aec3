#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// A set of files that belong together, written one at a time as they are made: each goes to
/// its temporary file at once (so a large set never sits whole in memory), and none replaces
/// its target before `commit`. The guarantees are `OutputFile.write(_:protecting:)`'s for a
/// set: inputs refused before anything is written, all or nothing, temporaries removed on
/// failure (and when the batch is dropped without a commit).
///
/// A target that is a device or a pipe is written in place at `commit`, before the renames,
/// from bytes kept until then: the one case where a file of the set stays in memory.
public final class OutputBatch {
    private let protected: [String]
    private var staged: [OutputFile.Staged] = []
    private var devices: [OutputFile.Entry] = []
    private var open: [Writer] = []
    private var targets: Set<String> = []
    private var number = 0
    private var done = false

    public init(protecting inputs: [String] = []) {
        protected = inputs.map(OutputFile.standardPath)
    }

    deinit { discard() }

    /// Writes `bytes` to the temporary file for `path` now.
    public func add(_ bytes: [UInt8], to path: String) throws(OutputFile.WriteError) {
        switch try plan(path, bytes: bytes) {
        case .replace(let file, let target):
            staged.append(try OutputFile.stage(file, at: target, number: nextNumber()))
        case .inPlace(let file):
            devices.append(file)
        }
    }

    /// A file of the set written piece by piece; complete at `commit`.
    public func open(_ path: String) throws(OutputFile.WriteError) -> Writer {
        let writer: Writer
        switch try plan(path, bytes: []) {
        case .replace(_, let target):
            writer = try Writer(path: path, target: target, number: nextNumber())
        case .inPlace:
            writer = Writer(device: path)
        }
        open.append(writer)
        return writer
    }

    /// Closes every writer, writes devices and pipes, then renames every file into place.
    public func commit() throws(OutputFile.WriteError) {
        precondition(!done, "a batch is committed once")
        do throws(OutputFile.WriteError) {
            for writer in open {
                switch try writer.close() {
                case .staged(let file): staged.append(file)
                case .device(let entry): devices.append(entry)
                }
            }
            open = []
            for device in devices { try OutputFile.writeInPlace(device.bytes, to: device.path) }
        } catch {
            discard()
            throw error
        }
        done = true
        try OutputFile.commit(staged)
    }

    /// Removes every temporary file; nothing is renamed.
    public func discard() {
        guard !done else { return }
        done = true
        for writer in open { writer.abandon() }
        for file in staged { unlink(file.temporary) }
        open = []
        staged = []
        devices = []
    }

    private func plan(_ path: String, bytes: [UInt8]) throws(OutputFile.WriteError) -> OutputFile.Plan {
        precondition(!done, "the batch is closed")
        let plan = try OutputFile.Plan(OutputFile.Entry(path: path, bytes: bytes), protecting: protected)
        let target = OutputFile.standardPath(path)
        guard targets.insert(target).inserted else {
            throw OutputFile.WriteError(path: path, message: "is written twice in one set")
        }
        return plan
    }

    private func nextNumber() -> Int {
        defer { number += 1 }
        return number
    }

    /// One file of a batch, written as it is made.
    public final class Writer {
        let path: String
        private let target: String?
        private let temporary: String?
        private var descriptor: Int32 = -1
        /// What a device or pipe will be sent at `commit`.
        private var held: [UInt8] = []

        enum Closed {
            case staged(OutputFile.Staged)
            case device(OutputFile.Entry)
        }

        init(path: String, target: String, number: Int) throws(OutputFile.WriteError) {
            self.path = path
            self.target = target
            let url = URL(filePath: target, directoryHint: .notDirectory)
            let parent = url.deletingLastPathComponent()
            if let failure = OutputFile.makeFolders(parent.path) {
                throw OutputFile.WriteError(path: path, message: "cannot create folder \(parent.path): \(failure)")
            }
            let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(number).tmp").path
            descriptor = systemOpen(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw OutputFile.WriteError(path: path, message: "cannot write in \(parent.path): \(OutputFile.describe(errno))")
            }
            self.temporary = temporary
        }

        init(device path: String) {
            self.path = path
            target = nil
            temporary = nil
        }

        public func append(_ bytes: [UInt8]) throws(OutputFile.WriteError) {
            guard temporary != nil else { held += bytes; return }
            precondition(descriptor >= 0, "written after it was closed")
            if let failure = OutputFile.writeAll(bytes, to: descriptor) {
                throw OutputFile.WriteError(path: path, message: "cannot write: \(OutputFile.describe(failure))")
            }
        }

        public func append(_ text: String) throws(OutputFile.WriteError) {
            try append(Array(text.utf8))
        }

        func close() throws(OutputFile.WriteError) -> Closed {
            guard let temporary, let target else { return .device(OutputFile.Entry(path: path, bytes: held)) }
            let descriptor = self.descriptor
            self.descriptor = -1
            // close() reports what a network or quota-limited file system held back until then.
            if systemClose(descriptor) != 0 {
                let code = errno
                unlink(temporary)
                throw OutputFile.WriteError(path: path, message: "cannot write: \(OutputFile.describe(code))")
            }
            return .staged(OutputFile.Staged(path: path, temporary: temporary, target: target))
        }

        func abandon() {
            if descriptor >= 0 { _ = systemClose(descriptor) }
            descriptor = -1
            if let temporary { unlink(temporary) }
        }
    }
}

/// `open(2)` and `close(2)`, named apart from the batch's and the writer's own.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
private func systemClose(_ descriptor: Int32) -> Int32 { close(descriptor) }
