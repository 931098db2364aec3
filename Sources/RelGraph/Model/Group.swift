/// A set of actors drawn in one colour (South Caucasus, the West, …).
public struct Group: Sendable {
    public var id: String
    public var label: String
    /// `#rrggbb`, or nil for the palette's next colour.
    public var color: String?
    public var position: TextPosition

    public init(id: String, label: String? = nil, color: String? = nil, position: TextPosition = .start) {
        self.id = id
        self.label = label ?? id
        self.color = color
        self.position = position
    }
}
