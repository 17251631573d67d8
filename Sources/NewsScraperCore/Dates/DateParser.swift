import Foundation

/// Turns the dates news pages write — in meta tags, JSON-LD, feeds and visible
/// bylines — into ``DateValue``s, rejecting the ones that cannot be right.
///
/// One value type, no shared state: a parser holds only its settings, so it can
/// be created per page or shared between tasks freely. Free-form text is read by
/// a hand-written tokenizer rather than by trying a list of `DateFormatter`
/// patterns, because this runs for every candidate date on every page.
///
/// Understood without a format: ISO 8601 / RFC 3339 (with `Z`, `±hh:mm`, `±hhmm`,
/// `±hh`, fractions, a space for `T`, no seconds, no zone, date only);
/// RFC 2822 / RFC 1123 (`Mon, 10 Oct 2022 17:38:16 GMT`, `+0300`, common zone
/// names); Unix timestamps in seconds (10 digits) or milliseconds (13 digits);
/// `M/D/YYYY`, `D.M.YYYY`, `D-M-YYYY`, `YYYY/M/D`; Chinese, Japanese and Korean
/// dates written with units (`2023年10月3日`, `2023년 10월 3일`); and dates with
/// month names in English, French, German, Spanish, Italian, Portuguese, Dutch,
/// the Scandinavian languages, Polish, Czech, Russian, Ukrainian, Serbian,
/// Romanian, Hungarian, Turkish, Indonesian and Arabic (including Levantine month
/// names and Arabic-Indic digits), with labels, weekday names and words such as
/// "at" or "Uhr" ignored. A slashed date that reads either way round is read
/// month first here; the generic extractor reads it day first on pages in a
/// language that writes dates that way.
///
/// ```swift
/// let parser = DateParser(now: fetchTime)
/// parser.parse("Oct. 10, 2022 at 5:38 pm EDT")?.iso8601   // "2022-10-10T17:38:00-04:00"
/// parser.parse("٢٥ سبتمبر ٢٠٢١")?.iso8601                 // "2021-09-25"
/// ```
public struct DateParser: Sendable {
    /// The moment the page was read; dates later than this (plus ``allowedFutureSkew``) are rejected.
    public let now: Date
    /// How far past ``now`` a date may lie and still be accepted (clock and zone slack).
    public let allowedFutureSkew: TimeInterval
    /// The zone to read dates in when the text names none; `nil` leaves the offset unknown
    /// (the fields are then read as UTC and ``DateValue/utcOffsetSeconds`` is `nil`).
    public let defaultTimeZone: TimeZone?
    /// The latest year accepted: the year of ``now`` plus one.
    let latestYear: Int

    /// The earliest year accepted; older dates on news pages are almost always noise
    /// (copyright lines, zero dates, "1970-01-01" from an empty timestamp).
    static let earliestYear = 1990

    /// Creates a parser.
    ///
    /// - Parameters:
    ///   - now: The moment the page was fetched; used to reject future dates.
    ///   - allowedFutureSkew: Slack past `now` before a date counts as "in the future".
    ///     The default of 36 hours absorbs any zone confusion.
    ///   - defaultTimeZone: The zone a site writes its zone-less dates in, if known.
    public init(now: Date = Date(), allowedFutureSkew: TimeInterval = 36 * 3600, defaultTimeZone: TimeZone? = nil) {
        self.now = now
        self.allowedFutureSkew = allowedFutureSkew
        self.defaultTimeZone = defaultTimeZone
        self.latestYear = CivilDateTime.year(of: now, offset: 0) + 1
    }

    /// Parses a date in any supported shape.
    ///
    /// - Parameter raw: The text as found on the page; labels such as "Published:" may be included.
    /// - Returns: The date, with ``DateValue/raw`` set to `raw` trimmed, or `nil` when the text
    ///   holds no date, or holds one later than ``now`` plus ``allowedFutureSkew``, or one with a
    ///   year before 1990 or after next year.
    public func parse(_ raw: String) -> DateValue? {
        let trimmed = Self.trim(raw)
        // Dates are short; long text is a paragraph that merely mentions one.
        guard !trimmed.isEmpty, trimmed.utf8.count <= 200 else { return nil }
        let text = Self.normalizeDigits(trimmed)
        if let timestamp = UnixTimestamp.date(from: text) {
            let offset = defaultTimeZone?.secondsFromGMT(for: timestamp)
            return accept(DateValue(date: timestamp, utcOffsetSeconds: offset, raw: trimmed, precision: .time))
        }
        guard let civil = ISO8601Scanner.scan(text) ?? DateTextReader.read(text) else { return nil }
        return value(from: civil, raw: trimmed)
    }

    /// The month a name or abbreviation stands for, in any language the parser reads
    /// ("october", "Okt", "mars" → 10, 10, 3); `nil` for other words. Case is ignored.
    public static func month(named word: String) -> Int? {
        DateVocabulary.months[word.lowercased()]
    }

    /// Turns wall-clock fields into a checked ``DateValue``.
    func value(from civil: CivilDateTime, raw: String) -> DateValue? {
        guard civil.isValid else { return nil }
        let local = civil.secondsReadAsUTC
        let zone = civil.zoneIdentifier.flatMap(TimeZone.init(identifier:)) ?? defaultTimeZone
        let offset = civil.offsetSeconds ?? zone.map { Self.offset(of: $0, atLocalSeconds: local) }
        let seconds = Double(local - (offset ?? 0)) + Double(civil.nanosecond) / 1_000_000_000
        let value = DateValue(date: Date(timeIntervalSince1970: seconds), utcOffsetSeconds: offset, raw: raw,
                              precision: civil.hasTime ? .time : .day)
        return accept(value)
    }

    /// Applies the plausibility rules shared by every way of parsing.
    func accept(_ value: DateValue) -> DateValue? {
        let year = CivilDateTime.year(of: value.date, offset: value.utcOffsetSeconds ?? 0)
        guard year >= Self.earliestYear, year <= latestYear else { return nil }
        guard value.date.timeIntervalSince(now) <= allowedFutureSkew else { return nil }
        return value
    }

    /// The offset `zone` has at a wall-clock time. Probing twice finds the right side
    /// of a DST change for every time except those inside the change itself.
    static func offset(of zone: TimeZone, atLocalSeconds local: Int) -> Int {
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local)))
        return zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - guess)))
    }

    /// Trims whitespace and the invisible direction marks right-to-left pages put at the edges.
    static func trim(_ raw: String) -> String {
        // Most text handed in (every short text by a headline) starts and ends with a visible
        // ASCII character, which the set does not hold: nothing to trim, and Foundation's scan
        // over the set is skipped.
        if let first = raw.utf8.first, let last = raw.utf8.last,
           (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return raw
        }
        return trimmedBySet(raw)
    }

    /// `raw` without the characters of the trim set at either end, found by Foundation.
    static func trimmedBySet(_ raw: String) -> String {
        raw.trimmingCharacters(in: trimSet)
    }

    private static let trimSet: CharacterSet = {
        var set = CharacterSet.whitespacesAndNewlines
        set.insert(charactersIn: "\u{200B}\u{200E}\u{200F}\u{061C}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}"
            + "\u{2066}\u{2067}\u{2068}\u{2069}\u{FEFF}")
        return set
    }()
}
