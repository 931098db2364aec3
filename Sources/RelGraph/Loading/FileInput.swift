#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files whole, with one clear message for each way that can fail.
public enum FileInput {
    /// Larger than any model relgraph is meant for (the 100k-tie benchmark model is ~15 MB).
    public static let maximumBytes = 256 << 20

    public static func read(_ path: String) throws(InputError) -> [UInt8] {
        var bytesRead = 0
        return try read(path, bytesRead: &bytesRead)
    }

    /// `bytesRead` counts what was read before the file was taken or refused: tests see that
    /// a file too large is refused from its size, having read nothing.
    static func read(_ path: String, bytesRead count: inout Int) throws(InputError) -> [UInt8] {
        count = 0
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw InputError(path: path, "no such file")
            case EACCES: throw InputError(path: path, "cannot be read (permission denied?)")
            default: throw InputError(path: path, "cannot be read: \(String(cString: strerror(errno)))")
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw InputError(path: path, "cannot be read: \(String(cString: strerror(errno)))") }
        if info.st_mode & S_IFMT == S_IFDIR { throw InputError(path: path, "is a folder, not a file") }
        InputFiles.record(info)
        // Refused before reading when the size is known; a pipe or device is cut off below.
        if info.st_mode & S_IFMT == S_IFREG, info.st_size > maximumBytes { throw tooLarge(path) }
        var bytes = [UInt8](repeating: 0, count: info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) + 1 : 1 << 16)
        while true {
            if count == bytes.count {
                if count > maximumBytes { throw tooLarge(path) }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, maximumBytes + 1))
            }
            let got = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw InputError(path: path, "cannot be read: \(String(cString: strerror(errno)))") }
            if got == 0 { break }
            count += got
        }
        if count > maximumBytes { throw tooLarge(path) }
        bytes.removeSubrange(count...)
        return bytes
    }

    static func tooLarge(_ path: String) -> InputError {
        InputError(path: path, "larger than \(maximumBytes >> 20) MB; relgraph does not read files this big")
    }
}

/// `read(2)`, named apart from `FileInput.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
