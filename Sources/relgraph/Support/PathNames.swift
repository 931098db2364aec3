/// Names derived from paths, for default output locations.
enum PathNames {
    /// "graphs/south-caucasus.yaml" → "south-caucasus".
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `name` inside `folder`: "out/" and "out" give "out/name", not "out//name", in what
    /// relgraph prints.
    static func inside(_ folder: String, _ name: String) -> String {
        let folder = Self.folder(folder)
        return folder == "/" ? "/" + name : folder + "/" + name
    }

    /// A folder as printed: without trailing slashes.
    static func folder(_ path: String) -> String {
        var folder = Substring(path)
        while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }
}
