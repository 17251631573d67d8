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

    /// False when `text.contains(needle)` through Foundation (whose search matches canonically
    /// equivalent text) is false for certain: the needle's bytes are absent and every character
    /// of the needle stands only for itself. Most characters do; those that another character
    /// is canonically equivalent to (";" for U+037E, "`" for U+1FEF, "K" for U+212A, "·" for
    /// U+0387, and letters with marks) make the answer true, so the caller asks Foundation.
    /// Foundation converts the whole text to search it, which cost tens of thousands of
    /// instructions per title, for separators that are usually absent.
    public static func mayContainCanonically(_ text: String, _ needle: String) -> Bool {
        guard needle.unicodeScalars.allSatisfy(standsOnlyForItself) else { return true }
        return contains(text, needle)
    }

    /// Printable ASCII but ";", "`" and "K", and the dashes, guillemets and bullet of title separators.
    private static func standsOnlyForItself(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3B, 0x60, 0x4B: false
        case 0x20...0x7E, 0x2013, 0x2014, 0xAB, 0xBB, 0x2022: true
        default: false
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
