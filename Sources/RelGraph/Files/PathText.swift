/// Paths as text, taken apart and put together the way Foundation did for relgraph, so that
/// every path relgraph prints reads as before. Nothing here touches the file system.
///
/// Two families, because relgraph used two: `NSString`'s path methods (`appending`,
/// `lastComponent`, `deletingLastComponent`) on paths as the user wrote them, and `URL`'s on
/// paths `FileSystem.standardPath` made (absolute, no `.`, `..`, repeated or trailing slashes).
public enum PathText {
    // MARK: - NSString's

    /// `NSString.appendingPathComponent`: `folder/component`, with no slash added after one
    /// that is there; an empty side gives the other.
    public static func appending(_ component: String, to folder: String) -> String {
        if component.isEmpty { return folder }
        if folder.isEmpty { return component }
        return folder.hasSuffix("/") ? folder + component : folder + "/" + component
    }

    /// `NSString.lastPathComponent`: "a/b.csv" → "b.csv", "a/b/" → "b", "/" → "/".
    public static func lastComponent(_ path: String) -> String {
        let fixed = fixingSlashes(path)
        guard fixed.count > 1, let slash = fixed.lastIndex(of: "/") else { return fixed }
        return String(fixed[fixed.index(after: slash)...])
    }

    /// `NSString.deletingLastPathComponent`: "a/b.csv" → "a", "b.csv" → "", "/b" → "/".
    public static func deletingLastComponent(_ path: String) -> String {
        let fixed = fixingSlashes(path)
        if fixed == "/" || fixed.isEmpty { return fixed }
        guard let slash = fixed.lastIndex(of: "/") else { return "" }
        return slash == fixed.startIndex ? "/" : String(fixed[..<slash])
    }

    /// Runs of slashes made one, then one trailing slash dropped (but from "/" itself).
    /// Character by character, like NSString: a slash with a combining mark is no slash.
    static func fixingSlashes(_ path: String) -> String {
        if path == "/" { return path }
        var out = ""
        var afterSlash = false
        for character in path {
            if character == "/" {
                if !afterSlash { out.append(character) }
                afterSlash = true
            } else {
                out.append(character)
                afterSlash = false
            }
        }
        if out.hasSuffix("/") { out.removeLast() }
        return out
    }

    // MARK: - URL's, on standard paths

    /// The folder a path is in, as `URL.deletingLastPathComponent` takes it: "/a/b" → "/a",
    /// "/a//b" → "/a", "/a" → "/", "/" → "/", "b" → "", "a/b/" → "a".
    public static func parent(_ path: String) -> String {
        let utf8 = path.utf8
        let slash = UInt8(ascii: "/")
        guard let lastSlash = utf8.lastIndex(of: slash) else { return "" }
        guard let lastNonSlash = utf8[..<lastSlash].lastIndex(where: { $0 != slash }) else { return "/" }
        guard lastSlash == utf8.index(before: utf8.endIndex) else { return String(path[...lastNonSlash]) }
        // A trailing slash: the component before it goes.
        guard let previousSlash = utf8[..<lastNonSlash].lastIndex(of: slash) else { return "" }
        guard let previousNonSlash = utf8[..<previousSlash].lastIndex(where: { $0 != slash }) else { return "/" }
        return String(path[...previousNonSlash])
    }

    /// A standard path's last component: "/a/b.csv" → "b.csv", "/" → "/".
    public static func lastComponentOfStandardPath(_ path: String) -> String {
        guard path.utf8.count > 1, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// `component` inside a standard path's folder: "/a" and "b" give "/a/b", "/" gives "/b".
    public static func appendingToStandardPath(_ component: String, to folder: String) -> String {
        folder == "/" ? "/" + component : folder + "/" + component
    }

    /// `URL.pathExtension`: the text after the last dot of the last component; "" for none,
    /// for a name that starts with its only dot (".csv"), for "." and "..", for one that
    /// ends in a dot, and for an extension holding a space or a bidirectional control.
    public static func pathExtension(_ path: String) -> String {
        let name = urlLastComponent(droppingTrailingSlashes(path))
        let bytes = name.utf8
        guard bytes.last != UInt8(ascii: "."), let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex else { return "" }
        let stem = bytes[..<dot]
        if (stem.count == 1 || stem.count == 2) && stem.allSatisfy({ $0 == UInt8(ascii: ".") }) { return "" }
        let result = String(name[bytes.index(after: dot)...])
        return result.unicodeScalars.contains(where: invalidExtensionScalars.contains) ? "" : result
    }

    /// What Foundation does not accept in an extension.
    static let invalidExtensionScalars: Set<Unicode.Scalar> = [
        " ", "/", "\u{061C}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
        "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
    ]

    /// The last component of a path without trailing slashes ("/" for "/").
    static func urlLastComponent(_ path: String) -> String {
        guard path.utf8.count > 1, let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    // MARK: - Steps of standardisation

    /// Every run of slashes as one.
    static func compressingSlashes(_ path: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for byte in path.utf8 where !(byte == UInt8(ascii: "/") && out.last == UInt8(ascii: "/")) { out.append(byte) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Without trailing slashes; all slashes give "/".
    static func droppingTrailingSlashes(_ path: String) -> String {
        var bytes = path.utf8[...]
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes = bytes.dropLast() }
        return String(Substring(bytes))
    }

    /// Whether a component is "..".
    static func hasDotDotComponent(_ path: String) -> Bool {
        path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .contains { $0.elementsEqual("..".utf8) }
    }

    /// RFC 3986's remove_dot_segments, as Foundation applies it to paths: "." components
    /// go, ".." takes the component before it with it ("/.." is "/"), and a leading "./" or
    /// "../" of a relative path goes.
    static func removingDotSegments(_ path: String) -> String {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var input = Array(path.utf8)[...]
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        func removeLastSegment() {
            while let last = output.popLast(), last != slash {}
        }
        while !input.isEmpty {
            if input.starts(with: [dot, dot, slash]) {
                input = input.dropFirst(3)
            } else if input.starts(with: [dot, slash]) {
                input = input.dropFirst(2)
            } else if input.starts(with: [slash, dot, slash]) {
                input = input.dropFirst(2)
            } else if input.elementsEqual([slash, dot]) {
                input = [slash]
            } else if input.starts(with: [slash, dot, dot, slash]) {
                input = input.dropFirst(3)
                removeLastSegment()
            } else if input.elementsEqual([slash, dot, dot]) {
                input = [slash]
                removeLastSegment()
            } else if input.elementsEqual([dot]) || input.elementsEqual([dot, dot]) {
                input = []
            } else {
                // The first segment: its leading slash, if any, and everything up to the next.
                var end = input.startIndex
                if input[end] == slash { end += 1 }
                while end < input.endIndex && input[end] != slash { end += 1 }
                output.append(contentsOf: input[..<end])
                input = input[end...]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
