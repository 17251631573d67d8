extension String {
    /// The non-empty runs between line feed bytes, found over UTF-8 without forming Characters.
    ///
    /// This equals a split at `"\n"` Characters only when no carriage return stands before a
    /// line feed (CR LF is one Character), and a split at every newline only when the text has
    /// no other line break: each caller checks the case it stands in for before calling.
    package func nonEmptyLinesAtLineFeedBytes() -> [Substring] {
        let utf8 = self.utf8
        // Over the contiguous bytes where the string has them: stepping the view's indices one
        // byte at a time cost several times the search. Offsets into a native string's UTF-8
        // view are its indices, so the lines are cut at the same places.
        let found: [Substring]? = utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [Substring] = []
            var start = 0
            var index = 0
            while index <= bytes.count {
                if index == bytes.count || bytes[index] == 0x0A {
                    if start != index {
                        lines.append(self[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: index)])
                    }
                    start = index + 1
                }
                index += 1
            }
            return lines
        }
        if let found { return found }
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                if start != index { lines.append(self[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { lines.append(self[start..<utf8.endIndex]) }
        return lines
    }
}
