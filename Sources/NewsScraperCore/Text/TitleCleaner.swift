import Foundation

/// Removes site names that pages append to or prepend before their titles
/// ("Headline — RT World News", "Site | Headline").
public enum TitleCleaner {
    static let separators = [" | ", " — ", " – ", " - ", " :: ", " » ", " « ", " · ", " • ", " / ", " : "]

    /// The title without a site-name part, when one side of a separator names the site.
    ///
    /// - Parameters:
    ///   - title: The title as the page gives it.
    ///   - siteNames: Names the site goes by (og:site_name, publisher…).
    ///   - host: The page's host, whose main label also counts as a site name.
    public static func clean(_ title: String, siteNames: [String], host: String?) -> String {
        let names = siteNames.map(normalized) + hostNames(host)
        var current = title
        for separator in separators {
            guard mayContain(current, separator) else { continue }
            var parts = current.components(separatedBy: separator)
            while parts.count > 1, let last = parts.last, looksLikeSiteName(last, names: names) {
                parts.removeLast()
            }
            while parts.count > 1, let first = parts.first, looksLikeSiteName(first, names: names) {
                parts.removeFirst()
            }
            current = parts.joined(separator: separator)
        }
        return current.trimmingWhitespaces()
    }

    /// `text.contains(separator)`, answered over bytes for ASCII text: there
    /// Foundation's search is a plain byte match, and a separator that is not
    /// ASCII cannot occur. Other text still asks Foundation. The bytes are read
    /// in place: copying both into arrays and comparing slices at every space
    /// cost thousands of instructions a call, and this runs for every separator.
    static func mayContain(_ text: String, _ separator: String) -> Bool {
        var text = text
        var separator = separator
        let asciiAnswer: Bool? = text.withUTF8 { haystack in
            guard isASCII(haystack) else { return nil }
            return separator.withUTF8 { needle in
                guard let first = needle.first, isASCII(needle) else { return false }
                guard haystack.count >= needle.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    var offset = 1
                    while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                return false
            }
        }
        return asciiAnswer ?? (TextSearch.mayContainCanonically(text, separator) && text.contains(separator))
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }

    /// ``mayContain(_:_:)`` as it was, over copies of the bytes: the reference in tests.
    static func mayContainByArrays(_ text: String, _ separator: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(separator) }
        let needle = Array(separator.utf8)
        guard needle.allSatisfy({ $0 < 0x80 }) else { return false }
        let haystack = Array(text.utf8)
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// Whether `title` still ends or starts with a site name after a separator.
    public static func hasSiteAffix(_ title: String, siteNames: [String], host: String?) -> Bool {
        clean(title, siteNames: siteNames, host: host) != title
    }

    static func looksLikeSiteName(_ part: String, names: [String]) -> Bool {
        let candidate = normalized(part)
        guard !candidate.isEmpty else { return true }
        for name in names where !name.isEmpty {
            if candidate == name { return true }
            // "RT World News", "BBC News - Home": the part starts with the site's name and is short.
            if candidate.hasPrefix(name + " "), candidate.split(separator: " ").count <= 5 { return true }
            if candidate.replacingOccurrences(of: " ", with: "") == name.replacingOccurrences(of: " ", with: "") {
                return true
            }
        }
        return false
    }

    static func normalized(_ text: String) -> String {
        let lowered = text.lowercased()
        // A title or name that starts and ends with an ASCII letter or digit, as most do, has
        // nothing the set holds at its ends: Foundation's bridging scan is skipped.
        if let first = lowered.utf8.first, let last = lowered.utf8.last,
           isASCIIAlphanumeric(first), isASCIIAlphanumeric(last) {
            return lowered
        }
        return lowered.trimmingCharacters(in: normalizationTrim)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Made once: building the union for every call showed in profiles.
    private static let normalizationTrim = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    static func hostNames(_ host: String?) -> [String] {
        guard let host = host?.lowercased() else { return [] }
        let labels = host.split(separator: ".").filter { !["www", "m", "amp", "com", "org", "net", "co", "uk", "news"].contains($0) }
        guard let main = labels.max(by: { $0.count < $1.count }) ?? labels.first else { return [] }
        var names = [String(main)]
        names.append(host.hasPrefix("www.") ? String(host.dropFirst(4)) : host)
        return names
    }
}
