import Foundation

/// Unix timestamps as some pages and APIs write them: 10 digits of seconds or
/// 13 of milliseconds, optionally with a decimal fraction of seconds.
///
/// Only those exact lengths are accepted so that other numbers (ids, counters,
/// `20221010`) are never read as instants.
enum UnixTimestamp {
    static func date(from text: String) -> Date? {
        let bytes = text.utf8
        guard bytes.count >= 10, bytes.count <= 24 else { return nil }
        var integer = 0, integerDigits = 0
        var fraction = 0.0, scale = 0.1
        var seenPoint = false
        for byte in bytes {
            if byte >= 0x30, byte <= 0x39 {
                if seenPoint {
                    fraction += Double(byte - 0x30) * scale
                    scale /= 10
                } else {
                    integer = integer * 10 + Int(byte - 0x30)
                    integerDigits += 1
                }
            } else if byte == 0x2E, !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
        }
        switch integerDigits {
        case 10: return Date(timeIntervalSince1970: Double(integer) + fraction)
        case 13 where !seenPoint: return Date(timeIntervalSince1970: Double(integer) / 1_000)
        default: return nil
        }
    }
}
