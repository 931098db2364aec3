/// Pronounceable, unique actor names for synthetic models ("Kamero", "Velisa").
///
/// A name is a fixed number of syllables, read as the digits, in base 48, of the actor's
/// index scrambled by a bijection (multiplication by a number coprime to 48ᴸ): every index
/// gets a different name, neighbouring indices get unrelated ones, and names differ in
/// lowercase too, which the command line's case-insensitive lookup needs.
struct SyntheticNames {
    static let syllables: [String] = {
        let onsets = ["b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z"]
        let vowels = ["a", "e", "i", "o"]
        return onsets.flatMap { onset in vowels.map { onset + $0 } }
    }()

    /// Syllables per name: at least two, and enough for `count` names.
    let length: Int
    /// 48 ^ length.
    let space: Int

    init(count: Int) {
        var length = 2, space = 48 * 48
        while space < count {
            length += 1
            space *= 48
        }
        self.length = length
        self.space = space
    }

    /// The name of actor `index` (0 ..< count).
    func name(_ index: Int) -> String {
        // 7919 is prime and does not divide 48ᴸ = 2⁴ᴸ·3ᴸ, so this permutes 0 ..< space.
        var value = Int((UInt64(index) &* 7919 &+ 13) % UInt64(space))
        var parts: [String] = []
        for _ in 0 ..< length {
            parts.append(Self.syllables[value % 48])
            value /= 48
        }
        let text = parts.joined()
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
