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

    /// Reads back what ``iso8601`` writes (and the other ISO 8601 shapes pages use).
    public init?(iso8601 text: String, raw: String? = nil) {
        guard let civil = ISO8601Scanner.scan(text), civil.isValid else { return nil }
        let seconds = Double(civil.secondsReadAsUTC - (civil.offsetSeconds ?? 0)) + Double(civil.nanosecond) / 1_000_000_000
        self.init(date: Date(timeIntervalSince1970: seconds), utcOffsetSeconds: civil.offsetSeconds, raw: raw ?? text,
                  precision: civil.hasTime ? .time : .day)
    }
}
