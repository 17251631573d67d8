import NewsScraperCore

/// Final tidying of body blocks: drops a repeated headline, empty blocks,
/// credit lines, and headings that end the body with nothing under them. Paragraphs that
/// repeat stay: recipes, schedules and plans repeat lines on purpose.
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
