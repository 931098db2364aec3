#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the model is when none is named: `RELGRAPH_GRAPH`, else `graphs/south-caucasus.yaml`
/// in the current folder or the nearest folder above it that has one.
public enum DefaultModel {
    public static let relativePath = "graphs/south-caucasus.yaml"
    public static let environmentVariable = "RELGRAPH_GRAPH"

    public static func locate(environment: (String) -> String? = { getenv($0).map { String(cString: $0) } },
                              from directory: String = FileSystem.currentFolder) -> String? {
        if let path = environment(environmentVariable), !path.isEmpty { return path }
        let start = FileSystem.standardPath(directory)
        var folder = start
        while true {
            let candidate = PathText.appendingToStandardPath(relativePath, to: folder)
            if FileSystem.exists(candidate) {
                return folder == start ? relativePath : candidate
            }
            let parent = PathText.parent(folder)
            if parent == folder { return nil }
            folder = parent
        }
    }
}
