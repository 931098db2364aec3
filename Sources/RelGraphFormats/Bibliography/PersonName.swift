import RelGraph

/// An author as bibliographies want one: family and given names when the text is plainly a
/// personal name, otherwise the text as it stands (an organisation, a name with particles).
///
/// "Simple" means two or three capitalised words (the middle one an initial, as in
/// "John F. Kennedy"), or "Family, Given". Anything else — "International Crisis Group",
/// "Ludwig van Beethoven", "al-Hakim" — stays literal rather than being split wrongly.
public enum PersonName: Equatable, Sendable {
    case person(family: String, given: String)
    case literal(String)

    /// The authors in `text`, separated by " and ", "&" or ";".
    public static func list(_ text: String) -> [PersonName] {
        var parts = [Substring(text)]
        for separator in [";", " & ", " and "] {
            parts = parts.flatMap { $0.split(separator: separator, omittingEmptySubsequences: false) }
        }
        return parts.map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }.map(PersonName.init)
    }

    public init(_ text: String) {
        let name = text.trimmingWhitespace
        let commaParts = name.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
        if commaParts.count == 2, Self.isPlainWords(commaParts[0], max: 1), Self.isPlainWords(commaParts[1], max: 2) {
            self = .person(family: commaParts[0], given: commaParts[1])
            return
        }
        let words = name.split(whereSeparator: { $0 == " " }).map(String.init)
        if commaParts.count == 1, words.count == 2 || (words.count == 3 && Self.isInitial(words[1])),
           words.allSatisfy(Self.isNameWord) {
            self = .person(family: words.last!, given: words.dropLast().joined(separator: " "))
            return
        }
        self = .literal(name)
    }

    static func isPlainWords(_ text: String, max: Int) -> Bool {
        let words = text.split(separator: " ").map(String.init)
        return (1...max).contains(words.count) && words.allSatisfy(isNameWord)
    }

    /// A capitalised word of letters, possibly hyphenated or with an apostrophe (O'Brien).
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
            && word.last != "-"
    }

    static func isInitial(_ word: String) -> Bool {
        word.count == 2 && word.first!.isUppercase && word.last == "."
    }
}
