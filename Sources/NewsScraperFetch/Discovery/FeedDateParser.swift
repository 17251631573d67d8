import Foundation

/// Parses the two date formats feeds and sitemaps use: RFC 822/2822 (RSS,
/// HTTP `Retry-After`) and ISO 8601 / W3C-DTF (Atom, JSON Feed, sitemaps).
///
/// Deliberately tiny and locale-free: `DateFormatter` on Linux is slow to
/// create and sensitive to the process locale. Anything unrecognised gives
/// `nil`; callers keep the raw string.
public enum FeedDateParser {
    /// Parses an RFC 2822 or ISO 8601 date, trying the likelier format first.
    public static func parse(_ raw: String) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = text.unicodeScalars.first else { return nil }
        if CharacterSet.decimalDigits.contains(first), let date = parseISO8601(text) { return date }
        return parseRFC2822(text) ?? parseISO8601(text)
    }

    /// Parses `2024-05-01`, `2024-05-01T10:20Z`, `2024-05-01T10:20:30.5+02:00`
    /// and the space-separated variant. A missing zone means UTC.
    public static func parseISO8601(_ text: String) -> Date? {
        let scanner = Cursor(text)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2) else { return nil }
        var day = 1
        if scanner.skip("-") {
            guard let value = scanner.number(digits: 2) else { return nil }
            day = value
        }
        var hour = 0, minute = 0, second = 0.0, offset = 0
        if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
            guard let h = scanner.number(digits: 2), scanner.skip(":"), let m = scanner.number(digits: 2) else { return nil }
            hour = h; minute = m
            if scanner.skip(":") {
                guard let s = scanner.number(digits: 2) else { return nil }
                second = Double(s)
                if scanner.skip(".") || scanner.skip(",") {
                    let fraction = scanner.digits()
                    if !fraction.isEmpty, let value = Double("0." + fraction) { second += value }
                }
            }
            if scanner.skip("Z") || scanner.skip("z") {
                offset = 0
            } else if let sign = scanner.sign() {
                guard let oh = scanner.number(digits: 2) else { return nil }
                _ = scanner.skip(":")
                let om = scanner.number(digits: 2) ?? 0
                offset = sign * (oh * 3600 + om * 60)
            }
        }
        guard scanner.atEnd else { return nil }
        return makeDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
        "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    ]

    /// Parses `Tue, 10 Jun 2003 04:00:00 GMT`, with or without weekday and
    /// seconds, numeric (`+0200`) or named zones, and two-digit years.
    public static func parseRFC2822(_ text: String) -> Date? {
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map { String($0) }
        if let first = tokens.first, first.first?.isLetter == true { tokens.removeFirst() }  // weekday
        guard tokens.count >= 4, let day = Int(tokens[0]),
              let month = months.firstIndex(of: String(tokens[1].prefix(3)).lowercased()),
              var year = Int(tokens[2]) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        let time = tokens[3].split(separator: ":").map { Int($0) }
        guard time.count >= 2, time.allSatisfy({ $0 != nil }) else { return nil }
        var offset = 0
        if tokens.count >= 5 {
            let zone = tokens[4]
            if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let value = Int(zone.dropFirst()) {
                offset = (sign == "-" ? -1 : 1) * ((value / 100) * 3600 + (value % 100) * 60)
            } else if let hours = zones[zone.lowercased()] {
                offset = hours * 3600
            }
        }
        return makeDate(year: year, month: month + 1, day: day, hour: time[0]!, minute: time[1]!,
                        second: Double(time.count > 2 ? time[2]! : 0), offset: offset)
    }

    /// Days-from-civil (Howard Hinnant's algorithm): exact and calendar-free.
    private static func makeDate(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Double, offset: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour), (0...59).contains(minute),
              second < 61 else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 - offset) + second
        return Date(timeIntervalSince1970: seconds)
    }
}

/// A forward-only reader over a string's ASCII characters.
private final class Cursor {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index == bytes.count }

    func skip(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    func number(digits count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<(index + count)] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += count
        return value
    }

    func digits() -> String {
        let start = index
        while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }
}
