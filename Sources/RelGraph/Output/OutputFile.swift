#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Writes results whole or not at all: temporary files beside their targets, then renames.
///
/// A reader never sees half a picture, a failed run never leaves one (nor its temporary
/// file), and an output path that is one of the inputs is refused before anything is touched.
/// A set of files that belong together (a scenario's pictures and its reports) is written all
/// or nothing: a folder never mixes this run's pictures with an earlier run's report.
/// A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a pipe) is
/// written in place: renaming over it would replace the device with a file.
public enum OutputFile {
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    /// One file of a set: where it goes and what it holds.
    public struct Entry: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Refuses to overwrite any of `inputs`; creates missing folders.
    public static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String] = []) throws(WriteError) {
        try write([Entry(path: path, bytes: bytes)], protecting: inputs)
    }

    public static func write(_ text: String, to path: String, protecting inputs: [String] = []) throws(WriteError) {
        try write(Array(text.utf8), to: path, protecting: inputs)
    }

    /// Every file, or on any failure none: no target is replaced until every regular file is
    /// complete in its temporary, and a failure removes all the temporaries.
    ///
    /// Every target is checked (inputs, folders) before a byte is written. Devices and pipes
    /// are written after the regular files are staged and before any is renamed: a failure
    /// there still replaces nothing, but bytes a device or a pipe has taken cannot be taken
    /// back. Folders made for the outputs stay when a later file fails. Two things POSIX
    /// cannot make all-or-nothing are left: the renames are one after another, so a rename
    /// that fails (only when a folder changed after its target was checked) leaves the files
    /// renamed before it replaced, which its message says; and a process killed mid-way
    /// leaves its temporaries.
    public static func write(_ files: [Entry], protecting inputs: [String] = []) throws(WriteError) {
        _ = ignoreFileSizeSignal
        var plans: [Plan] = []
        let protected = inputs.map(standardPath)
        for file in files { plans.append(try Plan(file, protecting: protected)) }
        var staged: [Staged] = []
        do throws(WriteError) {
            for (number, plan) in plans.enumerated() {
                if case .replace(let file, let target) = plan { staged.append(try stage(file, at: target, number: number)) }
            }
            for plan in plans {
                if case .inPlace(let file) = plan { try writeInPlace(file.bytes, to: file.path) }
            }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
        try commit(staged)
    }

    /// How one file will be written, decided before anything is.
    enum Plan {
        /// A regular file, or none yet: staged in a temporary, then renamed over the target,
        /// a standard path (`standardPath`).
        case replace(Entry, target: String)
        /// A device or a pipe.
        case inPlace(Entry)

        /// `inputs`: standard paths.
        init(_ file: Entry, protecting inputs: [String]) throws(WriteError) {
            let target = standardPath(file.path)
            for input in inputs where sameFile(target, input) {
                throw WriteError(path: file.path, message: "is an input of this command; refusing to overwrite it")
            }
            var info = stat()
            guard stat(target, &info) == 0 else { self = .replace(file, target: target); return }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw WriteError(path: file.path, message: "is a folder; name a file to write")
            case S_IFREG: self = .replace(file, target: target)
            default: self = .inPlace(file)
            }
        }
    }

    /// A file complete in its temporary, waiting to be renamed into place.
    struct Staged {
        var path: String
        var temporary: String
        var target: String
    }

    /// `number`, the file's place in its set, keeps two files of a set from sharing a temporary.
    static func stage(_ file: Entry, at target: String, number: Int) throws(WriteError) -> Staged {
        let url = URL(filePath: target, directoryHint: .notDirectory)
        let parent = url.deletingLastPathComponent()
        let folder = parent.path
        if let failure = makeFolders(folder) {
            throw WriteError(path: file.path, message: "cannot create folder \(folder): \(failure)")
        }
        let temporary = parent.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(number).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(path: file.path, message: "cannot write in \(folder): \(describe(errno))")
        }
        if let failure = writeAndClose(file.bytes, to: descriptor) {
            unlink(temporary)
            throw WriteError(path: file.path, message: "cannot write: \(describe(failure))")
        }
        return Staged(path: file.path, temporary: temporary, target: target)
    }

    static func commit(_ staged: [Staged]) throws(WriteError) {
        for (index, file) in staged.enumerated() where rename(file.temporary, file.target) != 0 {
            let code = errno
            for rest in staged[index...] { unlink(rest.temporary) }
            let earlier = index == 0 ? "" : index == 1 ? "; the file before it was already replaced" : "; the \(index) files before it were already replaced"
            throw WriteError(path: file.path, message: "cannot replace the file: \(describe(code))\(earlier)")
        }
    }

    /// A device or pipe: opened as it is, written, closed.
    static func writeInPlace(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(path: path, message: "cannot write: \(describe(errno))") }
        if let failure = writeAndClose(bytes, to: descriptor) { throw WriteError(path: path, message: "cannot write: \(describe(failure))") }
    }

    /// The errno that stopped the write or the close, if any.
    static func writeAndClose(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        let failure = writeAll(bytes, to: descriptor)
        // close() reports what a network or quota-limited file system held back until then.
        if close(descriptor) != 0, failure == nil { return errno }
        return failure
    }

    /// Every byte, through short writes and interruptions; the errno that stopped it, if any.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// Past a `ulimit -f` size a write would kill the process (SIGXFSZ) and leave the
    /// temporary file behind; ignored, the write fails with EFBIG and is cleaned up.
    private static let ignoreFileSizeSignal: Void = { _ = signal(SIGXFSZ, SIG_IGN) }()

    /// Absolute, without `.` and `..` components (resolved through symbolic links, as the
    /// system would go), repeated or trailing slashes; `~` expanded.
    static func standardPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Makes the folder and any missing folders above it; what stopped it, in the C library's
    /// words ("File exists", "Not a directory"), if anything did.
    static func makeFolders(_ folder: String) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return nil
        } catch {
            let code = ((error as? CocoaError)?.underlying as? POSIXError)?.code.rawValue
            return code.map(describe) ?? "\(error)"
        }
    }

    /// Same path, or the same file reached another way (a link).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// `write(2)`, named apart from `OutputFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
