import Testing
@testable import NewsScraperCore

/// The word count and the script census, which read ASCII eight bytes at a time, against their
/// counts scalar by scalar (the generic word count through a `Substring`, the census's own walk of
/// the scalar view).
struct TextByteScanTests {
    static let pieces = [
        "word ", "Word,", "  ", "\t", "\n", "\r\n", "\u{000B}\u{000C}", "abcdefghij", "ABCDEFGHIJKLM", "a", "Z", "@[`{",
        "0123456789", "é", "日本語", "ภาษา", "мир", "שלום", "مرحبا", "\u{00A0}", "\u{3000}", "。", "🙂", "x-y_z", "~\u{7F}",
        "\u{01}\u{1F}",
    ]

    static func texts() -> [String] {
        var generator = SystemRandomNumberGenerator()
        var texts = ["", "a", "abcdefgh", "abcdefghi", " abcdefg", "abcdefg ", "        ", "a b c d e f g h i j k l m n"]
        for byte in UInt8(0)..<0x80 {
            let character = String(UnicodeScalar(byte))
            texts.append(String(repeating: character, count: 9))
            texts.append("ab" + character + "cdefghij" + character + character + "klmnopq")
        }
        for _ in 0..<2000 {
            texts.append((0..<Int.random(in: 0..<16, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined())
        }
        return texts
    }

    @Test func wordCountsAgreeWithTheGenericCount() {
        for text in Self.texts() {
            #expect(WordCounter.count(text) == WordCounter.count(text[...]), "\(text.debugDescription)")
        }
    }

    @Test func censusAgreesWithTheScalarWalk() {
        for text in Self.texts() {
            for limit in [20_000, 3, 8, 9, 17] {
                let bytes = ScriptCensus(text, limit: limit)
                let scalars = ScriptCensus(countingScalarsOf: text, limit: limit)
                #expect(bytes == scalars, "\(text.debugDescription) \(limit)")
            }
        }
    }
}
