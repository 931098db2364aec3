import Foundation

/// Writes results whole or not at all: a temporary file beside the target, then a rename.
///
/// A reader never sees half a picture, a failed run never leaves one (nor its temporary
/// file), and an output path that is one of the inputs is refused before anything is touched.
/// A target that exists and is not a regular file (`/dev/null`, `/dev/stdout`, a pipe) is
/// written in place: renaming over it would replace the device with a file.
public enum OutputFile {
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    /// Refuses to overwrite any of `inputs`; creates missing folders.
    public static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String] = []) throws(WriteError) {
        _ = ignoreFileSizeSignal
        let target = URL(fileURLWithPath: path).standardizedFileURL
        for input in inputs where sameFile(target.path, URL(fileURLWithPath: input).standardizedFileURL.path) {
            throw WriteError(path: path, message: "is an input of this command; refusing to overwrite it")
        }
        var info = stat()
        if stat(target.path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: throw WriteError(path: path, message: "is a folder; name a file to write")
            case S_IFREG: break
            default: return try writeInPlace(bytes, to: path)
            }
        }
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, message: "cannot create folder \(folder.path): \(reason(error))")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(path: path, message: "cannot write in \(folder.path): \(String(cString: strerror(errno)))")
        }
        var failure = writeAll(bytes, to: descriptor)
        // close() reports what a network or quota-limited file system held back until then.
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, target.path) != 0 {
            let code = errno
            unlink(temporary)
            throw WriteError(path: path, message: "cannot replace the file: \(String(cString: strerror(code)))")
        }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, message: "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    public static func write(_ text: String, to path: String, protecting inputs: [String] = []) throws(WriteError) {
        try write(Array(text.utf8), to: path, protecting: inputs)
    }

    /// A device or pipe: opened as it is, written, closed.
    static func writeInPlace(_ bytes: [UInt8], to path: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WriteError(path: path, message: "cannot write: \(String(cString: strerror(errno)))") }
        var failure = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw WriteError(path: path, message: "cannot write: \(String(cString: strerror(failure)))") }
    }

    /// Every byte, through short writes and interruptions; the errno that stopped it, if any.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
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

    /// Same path, or the same file reached another way (a link).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
