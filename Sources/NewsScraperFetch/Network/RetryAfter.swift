import Foundation

/// Reads a `Retry-After` header: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
enum RetryAfter {
    /// The delay requested, in seconds from `now` (never negative), or `nil` if unreadable.
    static func delay(_ header: String?, now: Date = Date()) -> TimeInterval? {
        guard let header = header?.trimmingCharacters(in: .whitespaces), !header.isEmpty else { return nil }
        if let seconds = Double(header), seconds >= 0, seconds.isFinite { return seconds }
        guard let date = FeedDateParser.parseRFC2822(header) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
