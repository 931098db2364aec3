/// A date as precise as the sources know it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// A partial date stands for a period; `firstDay` and `lastDay` bound it, so `until: 2024-04`
/// includes the whole of April and `since: 2024-04` starts on the 1st.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month { guard (1...12).contains(month) else { return nil } }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the three accepted forms; anything else (`2024-4`, `24-04-01`, `2024-02-30`) is nil.
    public init?(parsing text: String) {
        // Bytes, not Characters: the accepted forms are ASCII digits and hyphens only.
        var year: Int?, month: Int?  // the numbers before the first and the second hyphen
        var value = 0, digits = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                if digits > 4 { return nil }
            } else if byte == UInt8(ascii: "-") {
                guard digits == (year == nil ? 4 : 2), month == nil else { return nil }
                if year == nil { year = value } else { month = value }
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard digits == (year == nil ? 4 : 2) else { return nil }
        guard let year else {
            self.init(year: value)
            return
        }
        guard let month else {
            self.init(year: year, month: value)
            return
        }
        self.init(year: year, month: month, day: value)
    }

    public var firstDay: Day { Day(year: year, month: month ?? 1, day: day ?? 1) }

    public var lastDay: Day {
        let lastMonth = month ?? 12
        return Day(year: year, month: lastMonth, day: day ?? PartialDate.daysIn(month: lastMonth, year: year))
    }

    public var description: String {
        var text = zeroPadded4(year)
        if let month { text += "-" + zeroPadded2(month) }
        if let day { text += "-" + zeroPadded2(day) }
        return text
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.firstDay, a.lastDay) < (b.firstDay, b.lastDay)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A calendar day as a count of days since 1970-01-01 (proleptic Gregorian): cheap to compare.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let number: Int

    public init(number: Int) { self.number = number }

    /// Howard Hinnant's days-from-civil.
    public init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1 as Int
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146097 + dayOfEra - 719468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }

    public func adding(days: Int) -> Day { Day(number: number + days) }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return "\(zeroPadded4(y))-\(zeroPadded2(m))-\(zeroPadded2(d))"
    }
}

/// Fixed-width date parts without Foundation's locale-dependent formatting.
func zeroPadded2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

func zeroPadded4(_ value: Int) -> String {
    let digits = "\(value)"
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
