import NewsScraperHTML
import Testing
@testable import NewsScraperGeneric

/// `VisibleDateFinder.mayHoldNumber`, the byte test run before a text node's String is built:
/// it may pass text without a number, never reject text with one.
struct VisibleDateFinderTests {
    @Test func theByteTestNeverRejectsTextWithANumber() throws {
        let texts = ["Published 3 March", "no digits here", "١٢ مارس", "二〇二五年", "½ price", "Ⅻ", "¾", "plain",
                     "café", "   ", "2025-03-12", "x\u{00A0}y", "x⁴", "٣", "zero"]
        let html = "<html><body>" + texts.map { "<p>\($0)</p>" }.joined() + "</body></html>"
        let document = try HTMLDocument(html: html)
        var checked = 0
        try #require(document.body).walk { node, event in
            guard event == .enter, node.kind == .text else { return .descend }
            checked += 1
            if !VisibleDateFinder.mayHoldNumber(node) {
                let hasNumber = node.text.contains { $0.isNumber }
                #expect(!hasNumber, "\(node.text)")
            }
            return .descend
        }
        #expect(checked == texts.count)
    }
}

/// `VisibleDateFinder.characterCount(of:upTo:)` against `String.count` on both sides of each bound.
struct VisibleDateFinderCountTests {
    @Test func boundedCountIsTheCountCappedOnePastTheBound() {
        let texts = ["", "a", "12 March", "é\u{0301}e\u{0301}", "👨‍👩‍👧 family", "\r\n\r\n", "١٢ مارس ٢٠٢٥",
                     String(repeating: "x", count: 30), String(repeating: "ü", count: 31), String(repeating: "y", count: 48),
                     String(repeating: "z", count: 49), String(repeating: "n\u{0303}", count: 60), String(repeating: "w", count: 200),
                     // The byte path: a combining mark or a CR LF just past each bound joins two bytes into one Character.
                     String(repeating: "x", count: 49) + "\u{0301}", String(repeating: "x", count: 50) + "\u{0301}",
                     String(repeating: "x", count: 48) + "\r\n", "a\r\nb", String(repeating: "v", count: 61) + "é",
                     // The scalar path: typographic punctuation and Latin letters, then a mark or a CR LF
                     // at and past each bound.
                     "“Café” — 12 März…", String(repeating: "é", count: 48) + "\u{0301}", String(repeating: "’", count: 49) + "\u{0301}",
                     String(repeating: "ß", count: 47) + "\r\n", String(repeating: "–", count: 6) + "e\u{0301}",
                     "©\u{200D}©", "Ä\u{0308}\u{0308}bc", String(repeating: "ñ", count: 41) + "👍🏽"]
        for text in texts {
            for limit in [0, 5, 6, 30, 40, 48, 60] {
                #expect(VisibleDateFinder.characterCount(of: text, upTo: limit) == min(text.count, limit + 1), "\(text) \(limit)")
            }
        }
    }
}

/// `VisibleDateFinder.containsNumber`, the byte test for ASCII text, against `Character.isNumber`.
struct VisibleDateFinderNumberTests {
    @Test func agreesWithCharacterIsNumber() {
        let texts = ["", "abc", "a1", "March 3, 2025", "\r\n", "x\r\n9", "٣ مارس", "二〇二五年", "½", "Ⅻ", "x⁴", "café",
                     "no number here.", "0", "9", "/:", "\u{7F}", "🔟", "3\u{20E3}", "١٢"]
        for text in texts {
            #expect(VisibleDateFinder.containsNumber(text) == text.contains(where: { $0.isNumber }), "\(text)")
        }
    }
}
