#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Writes results whole or not at all: temporary files beside their targets, then renames.
///
/// A reader never sees half a picture, a failed run never leaves one (nor its temporary
/// file), and nothing is touched when an output path is one of the files the process read
/// (`InputFiles`), or a file that exists and that relgraph did not write (`OutputManifest`;
/// `force` replaces it all the same). A set of files that belong together (a scenario's
/// pictures and its reports) is written all or nothing: a folder never mixes this run's
/// pictures with an earlier run's report. A target that exists and is not a regular file
/// (`/dev/null`, `/dev/stdout`, a pipe) is written in place: renaming over it would replace
/// the device with a file.
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

    public static func write(_ bytes: [UInt8], to path: String, force: Bool = false) throws(WriteError) {
        try write([Entry(path: path, bytes: bytes)], force: force)
    }

    public static func write(_ text: String, to path: String, force: Bool = false) throws(WriteError) {
        try write(Array(text.utf8), to: path, force: force)
    }

    /// Every file, or on any failure none: no target is replaced until every regular file is
    /// complete in its temporary, and a failure removes all the temporaries.
    ///
    /// Every target is checked (inputs, folders, files relgraph did not write) before a byte
    /// is written. Devices and pipes are written after the regular files are staged and
    /// before any is renamed: a failure there still replaces nothing, but bytes a device or a
    /// pipe has taken cannot be taken back. Folders made for the outputs stay when a later
    /// file fails.
    ///
    /// The renames are one after another, which POSIX cannot make one step. Each folder's
    /// `OutputManifest` is replaced first by one that lists the old and the new sums, and
    /// after the last rename by one with the new sums only, so a set cut short (SIGKILL, a
    /// power cut, a rename that fails) is detectably not whole. Other signals finish the
    /// renames before the process ends, or, before they begin, remove the temporaries
    /// (`TemporaryFiles`); the next write into a folder removes those of dead processes.
    public static func write(_ files: [Entry], force: Bool = false) throws(WriteError) {
        _ = ignoreFileSizeSignal
        var manifests: [String: OutputManifest] = [:]
        var plans: [Plan] = []
        for file in files { plans.append(try Plan(file, force: force, manifests: &manifests)) }
        var staged: [Staged] = []
        var cleaned: Set<String> = []
        do throws(WriteError) {
            for plan in plans {
                if case .replace(let file, let target) = plan { staged.append(try stage(file, at: target, cleaning: &cleaned)) }
            }
        } catch {
            for file in staged { TemporaryFiles.remove(file.handle) }
            throw error
        }
        let devices = plans.compactMap { plan -> Entry? in
            if case .inPlace(let file) = plan { return file }
            return nil
        }
        try finish(staged, devices: devices, manifests: manifests, cleaning: &cleaned)
    }

    /// The end of every write, a set's or an `OutputBatch`'s, once each regular file is
    /// complete in its temporary: devices and pipes written, each folder's lists staged, then
    /// the renames (`commit`). A failure before the renames removes every temporary.
    static func finish(_ staged: [Staged], devices: [Entry], manifests: [String: OutputManifest],
                       cleaning cleaned: inout Set<String>) throws(WriteError) {
        var lists: (during: [Staged], after: [Staged]) = ([], [])
        do throws(WriteError) {
            for file in devices { try writeInPlace(file.bytes, to: file.path) }
            lists = try stageManifests(for: staged, manifests, cleaning: &cleaned)
        } catch {
            for file in staged + lists.during + lists.after { TemporaryFiles.remove(file.handle) }
            throw error
        }
        pauseForTests(at: "staged")
        try commit(staged, lists)
    }

    /// How one file will be written, decided before anything is.
    enum Plan {
        /// A regular file, or none yet: staged in a temporary, then renamed over the target,
        /// a standard path (`standardPath`).
        case replace(Entry, target: String)
        /// A device or a pipe.
        case inPlace(Entry)

        /// `manifests`: the lists read so far, by folder.
        init(_ file: Entry, force: Bool, manifests: inout [String: OutputManifest]) throws(WriteError) {
            let target = standardPath(file.path)
            let (folder, name) = PathText.split(target)
            if name == OutputManifest.fileName {
                throw WriteError(path: file.path, message: "is relgraph's list of the files it wrote in that folder; name another file")
            }
            var info = stat()
            guard stat(target, &info) == 0 else { self = .replace(file, target: target); return }
            if InputFiles.contains(info) {
                throw WriteError(path: file.path, message: "is an input of this command; refusing to overwrite it")
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw WriteError(path: file.path, message: "is a folder; name a file to write")
            case S_IFREG:
                if !force {
                    let manifest = manifests[folder] ?? OutputManifest.read(folder: folder)
                    manifests[folder] = manifest
                    let sums = manifest.sums(of: name)
                    guard !sums.isEmpty, let sum = OutputManifest.sum(ofFileAt: target), sums.contains(sum) else {
                        throw WriteError(path: file.path, message: "exists, and relgraph did not write it (or it was changed since); name another file, or add --force to replace it")
                    }
                }
                self = .replace(file, target: target)
            default: self = .inPlace(file)
            }
        }
    }

    /// A file complete in its temporary, waiting to be renamed into place.
    struct Staged {
        var path: String
        var handle: TemporaryFiles.Handle
        var target: String
        /// The SHA-256 of its bytes.
        var sum: String

        var temporary: String { handle.path }
    }

    /// Writes `file` into a new temporary beside `target`, first removing the temporaries of
    /// dead processes from folders not yet `cleaned`.
    static func stage(_ file: Entry, at target: String, cleaning cleaned: inout Set<String>) throws(WriteError) -> Staged {
        let (handle, descriptor) = try openTemporary(for: file.path, at: target, cleaning: &cleaned)
        if let failure = writeAndClose(file.bytes, to: descriptor) {
            TemporaryFiles.remove(handle)
            throw WriteError(path: file.path, message: "cannot write: \(describe(failure))")
        }
        return Staged(path: file.path, handle: handle, target: target, sum: SHA256.hex(file.bytes))
    }

    /// A new temporary beside `target` (the file `path` names), created and open for writing,
    /// first removing the temporaries of dead processes from folders not yet `cleaned`.
    static func openTemporary(for path: String, at target: String,
                              cleaning cleaned: inout Set<String>) throws(WriteError) -> (TemporaryFiles.Handle, descriptor: Int32) {
        let folder = PathText.split(target).folder
        if let failure = makeFolders(folder) {
            throw WriteError(path: path, message: "cannot create folder \(folder): \(failure)")
        }
        if cleaned.insert(folder).inserted { TemporaryFiles.removeStale(in: folder) }
        let handle = TemporaryFiles.register(beside: target)
        // O_EXCL: never through a link planted under the temporary's name.
        var descriptor = open(handle.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == EEXIST {
            unlink(handle.path)
            descriptor = open(handle.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else {
            let code = errno
            TemporaryFiles.release(handle)
            throw WriteError(path: path, message: "cannot write in \(folder): \(describe(code))")
        }
        return (handle, descriptor)
    }

    /// The renames: the lists that say a set is being replaced, the files, the lists that say
    /// it is whole.
    static func commit(_ staged: [Staged], _ lists: (during: [Staged], after: [Staged])) throws(WriteError) {
        let order = lists.during + staged + lists.after
        let firstFile = lists.during.count, firstList = lists.during.count + staged.count
        let failure = TemporaryFiles.renameAll(order.map { ($0.handle, $0.target) }) { index in
            if index == firstFile && staged.count > 1 { pauseForTests(at: "renamed") }
        }
        guard let (index, code) = failure else { return }
        for rest in order[index...] { TemporaryFiles.remove(rest.handle) }
        let file = order[index]
        if index < firstFile {
            throw WriteError(path: file.path, message: "cannot replace the file: \(describe(code))")
        }
        if index >= firstList {
            throw WriteError(path: file.path, message: "cannot replace the file: \(describe(code)); the files were written, but this list of them still says that they are being replaced")
        }
        let replaced = index - firstFile
        let earlier = replaced == 0 ? "" : replaced == 1 ? "; the file before it was already replaced" : "; the \(replaced) files before it were already replaced"
        throw WriteError(path: file.path, message: "cannot replace the file: \(describe(code))\(earlier)")
    }

    /// Each folder's lists, staged like the files: the one to rename into place before the
    /// files (old and new sums), when it differs from the current one, and the one after (new
    /// sums only), when it differs from that.
    static func stageManifests(for staged: [Staged], _ manifests: [String: OutputManifest],
                               cleaning cleaned: inout Set<String>) throws(WriteError) -> (during: [Staged], after: [Staged]) {
        var byFolder: [String: [OutputManifest.Line]] = [:]
        var order: [String] = []
        for file in staged {
            let (folder, name) = PathText.split(file.target)
            if byFolder[folder] == nil { order.append(folder) }
            // The same target twice: the later bytes are the ones renamed last.
            byFolder[folder, default: []].removeAll { $0.name == name }
            byFolder[folder, default: []].append(OutputManifest.Line(name: name, sum: file.sum))
        }
        var lists: (during: [Staged], after: [Staged]) = ([], [])
        for folder in order {
            let current = manifests[folder] ?? OutputManifest.read(folder: folder)
            let during = current.during(byFolder[folder]!), after = current.after(byFolder[folder]!)
            let path = PathText.appending(OutputManifest.fileName, to: folder)
            do throws(WriteError) {
                if during != current { lists.during.append(try stage(Entry(path: path, bytes: during.bytes), at: path, cleaning: &cleaned)) }
                if after != during { lists.after.append(try stage(Entry(path: path, bytes: after.bytes), at: path, cleaning: &cleaned)) }
            } catch {
                for list in lists.during + lists.after { TemporaryFiles.remove(list.handle) }
                throw error
            }
        }
        return lists
    }

    /// `RELGRAPH_TEST_PAUSE=staged` (every temporary complete, nothing renamed) or `renamed`
    /// (the first file of a set renamed, not the others): says so on stderr and waits for a
    /// signal, so that a test can stop the process exactly there.
    static func pauseForTests(at point: String) {
        guard let wanted = getenv("RELGRAPH_TEST_PAUSE"), String(cString: wanted) == point else { return }
        let message = Array("relgraph: paused: \(point)\n".utf8)
        _ = message.withUnsafeBytes { systemWrite(STDERR_FILENO, $0.baseAddress!, $0.count) }
        while true { pause() }
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
    static let ignoreFileSizeSignal: Void = { _ = signal(SIGXFSZ, SIG_IGN) }()

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

    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// `write(2)`, named apart from `OutputFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
