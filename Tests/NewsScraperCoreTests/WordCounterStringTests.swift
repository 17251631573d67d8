import Testing
import NewsScraperCore

/// `WordCounter.count` compiled for `String` against the generic count (through a `Substring`).
struct WordCounterStringTests {
    @Test(arguments: ["", "   \n\t ", "one", "The council met on Tuesday.", "non\u{A0}breaking space", "日本語の文章です。",
                      "ภาษาไทยไม่มีช่องว่าง", "مرحبا بالعالم", "mixed 中文 and English", "x\r\ny", "👨‍👩‍👧 family 𠀀"])
    func stringCountAgreesWithTheGenericCount(_ text: String) {
        #expect(WordCounter.count(text) == WordCounter.count(text[...]))
    }
}
