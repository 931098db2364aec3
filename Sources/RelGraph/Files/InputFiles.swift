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
/// Only regular files: a device or a pipe read as an input is not replaced by writing to it.
public enum InputFiles {
    private static let identities = Mutex<Set<FileIdentity>>([])

    /// Records the file that `info` (from `fstat` on the descriptor read) describes.
    public static func record(_ info: stat) {
        guard info.st_mode & S_IFMT == S_IFREG else { return }
        _ = identities.withLock { $0.insert(FileIdentity(info)) }
    }

    /// Records the file at `path`, for an input read some other way than through `FileInput`.
    public static func record(path: String) {
        var info = stat()
        if stat(path, &info) == 0 { record(info) }
    }

    public static func contains(_ identity: FileIdentity) -> Bool {
        identities.withLock { $0.contains(identity) }
    }
}
