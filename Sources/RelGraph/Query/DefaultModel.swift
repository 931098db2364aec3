#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Where the model is when none is named: `RELGRAPH_GRAPH`, else `graphs/south-caucasus.yaml`
/// in the current folder or the nearest folder above it that has one.
public enum DefaultModel {
    public static let relativePath = "graphs/south-caucasus.yaml"
    public static let environmentVariable = "RELGRAPH_GRAPH"

    public static func locate(environment: (String) -> String? = { getenv($0).map { String(cString: $0) } },
                              from directory: String? = nil) -> String? {
        if let path = environment(environmentVariable), !path.isEmpty { return path }
        // The current folder is standard as the system gives it (no links, dots or repeated
        // slashes): a standardisation would cost more than the whole search.
        let start = directory.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? URL(filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
        var folder = start
        while true {
            let candidate = folder.appendingPathComponent(relativePath).path
            if FileManager.default.fileExists(atPath: candidate) {
                return folder.path == start.path ? relativePath : candidate
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
