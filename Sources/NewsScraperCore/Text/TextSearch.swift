#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes.
///
/// Foundation's `String.contains(_:)` on Linux goes through `NSString` and
/// Unicode folding, which costs more than the rest of an extraction on long
/// texts; exact byte search is what these checks need.
public enum TextSearch {
    /// Whether `text` contains `needle`, byte for byte.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress,
                      haystack.count >= pattern.count else { return false }
                let first = Int32(pattern[0])
                let last = haystack.count - pattern.count
                var offset = 0
                // memchr finds candidates for the first byte; memcmp checks the rest.
                while offset <= last {
                    guard let hit = memchr(base + offset, first, last - offset + 1) else { return false }
                    let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + position, patternBase, pattern.count) == 0 { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }

    /// Whether `text` contains any of `needles`.
    public static func containsAny(_ text: String, _ needles: [String]) -> Bool {
        needles.contains { contains(text, $0) }
    }

    /// The first of `needles` that `text` contains.
    public static func firstContained(in text: String, _ needles: [String]) -> String? {
        needles.first { contains(text, $0) }
    }
}
