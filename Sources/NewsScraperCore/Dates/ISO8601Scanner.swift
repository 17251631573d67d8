/// A fast, lenient reader of the ISO 8601 / RFC 3339 shapes found in meta tags
/// and JSON-LD, which are most of the dates a page carries.
///
/// Accepts `YYYY-MM-DD`, then optionally `T`, `t` or a space and `hh:mm[:ss[.f…]]`,
/// then optionally (after an optional space) `Z`, `±hh`, `±hhmm` or `±hh:mm`.
/// Anything else returns `nil` so the general text reader can try; this is only a
/// shortcut for the common case, not the sole ISO support.
enum ISO8601Scanner {
    static func scan(_ text: String) -> CivilDateTime? {
        let bytes = Array(text.utf8)
        var index = 0

        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let byte = bytes[index + offset]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }
        func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        guard let year = digits(4), take(0x2D), let month = digits(2), take(0x2D), let day = digits(2) else {
            return nil
        }
        var result = CivilDateTime(year: year, month: month, day: day)
        guard index < bytes.count else { return result }

        // Time of day.
        guard bytes[index] == 0x54 || bytes[index] == 0x74 || bytes[index] == 0x20 else { return nil }
        index += 1
        guard let hour = digits(2), take(0x3A), let minute = digits(2) else { return nil }
        result.hour = hour
        result.minute = minute
        result.hasTime = true
        if take(0x3A) {
            guard let second = digits(2) else { return nil }
            result.second = second
            if take(0x2E) || take(0x2C) {
                var nanos = 0, count = 0
                while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                    // Digits beyond nanoseconds are read and dropped.
                    if count < 9 { nanos = nanos * 10 + Int(bytes[index] - 0x30) }
                    count += 1
                    index += 1
                }
                guard count > 0 else { return nil }
                for _ in count..<max(count, 9) { nanos *= 10 }
                result.nanosecond = nanos
            }
        }
        guard index < bytes.count else { return result }

        // Zone.
        _ = take(0x20)
        if take(0x5A) || take(0x7A) {
            result.offsetSeconds = 0
        } else if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D {
            let negative = bytes[index] == 0x2D
            index += 1
            guard let hours = digits(2), hours <= 18 else { return nil }
            var minutes = 0
            if take(0x3A) {
                guard let value = digits(2) else { return nil }
                minutes = value
            } else if index < bytes.count {
                guard let value = digits(2) else { return nil }
                minutes = value
            }
            guard minutes < 60 else { return nil }
            result.offsetSeconds = (hours * 3_600 + minutes * 60) * (negative ? -1 : 1)
        }
        return index == bytes.count ? result : nil
    }
}
