import NewsScraperCore

/// Final tidying of body blocks: drops a repeated headline, empty blocks,
/// credit lines, headings that end the body with nothing under them, and the
/// dateline printed again at its top. Paragraphs that repeat stay: recipes,
/// schedules and plans repeat lines on purpose.
enum BodyCleaner {
    static func clean(_ blocks: [Block], title: String?) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if let text = block.plainText {
                if text.isEmpty { continue }
                // Lowercased copies only for headings: this runs over every block of every body.
                if let title, case .heading = block, text.lowercased() == title.lowercased() { continue }
                if case .paragraph = block, isCreditLine(text) { continue }
            }
            result.append(block)
        }
        dropTrailingHeadings(&result)
        return result
    }

    /// The blocks without the date lines at their top ("Updated on July 9, 2025", "By Anna Lee •
    /// March 12, 2025", "segunda-feira, 22 de janeiro de 2018 às 0:13"): the page's dateline read
    /// again inside the body, not the article. A line is a date line when it is a short paragraph
    /// among the first ``datelineReach`` blocks, does not end a sentence, and `isDate` reads a date
    /// in it (the date parser skips labels in any language). A body of nothing else is kept.
    static func droppingLeadingDatelines(_ blocks: [Block], isDate: (String) -> Bool) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            if index < datelineReach, case let .paragraph(text) = block, isDateline(text, isDate: isDate) { continue }
            result.append(block)
        }
        return result.isEmpty ? blocks : result
    }

    static func isDateline(_ text: String, isDate: (String) -> Bool) -> Bool {
        isShortLine(text) && isDate(text)
    }

    /// A line of a label, a name or a date: at most ``maxLineWords`` words (counting those with a
    /// letter or a digit), and no sentence ended.
    static func isShortLine(_ text: String) -> Bool {
        guard let last = text.last, !".!?。！？".contains(last) else { return false }
        var words = 0
        for part in text.split(whereSeparator: \.isWhitespace) where part.contains(where: { $0.isLetter || $0.isNumber }) {
            words += 1
            if words > maxLineWords { return false }
        }
        return true
    }

    /// The blocks without the byline printed again at the top or the foot of the body ("Von Ulrich
    /// Brenner", "By Carrie Arnold", "View all posts by Maureen Salamon"): among the first and the
    /// last ``bylineReach`` blocks, a paragraph of at most ``maxLineWords`` words that ends no
    /// sentence and holds the name of one of the page's authors. A body of nothing else is kept.
    static func droppingBylines(_ blocks: [Block], authors: [String]) -> [Block] {
        let names = authors.map { $0.lowercased() }.filter { $0.count >= 4 }
        guard !names.isEmpty, blocks.count > 1 else { return blocks }
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            if index < bylineReach || index >= blocks.count - bylineReach, case let .paragraph(text) = block,
               isByline(text, names: names) { continue }
            result.append(block)
        }
        return result.isEmpty ? blocks : result
    }

    static func isByline(_ text: String, names: [String]) -> Bool {
        guard isShortLine(text) else { return false }
        let lower = text.lowercased()
        return names.contains { lower.contains($0) }
    }

    /// How far from either end of the body a byline is looked for, in blocks.
    static let bylineReach = 3

    /// How far into the body a dateline is looked for, in blocks.
    static let datelineReach = 3
    /// A dateline's or byline's words at most: a label, a name or a site, and the date with its time.
    static let maxLineWords = 8

    /// A short line with a copyright sign is the credit of a picture or the page's notice
    /// ("Image: © Agency", "© 2024 Publisher"), whatever its language, not a sentence of the article.
    static func isCreditLine(_ text: String) -> Bool {
        text.utf8.count <= maxCreditLineLength && text.unicodeScalars.contains("©")
    }

    /// In UTF-8 bytes: a credit fits in two lines of a caption.
    static let maxCreditLineLength = 200

    /// A heading introduces what follows it; at the very end of a body, with
    /// at most a label under it, it is the title of a section the extractor
    /// left out (comments, related stories), not content.
    static func dropTrailingHeadings(_ blocks: inout [Block]) {
        while let last = blocks.last {
            if case .heading = last {
                blocks.removeLast()
                continue
            }
            if blocks.count >= 2, case let .paragraph(text) = last, case .heading = blocks[blocks.count - 2],
               text.split(separator: " ").count <= 3 {
                blocks.removeLast(2)
                continue
            }
            break
        }
    }
}
