import Foundation

/// What a page's address says about it, read from its shape alone: article
/// addresses tend to carry a date and a long slug of words, in any language.
struct URLShape {
    /// The path has a date: `/2025/09/04/`, `/2025/09/`, `/2025-09-04-…`, `/20250904…`.
    var hasDate = false
    /// Words in the longest path segment ("how-to-grow-tomatoes" is 4).
    var slugWords = 0
    /// Path segments.
    var depth = 0

    init(_ url: URL?) {
        guard let path = url?.path, !path.isEmpty else { return }
        let segments = path.split(separator: "/")
        depth = segments.count
        for (index, segment) in segments.enumerated() {
            let digits = segment.prefix { $0.isASCII && $0.isNumber }
            if digits.count == 4, Self.isYear(digits), index + 1 < segments.count,
               let month = Int(segments[index + 1].prefix(2).filter(\.isNumber)), (1...12).contains(month),
               segments[index + 1].count <= 2 || segment.count == 4 {
                if segment.count == 4 { hasDate = true }
            }
            if digits.count >= 8, Self.isYear(digits.prefix(4)) { hasDate = true }
            if digits.count == 4, Self.isYear(digits), segment.count >= 10,
               Array(segment.utf8)[4] == UInt8(ascii: "-"), segment.dropFirst(5).prefix(2).allSatisfy(\.isNumber) {
                hasDate = true
            }
        }
        if let longest = segments.max(by: { $0.count < $1.count }) {
            var slug = Substring(longest)
            if let dot = slug.lastIndex(of: "."), slug.distance(from: dot, to: slug.endIndex) <= 6 { slug = slug[..<dot] }
            slugWords = slug.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "+" }).count
        }
    }

    private static func isYear<S: StringProtocol>(_ text: S) -> Bool {
        guard let year = Int(text) else { return false }
        return (1995...2099).contains(year)
    }
}
