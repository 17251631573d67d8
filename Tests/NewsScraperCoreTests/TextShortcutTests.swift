import Testing
@testable import NewsScraperCore

/// Byte-level shortcuts must give exactly what the `Character`-level code they stand in for gives.
struct TextShortcutTests {
    static let samples = [
        "", "\n", "one", "one\ntwo", "\n\nlead\n\ntail\n", "crlf\r\nline\r\n", "é\n\u{301}mark", "“Quoted” line\nnext",
        "Share this\nFollow us on X", "Привет\nмир",
    ]

    @Test func linesSplitAsCharacters() {
        for text in Self.samples {
            #expect(BuiltInValidationRules.lines(of: text) == text.split(separator: "\n"), "\(text)")
        }
    }

    @Test func comparisonKeysMatchTheCharacterFilter() {
        for text in Self.samples + ["The Headline, 2024!", "ÉCOLE 42", "İstanbul", "a\r\nb"] {
            #expect(ArticleAssembler.comparisonKey(text) == text.lowercased().filter { $0.isLetter || $0.isNumber }, "\(text)")
        }
    }
}
