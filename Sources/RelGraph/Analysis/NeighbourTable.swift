/// Every node's neighbours by a tie of non-zero weight, as compressed sparse rows: one array
/// of row starts and one flat array of neighbour numbers.
///
/// What the measures that ignore weights walk (components, degree). The rows of
/// `SignedGraph.adjacency` are separate arrays of 24-byte entries; walking them costs a
/// pointer chase per node and six times the memory traffic of 4-byte neighbour numbers read
/// in one sweep, and that, not the search itself, is what a search over a sparse graph spends
/// its time on.
///
/// A pair of weight exactly 0 is no tie (as everywhere in Analysis/), so it is left out here.
public struct NeighbourTable: Sendable, Equatable {
    /// Node i's neighbours are `neighbours[rowStart[i] ..< rowStart[i + 1]]`; n + 1 entries.
    public let rowStart: [Int32]
    /// Neighbour numbers, each row sorted, as the rows of `SignedGraph.adjacency` are.
    public let neighbours: [Int32]

    public var nodeCount: Int { rowStart.count - 1 }

    /// The table of the non-zero ties in `adjacency`.
    init(_ adjacency: [[SignedGraph.Neighbour]]) {
        // Int32 halves the memory the walk reads; 2³¹ arcs would be 32 GiB of rows before this.
        let arcs = adjacency.reduce(0) { $0 + $1.count }
        precondition(arcs < Int(Int32.max), "too many ties for a neighbour table")
        var rowStart = [Int32](repeating: 0, count: adjacency.count + 1)
        var neighbours = [Int32](repeating: 0, count: arcs)
        var filled = 0
        // One read of the rows, as any walk over them would cost (at 100,000 ties it is mostly
        // waiting for each row's block of memory); every later walk reads only the flat arrays.
        adjacency.withUnsafeBufferPointer { rows in
            rowStart.withUnsafeMutableBufferPointer { rowStart in
                neighbours.withUnsafeMutableBufferPointer { neighbours in
                    for node in rows.indices {
                        rows[node].withUnsafeBufferPointer { row in
                            for neighbour in row where neighbour.weight != 0 {
                                neighbours[filled] = Int32(truncatingIfNeeded: neighbour.node)
                                filled += 1
                            }
                        }
                        rowStart[node + 1] = Int32(truncatingIfNeeded: filled)
                    }
                }
            }
        }
        neighbours.removeLast(arcs - filled)
        self.rowStart = rowStart
        self.neighbours = neighbours
    }

    /// Node `node`'s neighbours by a non-zero tie, in ascending order.
    public func neighbours(of node: Int) -> ArraySlice<Int32> {
        neighbours[Int(rowStart[node]) ..< Int(rowStart[node + 1])]
    }

    /// The number of non-zero ties at `node`.
    public func degree(of node: Int) -> Int { Int(rowStart[node + 1] - rowStart[node]) }
}
