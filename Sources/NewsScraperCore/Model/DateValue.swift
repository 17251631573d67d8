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

    /// Reads back what ``iso8601`` writes.
    public init?(iso8601 text: String, raw: String? = nil) {
        let scanner = ISO8601Reader(text)
        guard let parsed = scanner.parse() else { return nil }
        self.init(date: parsed.date, utcOffsetSeconds: parsed.offset, raw: raw ?? text,
                  precision: parsed.hasTime ? .time : .day)
    }
}

/// A small strict reader of the ISO 8601 forms the model writes
/// (`YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss[.fff]]` with `Z` or `±hh[:]mm`).
struct ISO8601Reader {
    let scalars: [UInt8]
    init(_ text: String) { scalars = Array(text.utf8) }

    func parse() -> (date: Date, offset: Int?, hasTime: Bool)? {
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = scalars[index + offset]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += digits
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < scalars.count, scalars[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2) else {
            return nil
        }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var offset: Int?
        var hasTime = false
        if index < scalars.count, scalars[index] == 84 || scalars[index] == 116 || scalars[index] == 32 {
            index += 1
            guard let hour = number(2), expect(58), let minute = number(2) else { return nil }
            components.hour = hour
            components.minute = minute
            hasTime = true
            if expect(58) {
                guard let second = number(2) else { return nil }
                components.second = second
                if expect(46) || expect(44) {
                    var fraction = 0.0, scale = 0.1
                    while index < scalars.count, scalars[index] >= 48, scalars[index] <= 57 {
                        fraction += Double(scalars[index] - 48) * scale
                        scale /= 10
                        index += 1
                    }
                    components.nanosecond = Int(fraction * 1_000_000_000)
                }
            }
            if expect(90) || expect(122) {
                offset = 0
            } else if index < scalars.count, scalars[index] == 43 || scalars[index] == 45 {
                let negative = scalars[index] == 45
                index += 1
                guard let hours = number(2) else { return nil }
                _ = expect(58)
                let minutes = number(2) ?? 0
                offset = (hours * 3600 + minutes * 60) * (negative ? -1 : 1)
            }
        }
        guard index == scalars.count, (1...12).contains(month), (1...31).contains(day) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset ?? 0)!
        guard let date = calendar.date(from: components) else { return nil }
        return (date, offset, hasTime)
    }
}
