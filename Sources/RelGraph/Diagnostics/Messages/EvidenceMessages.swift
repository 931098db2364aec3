/// The wording of `check --evidence` findings: each quote looked up in its source's document.
extension Diagnostic.Message {
    /// `reason` says why the document cannot be read (`InputError`).
    public static func evidenceUnreadable(_ reason: String) -> Self { Self(.evidenceUnreadable, reason) }

    public static func noEvidence(_ source: String, folder: String, quotes: Int) -> Self {
        Self(.noEvidence, "no document for source '\(source)' in \(folder); its \(quotes) quote\(quotes == 1 ? " is" : "s are") not checked",
             hint: "save it as \(source).txt or \(source).md")
    }

    /// `hint` names the missing part and the closest passage.
    public static func misquote(_ source: String, hint: String) -> Self { Self(.misquote, "quote not found in \(source)", hint: hint) }
}
