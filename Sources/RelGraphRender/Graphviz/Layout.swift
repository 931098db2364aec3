/// Where a layout put everything, in points: what the pinned pictures reuse.
public struct Layout: Sendable {
    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) { self.x = x; self.y = y }
    }

    /// Node centres by node name.
    public var nodes: [String: Point] = [:]
    /// Edge splines (Graphviz's `pos` strings) by edge id.
    public var edgeSplines: [String: String] = [:]
    /// Edge label positions by edge id (`lp` or `xlp`).
    public var edgeLabels: [String: Point] = [:]
    /// Lower-left and upper-right corners of everything laid out.
    public var lowerLeft = Point(x: 0, y: 0)
    public var upperRight = Point(x: 0, y: 0)

    public init() {}

    public var width: Double { upperRight.x - lowerLeft.x }
    public var height: Double { upperRight.y - lowerLeft.y }

    /// Takes Graphviz's `bb` ("llx,lly,urx,ury"); leaves the box as it is when malformed.
    mutating func setBoundingBox(_ text: String) {
        let numbers = text.split(separator: ",").compactMap { Double($0) }
        guard numbers.count == 4 else { return }
        lowerLeft = Point(x: numbers[0], y: numbers[1])
        upperRight = Point(x: numbers[2], y: numbers[3])
    }

    /// "x,y" pairs in Graphviz's notation; nil when malformed.
    static func point(_ text: String) -> Point? {
        let parts = text.split(separator: ",")
        guard parts.count >= 2, let x = Double(parts[0]), let y = Double(parts[1].trimmingScalars { $0 == "!" }) else { return nil }
        return Point(x: x, y: y)
    }
}
