/// Paths as the user wrote them, split and joined as text, so that a file found beside another
/// is named in the user's own terms: relative stays relative, nothing is resolved. (URL makes
/// every path absolute, and FoundationEssentials keeps its String path methods internal.)
/// The rules are NSString's, which relgraph used before.
package enum PathText {
    /// `folder/name`, with no slash added after one that is there; an empty folder gives `name`.
    package static func appending(_ name: String, to folder: String) -> String {
        folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder a path names and its last component, runs of slashes taken as one and a
    /// trailing slash dropped: "a/b.csv" → ("a", "b.csv"), "b.csv" → ("", "b.csv"),
    /// "/b" → ("/", "b"), "a//b/" → ("a", "b"), "/" → ("/", "/").
    package static func split(_ path: String) -> (folder: String, name: String) {
        if path == "/" { return ("/", "/") }
        var fixed = ""
        for character in path where !(character == "/" && fixed.last == "/") { fixed.append(character) }
        if fixed.last == "/" { fixed.removeLast() }
        guard let slash = fixed.lastIndex(of: "/") else { return ("", fixed) }
        return (slash == fixed.startIndex ? "/" : String(fixed[..<slash]), String(fixed[fixed.index(after: slash)...]))
    }
}
