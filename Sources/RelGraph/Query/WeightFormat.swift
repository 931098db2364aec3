/// Numbers as analysts read them: "+0.9", "-0.6", "0"; deterministic, locale-free.
public enum WeightFormat {
    /// Up to `decimals` places, trailing zeros dropped, with an explicit sign for non-zero values.
    public static func signed(_ value: Double, decimals: Int = 2) -> String {
        let text = plain(value, decimals: decimals)
        return text.hasPrefix("-") || text == "0" ? text : "+" + text
    }

    /// Up to `decimals` places, trailing zeros dropped ("0.25", "-1", "3").
    public static func plain(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        if scaled == 0 { return "0" }
        // Past Int's range (a weight of 1e300 in a hostile file) Swift's own form is exact enough.
        if scaled >= largestInteger { return "\(value)" }
        let whole = Int(scaled / scale)
        var fraction = Int(scaled - Double(whole) * scale)
        var digits = decimals
        while digits > 0 && fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        var text = String(whole)
        if digits > 0 {
            let raw = String(fraction)
            text += "." + String(repeating: "0", count: digits - raw.count) + raw
        }
        return (value < 0 ? "-" : "") + text
    }

    /// Fixed places, for aligned tables and stable JSON ("0.500").
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return plain(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        if scaled >= largestInteger { return "\(value)" }
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var text = String(whole)
        if decimals > 0 {
            let raw = String(fraction)
            text += "." + String(repeating: "0", count: decimals - raw.count) + raw
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text
    }

    /// 2⁶³: the first Double that `Int(_:)` cannot hold.
    static let largestInteger = 9_223_372_036_854_775_808.0
}
