#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Every regular file this process has read as an input (`FileInput` records each): models,
/// scenarios, evidence documents, CSV and DOT imports. `OutputFile` refuses to write over any
/// of them, so no command can replace what it read, however the output path names it.
///
/// A file is known by its identity (device and inode) and, as it was read, its size and time
/// of last change: a long-running process (the tests) may read a file that is then deleted,
/// and the system may give its inode to a new file, which is no input. Only regular files: a
/// device or a pipe read as an input is not replaced by writing to it.
public enum InputFiles {
    struct Version: Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int

        init(_ info: stat) {
            size = Int64(info.st_size)
            #if canImport(Glibc)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
            #else
            seconds = Int(info.st_mtimespec.tv_sec)
            nanoseconds = Int(info.st_mtimespec.tv_nsec)
            #endif
        }
    }

    private static let versions = Mutex<[FileIdentity: Version]>([:])

    /// Records the file that `info` (from `fstat` on the descriptor read) describes.
    public static func record(_ info: stat) {
        guard info.st_mode & S_IFMT == S_IFREG else { return }
        versions.withLock { $0[FileIdentity(info)] = Version(info) }
    }

    /// Records the file at `path`, for an input read some other way than through `FileInput`.
    public static func record(path: String) {
        var info = stat()
        if stat(path, &info) == 0 { record(info) }
    }

    /// Whether the file `info` describes is an input, as it was read.
    public static func contains(_ info: stat) -> Bool {
        let version = versions.withLock { $0[FileIdentity(info)] }
        return version == Version(info)
    }
}
