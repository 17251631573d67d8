/// Trimming without Foundation: `trimmingCharacters(in:)` bridges every
/// string to `NSString` and back, which made it a few percent of a page's
/// extraction. These give exactly what it gives for the two sets used on hot
/// paths (checked against Foundation by the tests).
extension StringProtocol {
    /// Exactly `trimmingCharacters(in: .whitespaces)`. Public for the built-in extractors,
    /// which trim titles' parts on every page.
    public func trimmingWhitespaces() -> String { trimmingScalars(where: TrimmedScalars.isWhitespace) }

    /// Exactly `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespacesAndNewlines() -> String {
        trimmingScalars(where: TrimmedScalars.isWhitespaceOrNewline)
    }

    private func trimmingScalars(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        var end = scalars.endIndex
        while end > first, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[first..<end])
    }
}

enum TrimmedScalars {
    /// Foundation's `CharacterSet.whitespaces`: tab, the space separators, and U+200B.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Foundation's `CharacterSet.whitespacesAndNewlines`: the above, and U+000A–000D, U+0085, U+2028, U+2029.
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return isWhitespace(scalar)
        }
    }
}

extension String {
    /// Exactly `split(whereSeparator: \.isWhitespace)`. ASCII text (attribute
    /// values such as `rel`, `property`, `itemprop`) is split at its
    /// whitespace bytes, where every Character is one byte (a CR LF pair is
    /// one Character, but whitespace either way); other text goes through
    /// `Character`s.
    func splitAtWhitespace() -> [Substring] {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: \.isWhitespace) }
        var words: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                if start != index { words.append(self[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { words.append(self[start..<utf8.endIndex]) }
        return words
    }
}
