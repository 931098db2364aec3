/// The Admiralty (NATO) code: source reliability A (reliable) … F (cannot be judged),
/// then information credibility 1 (confirmed) … 6 (cannot be judged).
public struct AdmiraltyGrade: Hashable, Sendable, CustomStringConvertible {
    public let reliability: Character
    public let credibility: Int

    public init?(_ text: String) {
        let characters = Array(text)
        guard characters.count == 2,
              let letter = characters.first, "ABCDEF".contains(letter),
              let digit = characters.last?.wholeNumberValue, (1...6).contains(digit),
              characters[1].isASCII else { return nil }
        reliability = letter
        credibility = digit
    }

    public var description: String { "\(reliability)\(credibility)" }

    /// Low-graded: unreliable sources (D–F) or doubtful information (4–6).
    public var isLow: Bool { "DEF".contains(reliability) || credibility >= 4 }
}
