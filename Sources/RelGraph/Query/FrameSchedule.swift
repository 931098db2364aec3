/// The days of a timeline: `from`, then every `interval` after it, up to `to`; `to` itself
/// is the last frame even when it falls between two steps of the grid.
///
/// A step of N months keeps the day of the month (the 1st for `YYYY` and `YYYY-MM` dates),
/// moved back to the month's last day where the month is shorter, and always counted from
/// `from`, so a grid from 31 January gives 28/29 February and then 31 March.
public struct FrameSchedule: Sendable, Equatable {
    /// How far apart frames are: `Nm` (months) or `Ny` (years).
    public struct Interval: Hashable, Sendable, CustomStringConvertible {
        public let months: Int

        public init?(months: Int) {
            guard months > 0 else { return nil }
            self.months = months
        }

        /// The longest interval: a century, far more than any model spans.
        public static let maximumMonths = 1200

        /// `6m`, `3m`, `1y`, `2y`, …: a whole number from 1 and `m` or `y`, at most a century.
        public init?(parsing text: String) {
            guard let months = Self.months(text), months <= Self.maximumMonths else { return nil }
            self.init(months: months)
        }

        /// Whether `text` is written as an interval but is longer than `maximumMonths` (or
        /// than any number can hold): the message then names the limit.
        public static func isTooLong(_ text: String) -> Bool {
            let lower = text.lowercased()
            guard let unit = lower.last, unit == "m" || unit == "y", !lower.dropLast().isEmpty,
                  lower.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            return (months(text) ?? .max) > maximumMonths
        }

        /// The months `text` spells, if it is a whole number from 1 and `m` or `y`.
        static func months(_ text: String) -> Int? {
            let lower = text.lowercased()
            guard let unit = lower.last, unit == "m" || unit == "y",
                  let count = Int(lower.dropLast()), lower.dropLast().allSatisfy(\.isASCII), count > 0 else { return nil }
            let (months, overflow) = count.multipliedReportingOverflow(by: unit == "y" ? 12 : 1)
            return overflow ? nil : months
        }

        public var description: String { months % 12 == 0 ? "\(months / 12)y" : "\(months)m" }
    }

    public let days: [Day]

    /// The frames from `from` to `to` (inclusive); empty when `to` is before `from`.
    public init(from: Day, to: Day, every interval: Interval) {
        var days: [Day] = []
        let (year, month, day) = from.components
        var step = 0
        while true {
            let next = Self.adding(months: step * interval.months, toYear: year, month: month, day: day)
            guard next <= to else { break }
            days.append(next)
            step += 1
        }
        if let last = days.last, last != to { days.append(to) }
        self.days = days
    }

    static func adding(months: Int, toYear year: Int, month: Int, day: Int) -> Day {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, PartialDate.daysIn(month: newMonth, year: newYear)))
    }
}
