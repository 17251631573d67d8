import Foundation

/// Wall-clock fields as a page wrote them, before a zone turns them into an instant.
///
/// The arithmetic is done by hand (days-from-civil) rather than with `Calendar`
/// because it runs for every date on every page and `Calendar.date(from:)` is slow
/// and allocates.
struct CivilDateTime: Sendable, Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour = 0
    var minute = 0
    var second = 0
    var nanosecond = 0
    /// Whether the text gave a time of day (otherwise the fields mean midnight).
    var hasTime = false
    /// The UTC offset the text itself gave; `nil` when it gave none.
    var offsetSeconds: Int?
    /// A zone the text named only by region (`ET`), whose offset depends on the date.
    var zoneIdentifier: String?

    /// Whether every field is within its calendar range.
    var isValid: Bool {
        guard (1...12).contains(month), day >= 1, day <= Self.daysInMonth(year: year, month: month) else {
            return false
        }
        // 60 is allowed for leap seconds; it is folded into 59 when converting.
        return (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
            && (0..<1_000_000_000).contains(nanosecond)
    }

    /// Seconds since 1970-01-01T00:00:00 of these fields read as if they were UTC.
    var secondsReadAsUTC: Int {
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        return days * 86_400 + hour * 3_600 + minute * 60 + min(second, 59)
    }

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian year of a count of days since 1970-01-01 (inverse of ``daysFromCivil``).
    static func year(fromDays days: Int) -> Int {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The Gregorian year, in UTC shifted by `offset`, of an instant.
    static func year(of date: Date, offset: Int) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return year(fromDays: days)
    }
}
