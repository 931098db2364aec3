#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-sided exact binomial test: how likely k or more successes in n trials are when
/// each succeeds with probability p.
public enum BinomialTest {
    /// P(X ≥ k) for X ~ Binomial(n, p), summed exactly term by term (in logarithms, so n in
    /// the tens of thousands does not overflow).
    public static func upperTail(successes k: Int, trials n: Int, probability p: Double) -> Double {
        precondition(n >= 0 && p >= 0 && p <= 1)
        return mass(max(0, k) ... max(max(0, k), n), trials: n, probability: p)
    }

    /// P(X ≤ k).
    public static func lowerTail(successes k: Int, trials n: Int, probability p: Double) -> Double {
        precondition(n >= 0 && p >= 0 && p <= 1)
        return k < 0 ? 0 : mass(0 ... min(k, n), trials: n, probability: p)
    }

    /// The smallest k with P(X ≥ k) ≤ level: counts of k or more are significant at `level`.
    public static func upperCritical(trials n: Int, probability p: Double, level: Double) -> Int {
        var k = 0
        while k <= n && upperTail(successes: k, trials: n, probability: p) > level { k += 1 }
        return k
    }

    /// The largest k with P(X ≤ k) ≤ level (−1 when there is none).
    public static func lowerCritical(trials n: Int, probability p: Double, level: Double) -> Int {
        var k = -1
        while k + 1 <= n && lowerTail(successes: k + 1, trials: n, probability: p) <= level { k += 1 }
        return k
    }

    /// P(X ∈ range).
    static func mass(_ range: ClosedRange<Int>, trials n: Int, probability p: Double) -> Double {
        if range.lowerBound > n { return 0 }
        if p == 0 { return range.contains(0) ? 1 : 0 }
        if p == 1 { return range.contains(n) ? 1 : 0 }
        let logP = log(p), logQ = log1p(-p), logNFactorial = logFactorial(n)
        var sum = 0.0
        for i in range {
            sum += exp(logNFactorial - logFactorial(i) - logFactorial(n - i) + Double(i) * logP + Double(n - i) * logQ)
        }
        return min(1, sum)
    }

    /// log(n!) = lgamma(n + 1).
    static func logFactorial(_ n: Int) -> Double {
        let value: Double = lgamma(Double(n) + 1)
        return value
    }
}
