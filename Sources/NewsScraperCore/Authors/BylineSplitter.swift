/// Splits byline text into the pieces that may each be one person.
///
/// Two levels, because they are cleaned differently in between: hard
/// separators (lines, `;`, `|`, `•`) divide independent statements such as
/// "Reporting by A; Editing by B", while list separators (`,`, `&`, `and`, `و`,
/// `и`, `und`, `et`, `y`, a spaced dash) divide the names of one statement.
enum BylineSplitter {
    /// Splits on lines, `;`, `|`, bullets and ` / `.
    static func segments(_ text: String) -> [String] {
        text.split(whereSeparator: { "\n\r;|•·\u{2028}\u{2029}؛".contains($0) })
            .flatMap { $0.components(separatedBy: " / ") }
            .map { String($0) }
    }

    /// Splits one statement into its list of names.
    static func names(_ text: String) -> [String] {
        var pieces: [String] = []
        for chunk in text.split(whereSeparator: { ",،&".contains($0) }) {
            var current: [Substring] = []
            func flush() {
                if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
                current.removeAll()
            }
            for word in chunk.split(whereSeparator: \.isWhitespace) {
                if AuthorVocabulary.conjunctions.contains(word.lowercased()) || word == "-" || word == "–"
                    || word == "—" {
                    flush()
                } else {
                    current.append(word)
                }
            }
            flush()
        }
        return pieces
    }
}
