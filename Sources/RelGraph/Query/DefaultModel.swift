#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Where the model is when none is named: `RELGRAPH_GRAPH`, else `graphs/south-caucasus.yaml`
/// in the current folder or the nearest folder above it that has one, searching no higher
/// than the root of the repository the current folder is in, or the home folder when it is in
/// none (`ProjectBoundary`); outside both, only the current folder. A model found above the
/// current folder is named by its full path, and the commands say which file they use.
public enum DefaultModel {
    public static let relativePath = "graphs/south-caucasus.yaml"
    public static let environmentVariable = "RELGRAPH_GRAPH"

    /// A model found by the search, and whether it lies above the current folder.
    public struct Location: Equatable, Sendable {
        public var path: String
        public var isAbove: Bool
    }

    public static func locate(environment: (String) -> String? = { getenv($0).map { String(cString: $0) } },
                              from directory: String? = nil, home: String? = ProjectBoundary.homeFolder()) -> String? {
        find(environment: environment, from: directory, home: home)?.path
    }

    public static func find(environment: (String) -> String? = { getenv($0).map { String(cString: $0) } },
                            from directory: String? = nil, home: String? = ProjectBoundary.homeFolder()) -> Location? {
        if let path = environment(environmentVariable), !path.isEmpty { return Location(path: path, isAbove: false) }
        // The current folder is standard as the system gives it (no links, dots or repeated
        // slashes): a standardisation would cost more than the whole search.
        let start = directory.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? FileManager.default.currentDirectoryPath
        if FileManager.default.fileExists(atPath: PathText.appending(relativePath, to: start)) {
            return Location(path: relativePath, isAbove: false)
        }
        guard let limit = ProjectBoundary.searchLimit(from: start, home: home) else { return nil }
        var folder = ProjectBoundary.resolved(start)
        while folder != limit {
            let parent = PathText.split(folder).folder
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
            let candidate = PathText.appending(relativePath, to: folder)
            if FileManager.default.fileExists(atPath: candidate) { return Location(path: candidate, isAbove: true) }
        }
        return nil
    }
}
