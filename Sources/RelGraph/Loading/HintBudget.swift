/// Did-you-mean hints for one validation run, remembered per word and bounded in number.
///
/// Finding the closest id compares a word with every candidate, so a file of thousands of
/// ties to unknown actors would cost unknowns × actors edit distances (4,000 of each took
/// three minutes). The same misspelling is looked up once, and after `limit` distinct
/// words the rest are reported without a hint.
struct HintBudget {
    let limit: Int
    private var hints: [String: String?] = [:]
    /// Searches made so far: each compares a word with every candidate. At most `limit`.
    private(set) var searches = 0

    init(limit: Int = 100) { self.limit = limit }

    mutating func hint(for word: String, in candidates: Set<String>) -> String? {
        if let known = hints[word] { return known }
        guard hints.count < limit else { return nil }
        let hint = Suggestion.hint(for: word, in: candidates)
        searches += 1
        hints[word] = .some(hint)
        return hint
    }
}
