/// Text reduced to what a quotation must get right, so that a quote and its document can
/// be compared byte for byte: the words and punctuation, not their typography.
///
/// Normalisation, applied alike to quotes and documents:
/// - Unicode canonical composition (NFC), so "é" is "é" however it was typed;
/// - curly and prime quotation marks (‘ ’ ‚ ‛ ′ ʼ ` ´ and “ ” „ ‟ ″ « ») → `'` and `"`;
/// - dashes and hyphens (‐ ‑ ‒ – — ― − and `--`) → one `-`, with no space on either side,
///   so "Baku — Moscow", "Baku–Moscow" and "Baku - Moscow" agree;
/// - every run of white space (line breaks, tabs, no-break and thin spaces) → one space;
/// - soft hyphens and zero-width characters dropped; `…` → `...`.
/// Letter case is kept: a quotation is verbatim.
public enum QuoteText {
    public static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        // The last scalar written, kept rather than read back from `out`.
        var last: Unicode.Scalar?
        // Canonical composition (NFC) from the standard library's own normaliser, which
        // FoundationEssentials uses too: Swift 6.3 has no public one, FoundationEssentials none
        // of its own, and Foundation's `precomposedStringWithCanonicalMapping` (the same text)
        // would bring Foundation and ICU into the binary for this one call.
        let composed = String(decoding: text._nfcCodeUnits, as: UTF8.self)
        for scalar in composed.unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: mapped = "'"
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: mapped = "\""
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0x002D:
                // One dash, hugging its neighbours: drop the space before it and any after it.
                pendingSpace = false
                if last != "-" { out.append("-") }
                last = "-"
                continue
            case 0x2026: mapped = "\u{2026}"
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            default:
                // White space: ASCII's without a Unicode property lookup, which nearly every
                // scalar of a document would otherwise cost.
                if scalar.value < 0x80 ? scalar.value <= 0x20 : scalar.properties.isWhitespace {
                    pendingSpace = true
                    continue
                }
                mapped = scalar
            }
            if pendingSpace && last != nil && last != "-" { out.append(" ") }
            pendingSpace = false
            if mapped == "\u{2026}" {
                out.append("."); out.append("."); out.append(".")
                last = "."
            } else {
                out.append(mapped)
                last = mapped
            }
        }
        return String(out)
    }

    /// The parts of a quote that `...` or `…` separate (also written `[...]` or `(...)`),
    /// normalised, each trimmed of the spaces and `, ; :` that lean on the ellipsis.
    /// A quote without an ellipsis is one part.
    public static func fragments(_ quote: String) -> [String] {
        var text = normalized(quote)
        for bracketed in ["[...]", "(...)", "[ ...]", "[... ]", "( ...)", "(... )"] {
            text = text.replacing(bracketed, with: "...")
        }
        let parts = text.split(separator: "...", omittingEmptySubsequences: false)
        return parts.enumerated().compactMap { index, part in
            var fragment = Substring(part)
            // Extra dots of a "...." run belong to the ellipsis too.
            if index > 0 { fragment = fragment.drop { $0 == "." } }
            let lean: Set<Character> = [" ", ",", ";", ":"]
            if index > 0 { fragment = fragment.drop(while: lean.contains) }
            if index < parts.count - 1 {
                while let last = fragment.last, lean.contains(last) { fragment = fragment.dropLast() }
            }
            let trimmed = fragment.trimmingWhitespace
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
