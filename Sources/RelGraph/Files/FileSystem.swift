#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What relgraph asks of the file system, in POSIX calls: Foundation's `FileManager` costs
/// every process its start-up, for a handful of `stat`s.
public enum FileSystem {
    /// What is at a path, links followed.
    public enum Kind: Sendable {
        case folder
        /// A file, a device, a pipe: anything but a folder.
        case other
    }

    /// Nil when nothing is there (or it cannot be reached), like `FileManager.fileExists`.
    public static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFDIR ? .folder : .other
    }

    public static func exists(_ path: String) -> Bool { kind(of: path) != nil }

    public static func isFolder(_ path: String) -> Bool { kind(of: path) == .folder }

    /// The current folder as `getcwd` gives it (symbolic links resolved); "" if it has none,
    /// as `FileManager.currentDirectoryPath` gave.
    public static var currentFolder: String {
        guard let pointer = getcwd(nil, 0) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Makes the folder and any missing folders above it, as `FileManager.createDirectory(
    /// withIntermediateDirectories: true)` did on Linux (mode 0777, less the umask); the errno
    /// that stopped it, if any. A file where the folder should be is `EEXIST`; a file above
    /// it makes the `mkdir` below it fail (`ENOTDIR`).
    public static func makeFolders(_ path: String) -> Int32? {
        makeFolders(path, isTarget: true)
    }

    private static func makeFolders(_ path: String, isTarget: Bool) -> Int32? {
        if let kind = kind(of: path) {
            return kind == .other && isTarget ? EEXIST : nil
        }
        let parent = PathText.parent(path)
        if !parent.isEmpty, parent != path, let failure = makeFolders(parent, isTarget: false) { return failure }
        guard mkdir(path, 0o777) == 0 else {
            let code = errno
            // Made meanwhile by another process: still a success.
            return code == EEXIST && isFolder(path) ? nil : code
        }
        return nil
    }

    /// The path Foundation's `URL(fileURLWithPath: path).path` gave: a relative path taken
    /// from the current folder, with its `.` and `..` steps taken lexically (URL resolution);
    /// an absolute one as it is; a leading `~` or `~user` expanded. Trailing slashes go.
    public static func absolutePath(_ path: String) -> String {
        let path = expandingTilde(path)
        guard path.utf8.first != UInt8(ascii: "/") else { return PathText.droppingTrailingSlashes(path) }
        let folder = currentFolder
        // URL(fileURLWithPath: "") is the current folder.
        let relative = (folder.utf8.last == UInt8(ascii: "/") ? folder : folder + "/") + (path.isEmpty ? "." : path)
        return PathText.droppingTrailingSlashes(PathText.removingDotSegments(relative))
    }

    /// The path Foundation's `URL(fileURLWithPath: path).standardizedFileURL.path` gave:
    /// `absolutePath(path)` without `.` and `..` components, repeated or trailing slashes.
    public static func standardPath(_ path: String) -> String {
        PathText.droppingTrailingSlashes(standardizing(absolutePath(path)))
    }

    /// Foundation's `String.standardizingPath`: `~` expanded, slashes tidied, `.` and `..`
    /// components removed. Like Foundation, an absolute path that has a `..` component is
    /// first resolved through its symbolic links (`realpath`) when every component exists,
    /// so that `link/..` is the folder the system would go to; its removal of macOS
    /// automount prefixes (`/private/…`) is left out, having no meaning on Linux.
    static func standardizing(_ path: String) -> String {
        let path = PathText.droppingTrailingSlashes(PathText.compressingSlashes(expandingTilde(path)))
        if path.utf8.first == UInt8(ascii: "/"), PathText.hasDotDotComponent(path), let resolved = realPath(path) {
            // Foundation resolved the links but kept the dots, whose removal leaves a final "/".
            let last = PathText.lastComponentOfStandardPath(path)
            return resolved + (resolved != "/" && (last == "." || last == "..") ? "/" : "")
        }
        return PathText.removingDotSegments(path)
    }

    /// `realpath(3)`: nil when any component is missing.
    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    // MARK: - Home folders

    /// Foundation's `expandingTildeInPath`: `~` and `~/…` are the user's home folder,
    /// `~name/…` that user's; a user the system does not know leaves the path as it is.
    static func expandingTilde(_ path: String) -> String {
        let utf8 = path.utf8
        guard utf8.first == UInt8(ascii: "~") else { return path }
        let slash = utf8.firstIndex(of: UInt8(ascii: "/")) ?? utf8.endIndex
        let afterTilde = utf8.index(after: utf8.startIndex)
        let home: String
        if slash == afterTilde {
            home = homeFolder()
        } else {
            guard let folder = homeFolder(ofUser: String(path[afterTilde..<slash])) else { return path }
            home = folder
        }
        return home + path[slash...]
    }

    /// Where Foundation looked, in its order: `CFFIXED_USER_HOME` (unless set-user-ID), the
    /// user database, `HOME`, and last `/var/empty`.
    static func homeFolder() -> String {
        if let fixed = secureEnvironment("CFFIXED_USER_HOME") { return standardizing(fixed) }
        // The real user when the effective one is root after a seteuid(0), as Foundation does.
        let uid = geteuid() == 0 ? getuid() : geteuid()
        if let folder = userRecordFolder({ getpwuid_r(uid, &$0, $1, $2, &$3) }) { return standardizing(folder) }
        if let home = getenv("HOME") { return standardizing(String(cString: home)) }
        return "/var/empty"
    }

    static func homeFolder(ofUser name: String) -> String? {
        if let fixed = secureEnvironment("CFFIXED_USER_HOME") { return standardizing(fixed) }
        return userRecordFolder({ getpwnam_r(name, &$0, $1, $2, &$3) }).map(standardizing)
    }

    /// `pw_dir` of the record `lookup` finds (a `getpw…_r` call).
    private static func userRecordFolder(
        _ lookup: (inout passwd, UnsafeMutablePointer<CChar>, Int, inout UnsafeMutablePointer<passwd>?) -> Int32
    ) -> String? {
        let suggested = sysconf(Int32(_SC_GETPW_R_SIZE_MAX))
        let size = suggested > 0 ? suggested : 4096
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: size) { buffer -> String? in
            var record = passwd()
            var found: UnsafeMutablePointer<passwd>?
            guard lookup(&record, buffer.baseAddress!, size, &found) == 0, found != nil, let folder = record.pw_dir else { return nil }
            return String(cString: folder)
        }
    }

    /// An environment variable a set-user-ID or set-group-ID process does not trust
    /// (`secure_getenv`, which Swift's Glibc module does not offer).
    private static func secureEnvironment(_ name: String) -> String? {
        guard getuid() == geteuid(), getgid() == getegid() else { return nil }
        return getenv(name).map { String(cString: $0) }
    }
}
