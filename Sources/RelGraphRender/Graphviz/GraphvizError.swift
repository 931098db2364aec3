/// A failure inside Graphviz, with Graphviz's own words.
public struct GraphvizError: Error, Sendable, CustomStringConvertible {
    public var stage: String
    public var messages: [String]

    public init(stage: String, messages: [String]) {
        self.stage = stage
        self.messages = messages
    }

    public var description: String {
        let detail = messages.isEmpty ? "no message from Graphviz" : messages.joined(separator: "; ")
        return "Graphviz \(stage) failed: \(detail)"
    }
}
