#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One draw of a tie (docs/weights.md, "Uncertainty"): each report believed with its
/// probability, the tie there when at least one is (an assumption: in 9 draws of 10); its
/// base weight the mean of the believed reports' readings; then |w| + ε, ε ~ Normal(0, σ),
/// reflected back into 0 … 1 and given the tie's sign.
enum TieSampler {
    /// The drawn weight, or nil when no report is believed.
    static func draw(_ evidence: TieEvidence, _ random: inout SplitMix64) -> Double? {
        var believed = 0, sum = 0.0
        if evidence.isAssumption {
            guard random.unit() < TieEvidence.assumptionPresence else { return nil }
            believed = 1
            sum = evidence.weight
        } else {
            for report in evidence.reports where random.unit() < report.probability {
                believed += 1
                sum += report.reading ?? evidence.weight
            }
            guard believed > 0 else { return nil }
        }
        let base = sum / Double(believed)
        let sign: Double = base > 0 ? 1 : base < 0 ? -1 : (evidence.weight > 0 ? 1 : evidence.weight < 0 ? -1 : 0)
        var size = abs(base) + evidence.spread * normal(&random)
        if size < 0 { size = -size }
        if size > 1 { size = 2 - size }
        return sign * min(1, max(0, size))
    }

    /// A standard normal deviate (Box–Muller, the cosine branch): two uniforms per call.
    static func normal(_ random: inout SplitMix64) -> Double {
        let u1 = 1 - random.unit()   // (0, 1]: log is finite
        let u2 = random.unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// The generator of draw `index` under `seed`: seeded by a hash of both, so draws are
    /// independent of one another and of how they are scheduled.
    static func generator(seed: UInt64, draw index: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        var seeded = SplitMix64(seed: seed ^ mixer.next())
        return SplitMix64(seed: seeded.next())
    }
}
