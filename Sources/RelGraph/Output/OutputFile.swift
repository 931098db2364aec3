import Foundation

/// Writes results whole or not at all: a temporary file beside the target, then a rename.
///
/// A reader never sees half a picture, a failed run never leaves one, and an output path
/// that is one of the inputs is refused before anything is touched.
public enum OutputFile {
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): error: \(message)" }
    }

    /// Refuses to overwrite any of `inputs`; creates missing folders.
    public static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String] = []) throws(WriteError) {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        for input in inputs where sameFile(target.path, URL(fileURLWithPath: input).standardizedFileURL.path) {
            throw WriteError(path: path, message: "is an input of this command; refusing to overwrite it")
        }
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw WriteError(path: path, message: "is a folder; name a file to write")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, message: "cannot create folder \(folder.path): \(reason(error))")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw WriteError(path: path, message: "cannot write in \(folder.path) (permission denied or read-only?)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try handle.write(contentsOf: Data(bytes))
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            if rename(temporary.path, target.path) != 0 {
                throw WriteError(path: path, message: "cannot replace the file: \(String(cString: strerror(errno)))")
            }
        } catch let error as WriteError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError(path: path, message: "cannot write: \(reason(error))")
        }
    }

    public static func write(_ text: String, to path: String, protecting inputs: [String] = []) throws(WriteError) {
        try write(Array(text.utf8), to: path, protecting: inputs)
    }

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
