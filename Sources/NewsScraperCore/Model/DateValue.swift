import Foundation

/// A point in time as a page stated it: the instant, the UTC offset it was
/// written with, and the raw text it was read from.
public struct DateValue: Sendable, Hashable {
    /// How precisely the page gave the date.
    public enum Precision: String, Sendable, Codable, Hashable {
        /// Only the calendar day was given.
        case day
        /// A time of day was given too.
        case time
    }

    /// The instant (for a day-only date: midnight at ``utcOffsetSeconds``, or UTC).
    public var date: Date
    /// The offset from UTC the page wrote the time in; `nil` when it gave none.
    public var utcOffsetSeconds: Int?
    /// The text the date was read from.
    public var raw: String
    /// Whether a time of day was given.
    public var precision: Precision

    public init(date: Date, utcOffsetSeconds: Int?, raw: String, precision: Precision = .time) {
        self.date = date
        self.utcOffsetSeconds = utcOffsetSeconds
        self.raw = raw
        self.precision = precision
    }

    /// ISO 8601: `2022-10-10T17:38:16+03:00` with the page's own offset
    /// (`+00:00` when the page gave none), or `2022-10-10` for a day-only date.
    public var iso8601: String {
        let offset = utcOffsetSeconds ?? 0
        let local = date.addingTimeInterval(TimeInterval(offset))
        // Dates from 1970 to 9999 by arithmetic: a Calendar and three String(format:) calls per date
        // were most of the cost of writing an article's JSON. Other dates (the calendar turns Julian
        // before 1582) keep the calendar.
        let seconds = local.timeIntervalSince1970
        if seconds >= 0, seconds < 253_402_300_800 {
            return Self.iso8601(secondsSince1970: Int(seconds.rounded(.down)), offset: utcOffsetSeconds ?? 0,
                                dayOnly: precision == .day)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: local)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        if precision == .day { return day }
        let time = String(format: "T%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        // A page that gave no offset is read as UTC, and written so.
        let utcOffsetSeconds = self.utcOffsetSeconds ?? 0
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(utcOffsetSeconds)
        return day + time + String(format: "%@%02d:%02d", sign, magnitude / 3600, (magnitude % 3600) / 60)
    }

    /// ``iso8601`` for a local time given as whole seconds since 1970 (not negative).
    static func iso8601(secondsSince1970: Int, offset: Int, dayOnly: Bool) -> String {
        let days = secondsSince1970 / 86_400, secondOfDay = secondsSince1970 % 86_400
        // Civil date from a day count (Howard Hinnant's days_from_civil, inverted), proleptic Gregorian.
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        var text = padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        if dayOnly { return text }
        text += "T" + padded(secondOfDay / 3_600, 2) + ":" + padded(secondOfDay % 3_600 / 60, 2) + ":"
            + padded(secondOfDay % 60, 2)
        let magnitude = abs(offset)
        return text + (offset < 0 ? "-" : "+") + padded(magnitude / 3_600, 2) + ":" + padded(magnitude % 3_600 / 60, 2)
    }

    /// `String(format: "%0*d")` for a number that is not negative.
    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Reads back what ``iso8601`` writes (and the other ISO 8601 shapes pages use).
    public init?(iso8601 text: String, raw: String? = nil) {
        guard let civil = ISO8601Scanner.scan(text), civil.isValid else { return nil }
        let seconds = Double(civil.secondsReadAsUTC - (civil.offsetSeconds ?? 0)) + Double(civil.nanosecond) / 1_000_000_000
        self.init(date: Date(timeIntervalSince1970: seconds), utcOffsetSeconds: civil.offsetSeconds, raw: raw ?? text,
                  precision: civil.hasTime ? .time : .day)
    }
}
