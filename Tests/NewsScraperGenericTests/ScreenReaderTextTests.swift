import Foundation
import NewsScraper
import Testing
@testable import NewsScraperGeneric

/// Text that pages hide from the eye and keep for screen readers.
struct ScreenReaderTextTests {
    static func marks(_ value: String) -> Bool {
        Array(value.utf8).withUnsafeBufferPointer(BoilerplateClassifier.marksScreenReaderText)
    }

    @Test func theUtilityClassesAreFoundWhateverTheirSpelling() {
        for value in ["sr-only", "SR_ONLY", "srOnly", "btn sr-only-focusable", "screen-reader-text", "screenReaderText",
                      "u-visually-hidden", "visuallyhidden", "show-for-sr", "element-invisible"] {
            #expect(Self.marks(value), "\(value)")
        }
    }

    @Test func otherClassesAreNot() {
        for value in ["", "s", "sr", "sr-", "screen", "full-screen reader-mode", "visually", "hidden", "showcase",
                      "element", "invisible", "usr-list", "entry-content"] {
            #expect(!Self.marks(value), "\(value)")
        }
    }

    @Test func screenReaderTextStaysOutOfTheBody() throws {
        let paragraphs = (1...6).map { number in
            "<p>Paragraph \(number) of the report says what the council decided and why it matters to the town's "
                + "residents, in the full report<span class=\"screen-reader-text\"> (opens in a new tab)</span>.</p>"
        }.joined()
        let html = """
            <html><head><title>Council report</title></head><body>
            <a class="sr-only sr-only-focusable" href="#main">Skip to the main content of this page</a>
            <article><h1>Council report</h1>\(paragraphs)</article></body></html>
            """
        let article = try NewsScraper().extract(html: html, url: URL(string: "https://example.com/2025/05/01/report"))
        #expect(article.text.contains("Paragraph 6 of the report"))
        #expect(article.text.contains("in the full report."))
        #expect(!article.text.contains("opens in a new tab"))
        #expect(!article.text.contains("Skip to the main content"))
    }

    @Test func hiddenTextLeavesListItemsButTextHiddenOnlyFromScreenReadersStays() throws {
        let hidden = try HTMLDocument(html: "<p class='a sr-only'>x</p><p hidden>y</p><p style='display: none'>z</p>")
        let shown = try HTMLDocument(html: "<p aria-hidden='true'>x</p><p class='screen'>y</p><p>z</p>")
        for paragraph in try hidden.select("p") { #expect(BoilerplateClassifier.isHiddenFromSight(paragraph)) }
        for paragraph in try shown.select("p") { #expect(!BoilerplateClassifier.isHiddenFromSight(paragraph)) }
        let items = (1...8).map { "<li>Tent number \($0), sleeps two<span class=\"visually-hidden\"> (opens in a new tab)</span> "
            + "<span aria-hidden=\"true\">4.5 stars</span></li>" }.joined()
        let html = """
            <html><head><title>Packing list</title></head><body><article><h1>Packing list</h1>
            <p>Everything we take on a week in the hills, tested over three summers of walking and camping.</p>
            <ul>\(items)</ul></article></body></html>
            """
        let article = try NewsScraper().extract(html: html, url: URL(string: "https://example.com/2025/05/01/list"))
        #expect(article.text.contains("Tent number 8, sleeps two 4.5 stars"))
        #expect(!article.text.contains("opens in a new tab"))
    }
}
