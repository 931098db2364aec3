import Foundation

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
            let candidate = (path as NSString).appendingPathComponent("\(sourceID).\(ext)")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue { return candidate }
        }
        return nil
    }

    /// The document's text without markup, normalised for searching.
    public func document(at documentPath: String) throws(InputError) -> EvidenceText {
        let bytes = try FileInput.read(documentPath)
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw InputError(path: documentPath, "is not UTF-8 text; save the document as UTF-8 plain text")
        }
        return EvidenceText(MarkdownPlainText.text(of: text, blockMarkers: documentPath.lowercased().hasSuffix(".md")))
    }
}
