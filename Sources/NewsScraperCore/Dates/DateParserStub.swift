import Foundation
// Temporary stand-in until the multilingual date parser lands.
public struct DateParser: Sendable {
    public init(now: Date = Date(), allowedFutureSkew: TimeInterval = 36 * 3600, defaultTimeZone: TimeZone? = nil) {}
    public func parse(_ raw: String) -> DateValue? { DateValue(iso8601: raw.trimmingCharacters(in: .whitespaces), raw: raw) }
    public func parse(_ raw: String, format: String, timeZone: TimeZone?, locale: Locale?) -> DateValue? { parse(raw) }
}
