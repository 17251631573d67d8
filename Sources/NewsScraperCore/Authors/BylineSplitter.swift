/// Splits byline text into the pieces that may each be one person.
///
/// Two levels, because they are cleaned differently in between: hard
/// separators (lines, `;`, `|`, `•`) divide independent statements such as
/// "Reporting by A; Editing by B", while list separators (`,`, `&`, `and`, `و`,
/// `и`, `und`, `et`, `y`, a spaced dash) divide the names of one statement.
enum BylineSplitter {
    /// Splits on lines, `;`, `|`, bullets and ` / ` (also their full-width forms, which
    /// Chinese and Japanese bylines use: `by 山田太郎 ／ 2016.12.01`).
    static func segments(_ text: String) -> [String] {
        text.split(whereSeparator: { hardSeparators.contains($0) })
            .flatMap { piece -> [String] in
                // Foundation's search is skipped for a piece holding neither spaced slash, which
                // then is its only component: it cannot match where these bytes are absent, and
                // it showed in profiles of every byline read.
                guard mayHoldSpacedSlash(piece) else { return [String(piece)] }
                return piece.components(separatedBy: " / ").flatMap { $0.components(separatedBy: " ／ ") }
            }
    }

    /// The Characters that end a statement, as a set built once (the string searched per
    /// Character before held the same ones).
    static let hardSeparators: Set<Character> = Set("\n\r;|•·⋅∙●‧\u{2028}\u{2029}؛；｜")

    /// Whether the UTF-8 of `piece` holds " / " or " ／ " (no canonical equivalent of the space,
    /// "/" or "／" exists, so Foundation finds neither where these bytes are not).
    static func mayHoldSpacedSlash(_ piece: Substring) -> Bool {
        let bytes = Array(piece.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == 0x20 {
            if bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == 0x20 { return true }
            // "／" is EF BC 8F.
            if index + 4 < bytes.count, bytes[index + 1] == 0xEF, bytes[index + 2] == 0xBC, bytes[index + 3] == 0x8F,
               bytes[index + 4] == 0x20 { return true }
        }
        return false
    }

    /// Splits one statement into its list of names.
    ///
    /// Commas are read with two guards, because they do more than list names:
    /// "Smith, John" (exactly two single words, nothing else) is one inverted name,
    /// and a single word after a full name ("Anna Müller, Berlin") is a dateline
    /// place, which is dropped rather than reported as a person.
    static func names(_ text: String) -> [String] {
        let chunks = text.split(whereSeparator: { $0 == "," || $0 == "،" })
            .map { chunk in listItems(chunk) }
            .filter { !$0.isEmpty }
        let wordCount = { (item: String) in item.split(separator: " ").count }
        if chunks.count == 2, chunks.allSatisfy({ $0.count == 1 && wordCount($0[0]) == 1 }) {
            return [chunks[1][0] + " " + chunks[0][0]]
        }
        var pieces: [String] = []
        for (index, items) in chunks.enumerated() {
            if index > 0, items.count == 1, wordCount(items[0]) == 1,
               let previous = chunks[index - 1].last, wordCount(previous) >= 2 {
                continue
            }
            pieces += items
        }
        return pieces
    }

    /// Splits a comma-free chunk on `&`, conjunctions and spaced dashes.
    private static func listItems(_ chunk: Substring) -> [String] {
        var items: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { items.append(current.joined(separator: " ")) }
            current.removeAll()
        }
        for part in chunk.split(separator: "&", omittingEmptySubsequences: false) {
            for word in part.split(whereSeparator: \.isWhitespace) {
                if AuthorVocabulary.conjunctions.contains(word.lowercased()) || word == "-" || word == "–"
                    || word == "—" {
                    flush()
                } else {
                    current.append(word)
                }
            }
            flush()
        }
        return items
    }
}
