import RelGraph

/// How a bibliography says which ties a source supports.
enum TieSummary {
    /// "Supports 3 ties (1 on this source alone; 1 only on low-graded sources)", or "Cited by no tie".
    static func headline(_ entry: SourceLedger.Entry) -> String {
        guard !entry.ties.isEmpty else { return "Cited by no tie" }
        var text = "Supports \(entry.ties.count) tie\(entry.ties.count == 1 ? "" : "s")"
        var qualifiers: [String] = []
        if !entry.soleSupport.isEmpty { qualifiers.append("\(entry.soleSupport.count) on this source alone") }
        if !entry.lowGradeOnly.isEmpty { qualifiers.append("\(entry.lowGradeOnly.count) only on low-graded sources") }
        if !qualifiers.isEmpty { text += " (" + qualifiers.joined(separator: "; ") + ")" }
        return text
    }

    /// The headline, then the ties by name: for formats without room for lists.
    static func text(_ entry: SourceLedger.Entry, _ ledger: SourceLedger) -> String {
        headline(entry) + (entry.ties.isEmpty ? "" : ": " + entry.ties.map { ledger.name(ofTie: $0) }.joined(separator: ", "))
    }
}
