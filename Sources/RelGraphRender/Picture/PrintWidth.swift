import RelGraph

/// The width a picture is made for, as `--width` gives it: a number and a unit, `cm`, `mm`,
/// `in`, `pt` (1/72 in) or `px` (1/96 in, as CSS counts them).
public struct PrintWidth: Sendable, Equatable, CustomStringConvertible {
    /// The width in points.
    public let points: Double
    /// As written, for messages ("16cm").
    public let text: String

    /// From 1 in to 200 in: narrower is no column, and wider than any page or screen.
    public static let range = 72.0...14_400.0

    public static let units: [(name: String, points: Double)] = [("cm", 72 / 2.54), ("mm", 72 / 25.4), ("in", 72), ("pt", 1), ("px", 0.75)]

    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace
        guard let unit = Self.units.first(where: { trimmed.lowercased().hasSuffix($0.name) }) else { return nil }
        let number = trimmed.dropLast(unit.name.count).trimmingWhitespace
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(number), value.isFinite else { return nil }
        let points = value * unit.points
        guard Self.range.contains(points) else { return nil }
        self.points = points
        self.text = number + unit.name
    }

    public init(points: Double) {
        self.points = points
        self.text = WeightFormat.plain(points, decimals: 2) + "pt"
    }

    public var description: String { text }

    /// What a wrong `--width` is told.
    public static let expected = "a number and a unit from 1 in to 200 in: 16cm, 160mm, 6.3in, 450pt or 600px"
}
