/// A way of writing (or reading) a file, chosen by name with `--format` or by the file's
/// extension: the export formats, the bibliography formats, metrics' formats, the import formats.
public protocol FileFormat: Sendable {
    /// The name `--format` takes.
    var name: String { get }
    /// The extensions that choose it, lowercase and without the dot; the first is the one a
    /// default output file gets. Empty for a format no extension chooses.
    var extensions: [String] { get }
}

extension FileFormat {
    /// Whether the file `path` names has one of this format's extensions, in any case.
    public func matches(path: String) -> Bool {
        FileFormats.fileExtension(of: path).map(extensions.contains) ?? false
    }
}

extension FileFormat where Self: CaseIterable {
    /// The format the file `path` names asks for by its extension, if any.
    public init?(path: String) {
        guard let format = Self.allCases.first(where: { $0.matches(path: path) }) else { return nil }
        self = format
    }
}

/// What every command reads formats from.
public enum FileFormats {
    /// The extension of the file `path` names, lowercased: the text after the last `.` of its
    /// last component ("out/Map.SVG" → "svg", "refs.tar.bib" → "bib"). Nil for `-` (standard
    /// output) and for a name without a dot.
    public static func fileExtension(of path: String) -> String? {
        guard path != "-" else { return nil }
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }

    /// "a", "a or b", "a, b or c": names for a help text or a message.
    public static func alternatives(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " or " + last
    }
}
