/// The recorded changes dealt into K folds: within each kind (changed, appeared, ended) the
/// items are shuffled with the seed (SplitMix64, Fisher–Yates) and dealt in turn, one running
/// count across the kinds, so every fold gets a share of each kind and fold sizes differ by at
/// most one. The same items and seed give the same folds on every machine.
public struct FoldSplit: Sendable, Equatable {
    /// `fold[i]`: the fold of item i (0 ..< count).
    public let fold: [Int]
    public let count: Int

    public init(_ items: [HistoryItem], folds: Int, seed: UInt64) {
        precondition(folds >= 1)
        count = folds
        var random = SplitMix64(seed: seed)
        var fold = [Int](repeating: 0, count: items.count)
        var dealt = 0
        for kind in HistoryItem.Kind.allCases {
            var members = items.indices.filter { items[$0].kind == kind }
            if members.count > 1 {
                for i in stride(from: members.count - 1, to: 0, by: -1) {
                    members.swapAt(i, random.below(i + 1))
                }
            }
            for member in members {
                fold[member] = dealt % folds
                dealt += 1
            }
        }
        self.fold = fold
    }

    /// The items of fold k, ascending.
    public func members(_ k: Int) -> [Int] { fold.indices.filter { fold[$0] == k } }
}
