import NewsScraperCore

/// Final tidying of body blocks: drops a repeated headline, empty and
/// duplicate blocks.
enum BodyCleaner {
    static func clean(_ blocks: [Block], title: String?) -> [Block] {
        var seen = Set<String>()
        var result: [Block] = []
        for block in blocks {
            if let text = block.plainText {
                let key = text.lowercased()
                if key.isEmpty { continue }
                if case .paragraph = block, text.count > 30, !seen.insert(key).inserted { continue }
                if let title, case .heading = block, key == title.lowercased() { continue }
            }
            result.append(block)
        }
        return result
    }
}
