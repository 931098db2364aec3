/// Names derived from paths, for default output locations.
enum PathNames {
    /// "graphs/south-caucasus.yaml" → "south-caucasus".
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
