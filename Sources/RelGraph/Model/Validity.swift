/// The interval in which an actor exists or a tie holds; both ends inclusive, either open.
public struct Validity: Hashable, Sendable {
    public var since: PartialDate?
    public var until: PartialDate?

    public init(since: PartialDate? = nil, until: PartialDate? = nil) {
        self.since = since
        self.until = until
    }

    public static let always = Validity()

    public var firstDay: Day? { since?.firstDay }
    public var lastDay: Day? { until?.lastDay }

    public func contains(_ day: Day) -> Bool {
        if let first = firstDay, day < first { return false }
        if let last = lastDay, day > last { return false }
        return true
    }

    /// Whether two intervals share at least one day.
    public func overlaps(_ other: Validity) -> Bool {
        let start = max(firstDay?.number ?? .min, other.firstDay?.number ?? .min)
        let end = min(lastDay?.number ?? .max, other.lastDay?.number ?? .max)
        return start <= end
    }

    public var isReversed: Bool {
        guard let first = firstDay, let last = lastDay else { return false }
        return last < first
    }

    /// "2020-11-10 – 2024-04", "since 2021", "until 2001", or nil when unbounded.
    public var summary: String? {
        switch (since, until) {
        case let (s?, u?): return "\(s) – \(u)"
        case let (s?, nil): return "since \(s)"
        case let (nil, u?): return "until \(u)"
        case (nil, nil): return nil
        }
    }
}
