/// A chain of relations from one actor to another on one day: what `relgraph path` prints.
public struct Chain: Sendable {
    /// One relation along the chain: the pair's relation (`Relation` of its ties, as every
    /// measure reads it) and the ties that make it up.
    public struct Step: Sendable {
        public let from: String
        public let to: String
        public let weight: Double
        /// Indices into `model.ties` of the ties between the two that hold on the day, in model order.
        public let ties: [Int]
    }

    /// Actor ids from the first to the last.
    public let actors: [String]
    public let steps: [Step]

    /// Product of the steps' |w|: how much of a relation survives the chain.
    public var strength: Double { steps.reduce(1) { $0 * abs($1.weight) } }

    /// +1 or −1: the product of the steps' signs ("the friend of my enemy is my enemy").
    public var sign: Int { steps.reduce(1) { $1.weight < 0 ? -$0 : $0 } }
}
