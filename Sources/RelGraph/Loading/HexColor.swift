/// `#rrggbb`, the one colour notation a model may carry (it goes into DOT and SVG as is).
public enum HexColor {
    public static func isValid(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count == 7 && scalars[0] == "#" && scalars.dropFirst().allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
