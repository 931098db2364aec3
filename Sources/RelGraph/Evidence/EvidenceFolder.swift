import FoundationEssentials

/// A folder of local copies of a model's sources, one file per source named by its id:
/// `<id>.txt` (plain text) or `<id>.md` (Markdown), both read without their inline markup
/// (`MarkdownPlainText`). When both exist the `.txt` is used.
public struct EvidenceFolder: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public static let extensions = ["txt", "md"]

    /// The file holding `sourceID`'s text, if there is one.
    public func documentPath(for sourceID: String) -> String? {
        for ext in Self.extensions {
            let candidate = PathText.appending("\(sourceID).\(ext)", to: path)
            if FileManager.default.nonFolderExists(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The document's text without markup, normalised for searching.
    public func document(at documentPath: String) throws(InputError) -> EvidenceText {
        let bytes = try FileInput.read(documentPath)
        guard let text = Self.text(bytes) else {
            throw InputError(path: documentPath, "is not UTF-8 text; save the document as UTF-8 plain text")
        }
        return EvidenceText(MarkdownPlainText.text(of: text, blockMarkers: documentPath.lowercased().hasSuffix(".md")))
    }

    /// Valid UTF-8 without its byte-order mark, if it has one (editors on Windows write it),
    /// as Foundation's `String(bytes:encoding: .utf8)` read it; nil for anything else.
    static func text(_ bytes: [UInt8]) -> String? {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        return String(validating: bytes.starts(with: bom) ? bytes.dropFirst(bom.count) : bytes[...], as: UTF8.self)
    }
}
