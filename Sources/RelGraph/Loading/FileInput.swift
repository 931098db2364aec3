#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files whole, with one clear message for each way that can fail: every file
/// relgraph reads (models, scenarios and their `graph:`, evidence documents, CSV and DOT
/// imports) comes through here.
///
/// Only regular files are read. The file is opened without blocking (a FIFO with no writer
/// would otherwise hold `open` forever) and without becoming a controlling terminal, then
/// judged by `fstat` on the open descriptor, so what is judged is what is read: a FIFO, a
/// device (`/dev/zero`, `/dev/stdin` on a terminal), a socket or a folder is refused before a
/// byte is read. A regular file larger than the limit is refused from its size; one that grows
/// while it is read is cut off at the limit and refused.
public enum FileInput {
    /// Larger than any model relgraph is meant for (the 100k-tie benchmark model is ~15 MB).
    public static let maximumBytes = 256 << 20

    public static func read(_ path: String, limit: Int = maximumBytes) throws(InputError) -> [UInt8] {
        var bytesRead = 0
        return try read(path, limit: limit, bytesRead: &bytesRead)
    }

    /// `bytesRead` counts what was read before the file was taken or refused: tests see that
    /// a file too large, or not a regular file, is refused having read nothing.
    static func read(_ path: String, limit: Int = maximumBytes, bytesRead count: inout Int) throws(InputError) -> [UInt8] {
        count = 0
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw InputError(path: path, "no such file")
            case EACCES: throw InputError(path: path, "cannot be read (permission denied?)")
            // A socket (and a FIFO on some systems) cannot be opened for reading like a file.
            case ENXIO, EOPNOTSUPP: throw notRegular(path, "a socket or a special file")
            default: throw InputError(path: path, "cannot be read: \(String(cString: strerror(errno)))")
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw InputError(path: path, "cannot be read: \(String(cString: strerror(errno)))") }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw InputError(path: path, "is a folder, not a file")
        case S_IFIFO: throw notRegular(path, "a pipe (FIFO)")
        case S_IFCHR: throw notRegular(path, "a character device")
        case S_IFBLK: throw notRegular(path, "a block device")
        case S_IFSOCK: throw notRegular(path, "a socket")
        default: throw notRegular(path, "a special file")
        }
        InputFiles.record(info)
        if info.st_size > limit { throw tooLarge(path, limit: limit) }
        // One byte more than the size: reading it means the file grew, so the loop goes on.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        while true {
            if count == bytes.count {
                if count > limit { throw tooLarge(path, limit: limit) }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1))
            }
            let got = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard got >= 0 else { throw InputError(path: path, "cannot be read: \(String(cString: strerror(errno)))") }
            if got == 0 { break }
            count += got
        }
        if count > limit { throw tooLarge(path, limit: limit) }
        bytes.removeSubrange(count...)
        return bytes
    }

    static func tooLarge(_ path: String, limit: Int = maximumBytes) -> InputError {
        InputError(path: path, "larger than \(limit >> 20) MB; relgraph does not read files this big")
    }

    static func notRegular(_ path: String, _ what: String) -> InputError {
        InputError(path: path, "is \(what), not a regular file; relgraph reads only regular files")
    }
}

/// `read(2)`, named apart from `FileInput.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
