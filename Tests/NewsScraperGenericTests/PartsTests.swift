import Foundation
import Testing
@testable import NewsScraperGeneric

struct SchemaTypeScannerTests {
    @Test func readsStringsArraysAndURLForms() {
        var names = Set<String>()
        SchemaTypeScanner.scan(#"{"@graph":[{"@type":"WebPage"},{"@type" : ["NewsArticle","Thing"]},{"@type":"http://schema.org/Person"}]"#,
                               into: &names)
        #expect(names == ["WebPage", "NewsArticle", "Thing", "Person"])
    }

    @Test func survivesBrokenJSON() {
        var names = Set<String>()
        SchemaTypeScanner.scan(#"{"@type":"Product", "name": "x",,, "#, into: &names)
        #expect(names == ["Product"])
    }
}

struct URLShapeTests {
    @Test func findsDatesAndSlugs() {
        #expect(URLShape(URL(string: "https://a.com/2025/09/04/top-nutrition-trends-for-fall")).hasDate)
        #expect(URLShape(URL(string: "https://a.com/news/2025-09-04-storm")).hasDate)
        #expect(!URLShape(URL(string: "https://a.com/services/seo")).hasDate)
        #expect(URLShape(URL(string: "https://a.com/blog/how-to-grow-tomatoes.html")).slugWords == 4)
    }
}

struct BoilerplateClassifierTests {
    @Test func matchesWholeWordsOnly() {
        var words: [String] = []
        BoilerplateClassifier.forEachWord("blueprint shareBar post_meta") { words.append($0) }
        #expect(words == ["blueprint", "share", "bar", "post", "meta"])
        #expect(!BoilerplateClassifier.weakWords.contains("blueprint"))
    }
}

struct TitleTests {
    @Test func dropsWhatAPipeAdds() {
        #expect(MetadataReader.mainPart(of: "How meditation rewires brains | Opinion") == "How meditation rewires brains")
        #expect(MetadataReader.mainPart(of: "Site | A much longer headline about something") == "A much longer headline about something")
    }
}

struct WhitespaceWordsTests {
    @Test func countsAsCharacterSplitDoes() {
        let texts = [
            "", "   ", "one", " two words ", "tabs\tand\nlines\r\n", "no\u{A0}break and\u{2009}thin", "“quoted” — dash",
            "Привет, мир! Как дела?", "مرحبا بالعالم", "a \u{301}b", "\u{301} lone mark", "x\u{0600} y", "中文 日本語",
            "emoji 👍🏽 ok", "zwj \u{200D}x", "thai \u{0E33}x", "line\u{2028}sep\u{85}next",
        ]
        for text in texts {
            #expect(WhitespaceWords.count(text) == text.split(whereSeparator: { $0.isWhitespace }).count, "\(text)")
        }
    }
}

struct BoilerplateWordMatchTests {
    @Test func knownWordsMatchTheSets() {
        var meanings: [BoilerplateClassifier.WordMeaning] = []
        let value = Array("shareBar article-body x-navbar verylongwordthatisnotknown".utf8)
        value.withUnsafeBufferPointer { bytes in BoilerplateClassifier.forEachKnownWord(bytes) { meanings.append($0) } }
        #expect(meanings == [.strong, .content, .content, .weak])
    }
}

struct HiddenStyleTests {
    @Test func readsHidingStyles() {
        #expect(BoilerplateClassifier.hidesElement("DISPLAY: None; color: red"))
        #expect(BoilerplateClassifier.hidesElement("visibility : hidden"))
        #expect(!BoilerplateClassifier.hidesElement("display:block"))
        #expect(BoilerplateClassifier.hidesElement("font-family: “Noto”; display:none"))
        #expect(!BoilerplateClassifier.hidesElement("font-family: “Noto”"))
    }
}
