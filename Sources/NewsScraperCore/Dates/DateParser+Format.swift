import Foundation

extension DateParser {
    /// Parses a date whose format a site extractor knows, with a `DateFormatter` pattern.
    ///
    /// Meant for sites with a fixed, unusual, or ambiguous format (`dd/MM/yyyy` on a site
    /// that is not American) where guessing would be wrong. A formatter is created per
    /// call — `DateFormatter` is neither cheap nor `Sendable`, and sharing one would need
    /// locking — so prefer ``parse(_:)`` on hot paths.
    ///
    /// - Parameters:
    ///   - raw: The text as found on the page (trimmed before use and kept as ``DateValue/raw``).
    ///   - format: A Unicode date pattern such as `"dd/MM/yyyy HH:mm"`.
    ///   - timeZone: The zone the text is written in when the pattern has no zone field;
    ///     `nil` falls back to ``defaultTimeZone``, then to UTC with an unknown offset.
    ///   - locale: The locale of month and weekday names; `nil` means `en_US_POSIX`.
    /// - Returns: The date, or `nil` when the text does not match the pattern or the
    ///   date fails the same plausibility checks as ``parse(_:)``.
    public func parse(_ raw: String, format: String, timeZone: TimeZone?, locale: Locale?) -> DateValue? {
        let trimmed = Self.trim(raw)
        guard !trimmed.isEmpty else { return nil }
        let pattern = FormatPatternTraits(format)
        let zone = timeZone ?? defaultTimeZone

        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.locale = locale ?? Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone ?? TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = format
        // A lenient formatter guesses at text that does not match; a wrong date is worse than none.
        formatter.isLenient = false
        // Arabic pages may mix digit systems; retry with ASCII digits.
        let normalized = Self.normalizeDigits(trimmed)
        guard let date = formatter.date(from: trimmed) ?? (normalized != trimmed ? formatter.date(from: normalized) : nil)
        else { return nil }
        // ICU matches loosely even when not lenient (it read "10 Oct 2022" as "dd/MM/yyyy");
        // demand that the text has the punctuation the pattern writes.
        guard Self.punctuation(of: normalized) == Self.punctuation(of: formatter.string(from: date)) else { return nil }

        let offset: Int?
        if pattern.hasZone {
            // The formatter gives the instant but not the offset the text wrote; the
            // free-form reader recovers it when it reads the same instant.
            let guess = parse(trimmed)
            offset = guess.flatMap { abs($0.date.timeIntervalSince(date)) < 1 ? $0.utcOffsetSeconds : nil }
        } else {
            offset = zone?.secondsFromGMT(for: date)
        }
        return accept(DateValue(date: date, utcOffsetSeconds: offset, raw: trimmed,
                                precision: pattern.hasTime ? .time : .day))
    }

    /// The text with letters and digits removed and whitespace runs collapsed to one space.
    private static func punctuation(of text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in normalizeDigits(text).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else if !scalar.properties.isAlphabetic, !("0"..."9").contains(scalar) {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            } else if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
        }
        return String(result)
    }
}

/// What a `DateFormatter` pattern asks for, read outside its quoted literals.
struct FormatPatternTraits {
    var hasTime = false
    var hasZone = false

    init(_ format: String) {
        var quoted = false
        for character in format {
            if character == "'" {
                quoted.toggle()
                continue
            }
            guard !quoted else { continue }
            switch character {
            case "H", "h", "k", "K": hasTime = true
            case "Z", "z", "X", "x", "O", "v", "V": hasZone = true
            default: break
            }
        }
    }
}
