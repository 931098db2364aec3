/// SplitMix64, the pseudo-random generator behind `relgraph generate`: the same seed gives
/// the same numbers on every machine and every Swift version.
///
/// Definition (Steele, Lea & Flood 2014; Vigna's reference C code `splitmix64.c`): the state
/// advances by the golden-ratio increment 0x9E3779B97F4A7C15 and each output is the new
/// state through the finaliser
///
///     z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
///     z = (z ^ (z >> 27)) * 0x94D049BB133111EB
///     z ^ (z >> 31)
///
/// with 64-bit wrapping arithmetic. It is written out here rather than taken from Swift's
/// `RandomNumberGenerator` helpers (`Int.random(in:using:)`, `shuffled(using:)`), whose ways
/// of turning bits into ranges are not promised to stay the same across Swift releases:
/// every conversion below is fixed too.
///
/// Not for cryptography. Period 2⁶⁴; passes BigCrush.
///
/// References: G. L. Steele, D. Lea & C. H. Flood (2014), "Fast splittable pseudorandom
/// number generators", OOPSLA 2014: 453–472; S. Vigna, https://prng.di.unimi.it/splitmix64.c;
/// D. Lemire (2019), "Fast random integer generation in an interval", ACM Transactions on
/// Modeling and Computer Simulation 29(1): 3.
public struct SplitMix64: Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0 ..< bound (bound > 0), without modulo bias: Lemire's
    /// multiply-and-shift with rejection of the few low products that would favour some values.
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in [0, 1): the top 53 bits, so every value is a multiple of 2⁻⁵³.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element, uniformly.
    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
