import Testing
@testable import NewsScraperCore

/// `DateParser.trim`, which returns text with visible ASCII at both ends as it is, against the
/// Foundation trim it skips.
struct DateParserTrimTests {
    static let texts = [
        "", " ", "a", "12 March 2025", " 12 March 2025 ", "\t2025-03-12\n", "\u{200B}3 мая\u{200F}", "\u{FEFF}x",
        "March 3, 2025.", "(3/12/2025)", "~", "\u{00A0}5 May\u{00A0}", "5 May\u{2028}", "\u{0085}x\u{0085}",
        "x\u{0301}", "\u{0301}x", "3 mai à 10h", "٣ مارس ٢٠٢٥", "2025年3月12日", "\u{1C}x\u{1F}", "\u{7F}x", "x\r",
        "\u{2066}12.03.2025\u{2069}", "a\u{0B}", "\u{0C}a", "\u{3000}令和7年\u{3000}", "!x!", "Published: 1 Jan 2024",
    ]

    @Test func agreesWithTheFoundationTrim() {
        for text in Self.texts {
            #expect(DateParser.trim(text) == DateParser.trimmedBySet(text), "\(text.debugDescription)")
            #expect(DateParser.trim(text).utf8.elementsEqual(DateParser.trimmedBySet(text).utf8))
        }
    }
}
