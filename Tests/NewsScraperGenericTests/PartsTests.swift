import Foundation
import Testing
@testable import NewsScraperGeneric
import NewsScraperHTML

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

    @Test func aStreamedReactSegmentIsNotHidden() throws {
        let document = try HTMLDocument(html: """
            <html><body><div hidden id="S:0"><p>Streamed</p></div><div hidden id="S:x"></div><div hidden id="menu"></div></body></html>
            """)
        let divs = try #require(document.body).childElements
        let classifier = BoilerplateClassifier()
        #expect(classifier.judge(divs[0], name: "div").level == .none)
        #expect(classifier.judge(divs[1], name: "div").level == .hard)
        #expect(classifier.judge(divs[2], name: "div").level == .hard)
    }
}

struct TitleTests {
    @Test func dropsWhatAPipeAdds() {
        #expect(MetadataReader.mainPart(of: "How meditation rewires brains | Opinion") == "How meditation rewires brains")
        #expect(MetadataReader.mainPart(of: "Site | A much longer headline about something") == "A much longer headline about something")
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
        // Screen-reader-only rules written inline: one pixel, clipped to nothing.
        #expect(BoilerplateClassifier.hidesElement(
            "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0)"))
        #expect(BoilerplateClassifier.hidesElement("clip-path: inset(50%); height: 1px; overflow: hidden"))
        #expect(!BoilerplateClassifier.hidesElement("clip: rect(0, 300px, 200px, 0); border-width: 1px"))
        #expect(!BoilerplateClassifier.hidesElement("width: 1px; height: 1px"))
    }
}

struct MetadataReaderPartsTests {
    @Test func datesInPaths() {
        #expect(MetadataReader.dayInPath(URL(string: "https://a.com/2025/9/4/storm")) == "2025-09-04")
        #expect(MetadataReader.dayInPath(URL(string: "https://a.com/2025/09/storm")) == nil)
        #expect(MetadataReader.dayInPath(URL(string: "https://a.com/p/2025-09-04-storm")) == "2025-09-04")
        #expect(MetadataReader.dayInPath(URL(string: "https://a.com/p/2025-09-041234")) == nil)
        // The month named, in the languages the date parser reads.
        #expect(MetadataReader.dayInPath(URL(string: "https://a.com/blog/2023/october/03/wine")) == "2023-10-03")
        #expect(MetadataReader.dayInPath(URL(string: "https://a.com/stories/2019/Nov/19/meth")) == "2019-11-19")
        #expect(MetadataReader.dayInPath(URL(string: "https://a.com/2019/maerz/5/x")) == "2019-03-05")
        #expect(MetadataReader.dayInPath(URL(string: "https://a.com/2019/news/19/x")) == nil)
    }

    @Test func slashedDatesReadDayFirst() {
        #expect(MetadataReader.slashDateReadDayFirst("Publicado 05/10/2018, 14:30") == "Publicado 2018-10-05, 14:30")
        #expect(MetadataReader.slashDateReadDayFirst("05/10/2018") == "2018-10-05")
        #expect(MetadataReader.slashDateReadDayFirst("05/05/2018") == nil)
        #expect(MetadataReader.slashDateReadDayFirst("25/10/2018") == nil)
        #expect(MetadataReader.slashDateReadDayFirst("1/2/3/2018") == nil)
        #expect(MetadataReader.slashDateReadDayFirst("2018-10-05") == nil)
        #expect(MetadataReader.writesDayFirst("pt-BR") && MetadataReader.writesDayFirst("de_AT"))
        #expect(!MetadataReader.writesDayFirst("en-US") && !MetadataReader.writesDayFirst("en-GB"))
        #expect(!MetadataReader.writesDayFirst("zh-CN") && !MetadataReader.writesDayFirst(""))
    }

    @Test func otherReadingsOfNumericDates() {
        #expect(MetadataReader.otherReading(of: "09.10.2024") == "2024-09-10")
        #expect(MetadataReader.otherReading(of: "03/10/2023") == "2023-10-03")
        #expect(MetadataReader.otherReading(of: "23.10.2024") == nil)
        #expect(MetadataReader.otherReading(of: "October 3, 2023") == nil)
    }
}

struct ContentLocatorTests {
    @Test func postsWrappedInCommentClassesAreTheBodyWhenNothingElseIs() throws {
        let fixtures = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        let html = try String(contentsOf: fixtures.appendingPathComponent("comment-thread.html"), encoding: .utf8)
        let document = try HTMLDocument(html: html)
        let locator = ContentLocator(root: try #require(document.body))
        let choice = locator.bodyChoice()
        #expect(choice.nodes.map(\.id) == ["comments"])
        #expect(choice.released.contains("comment-entry"))
        let bodyText = locator.stats[choice.nodes[0]]?.textLength ?? 0
        let posts = choice.nodes[0].childElements
        #expect(posts.count == 3)
        #expect(posts.allSatisfy { !locator.shouldSkip($0, bodyText: bodyText, released: choice.released) })
    }
}
