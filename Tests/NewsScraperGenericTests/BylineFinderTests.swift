import NewsScraperHTML
import Testing
@testable import NewsScraperGeneric

/// The byte test that rules class and id values out before `BylineFinder.classOrIDMarker`
/// lowercases and splits them: it may pass values the full test rejects, never the reverse.
struct BylineFinderTests {
    static let values = [
        "author", "Byline", "BY-LINE", "writer", "author-name", "authorname", "byline-name", "article-author",
        "post-author", "entry-author", "fn", "contributor", "byline__name", "author__name", "authors",
        "post-hero__author__name", "the-byline", "blog__authorName", "author-tooltip__link", "author-list",
        "comment-author", "author bio", "vcard fn", "n fn", "AUTHORS", "x\tauthor", "x\nbyline", "authorİ",
        "", " ", "story", "headline", "by", "post-meta", "entry-title", "writers-guild", "contributors",
        "aut hor", "by line", "fn-", "-fn", "fnord", "ſtory", "K", "wrİter", "aúthor", "byline\u{00A0}x",
    ]

    @Test func theByteTestPassesEveryValueTheFullTestMarks() throws {
        for value in Self.values {
            for attribute in ["class", "id"] {
                let document = try HTMLDocument(html: "<html><body><span \(attribute)=\"\(value)\">Jane Doe</span></body></html>")
                let span = try #require(document.body?.firstDescendant(named: "span"))
                let marker = BylineFinder.classOrIDMarker(of: span)
                if !BylineFinder.classOrIDMayMarkByline(span) {
                    #expect(marker == nil, "\(attribute)=\(value)")
                }
            }
        }
    }

    @Test func theByteTestFindsEachFragmentIgnoringCase() throws {
        let document = try HTMLDocument(html: """
            <html><body><span class="x AuThOr-box">a</span><span id="The-ByLine">b</span><span class="story">c</span></body></html>
            """)
        let spans = try #require(document.body).childElements
        #expect(spans.map(BylineFinder.classOrIDMayMarkByline) == [true, true, false])
    }
}
