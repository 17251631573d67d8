extension String {
    /// The non-empty runs between line feed bytes, found over UTF-8 without forming Characters.
    ///
    /// This equals a split at `"\n"` Characters only when no carriage return stands before a
    /// line feed (CR LF is one Character), and a split at every newline only when the text has
    /// no other line break: each caller checks the case it stands in for before calling.
    package func nonEmptyLinesAtLineFeedBytes() -> [Substring] {
        let utf8 = self.utf8
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
