#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// How far up the folder tree relgraph looks on its own: to the root of the repository a
/// folder is in (the nearest folder above it, or itself, that holds `.git`), never past the
/// user's home folder. Used by the search for the default model and to keep a scenario's
/// `graph:` inside its project, so that a file planted in a shared parent such as `/tmp` is
/// never picked up unasked.
public enum ProjectBoundary {
    /// The nearest folder at or above `folder` that holds `.git` (a folder, or the file a
    /// worktree has), looking no higher than the folder just below `home`; nil when there is
    /// none. `home` itself is never a repository root here: a home folder kept in git would
    /// otherwise make all of it one project.
    package static func repositoryRoot(of folder: String, home: String? = homeFolder()) -> String? {
        var current = resolved(folder)
        let home = home.map(resolved)
        while true {
            if current == home || current == "/" { return nil }
            if FileManager.default.fileExists(atPath: PathText.appending(".git", to: current)) { return current }
            let parent = PathText.split(current).folder
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// The highest folder the search for the default model may reach from `folder`: its
    /// repository's root, else the home folder when `folder` is inside it, else nil (then
    /// only `folder` itself is searched).
    package static func searchLimit(from folder: String, home: String? = homeFolder()) -> String? {
        if let root = repositoryRoot(of: folder, home: home) { return root }
        guard let home = home.map(resolved) else { return nil }
        let start = resolved(folder)
        return start == home || start.hasPrefix(home == "/" ? "/" : home + "/") ? home : nil
    }

    /// Whether `path` (a file, which may not exist yet) lies inside the folder `root`, both
    /// taken with their symbolic links resolved: a link inside the tree that points out of it
    /// is outside.
    package static func contains(_ root: String, _ path: String) -> Bool {
        let root = resolved(root)
        let target = resolved(path)
        return target == root || target.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// `$HOME`, if set and not empty.
    public static func homeFolder() -> String? {
        guard let value = getenv("HOME").map({ String(cString: $0) }), !value.isEmpty else { return nil }
        return value
    }

    /// The absolute path with links resolved (`realpath`); for a path that does not exist,
    /// its nearest existing folder resolved and the rest appended as written, standardised.
    package static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : PathText.appending(path, to: FileManager.default.currentDirectoryPath)
        if let real = realPath(absolute) { return real }
        let (folder, name) = PathText.split(absolute)
        if folder == absolute || folder.isEmpty { return URL(fileURLWithPath: absolute).standardizedFileURL.path }
        let parent = resolved(folder)
        return URL(fileURLWithPath: PathText.appending(name, to: parent)).standardizedFileURL.path
    }

    static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
