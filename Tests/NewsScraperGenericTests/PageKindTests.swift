import Foundation
import NewsScraper
import Testing
@testable import NewsScraperGeneric

/// The page-kind judgement on small hand-made pages, and its parts.
struct PageKindTests {
    static let paragraph = "The council met on Tuesday evening to discuss the plans for the new bridge, which have been "
        + "debated for years, and residents, shopkeepers and engineers all spoke before the vote was taken."

    static func isArticle(_ html: String, url: String) throws -> Bool {
        try NewsScraper().extract(html: html, url: URL(string: url)).validation.isArticle
    }

    @Test func aDatedStoryWithABylineIsAnArticleWithoutAnyMarkupSayingSo() throws {
        let body = String(repeating: "<p>\(Self.paragraph)</p>\n", count: 8)
        let html = """
        <html><head><title>Bridge plans approved</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <main><h1>Bridge plans approved</h1><p class="byline">By Ana Ruiz</p>
        <p><time datetime="2025-03-04T09:00:00Z">4 March 2025</time></p>\(body)</main>
        <footer>© Example</footer></body></html>
        """
        #expect(try Self.isArticle(html, url: "https://example.com/2025/03/04/bridge-plans-approved-after-long-debate"))
    }

    @Test func aProductPageWithFormsAndOptionsIsNotAnArticle() throws {
        let html = """
        <html><head><title>Trail tent 2P</title><meta property="og:type" content="product"></head><body>
        <main><h1>Trail tent 2P</h1><p class="price">€249</p>
        <form><select name="colour"><option>Green</option><option>Sand</option></select>
        <input type="number" name="quantity" value="1"><button>Add to basket</button></form>
        <p>\(Self.paragraph)</p><table><tr><td>Weight</td><td>1.9 kg</td></tr></table></main></body></html>
        """
        #expect(try !Self.isArticle(html, url: "https://shop.example.com/tents/trail-tent"))
    }

    @Test func aForumThreadOfDatedPostsIsNotAnArticle() throws {
        let posts = (1...6).map { index in
            """
            <article class="post"><p class="who">user\(index)</p><time datetime="2025-03-0\(index)">March \(index)</time>
            <p>\(Self.paragraph)</p><button>Reply</button></article>
            """
        }.joined(separator: "\n")
        let html = """
        <html><head><title>Which tent for winter?</title></head><body><h1>Which tent for winter?</h1>
        <div class="thread">\(posts)</div><form><textarea name="reply"></textarea><button>Post</button></form>
        </body></html>
        """
        #expect(try !Self.isArticle(html, url: "https://forum.example.com/t/which-tent/123"))
    }

    @Test func censusCountsTellingElementsByName() throws {
        let document = try HTMLDocument(html: """
        <html><body><form><input><input><button>Go</button></form><article><time>1</time><p>a <a href="#">b</a></p>
        <pre><code>x</code></pre></article><svg><g></g></svg></body></html>
        """)
        let census = TagCensus(counting: [try #require(document.body)])
        #expect(census.form == 1 && census.input == 2 && census.button == 1)
        #expect(census.article == 1 && census.time == 1 && census.link == 1)
        #expect(census.pre == 1 && census.code == 1 && census.svg == 1)
        #expect(census.table == 0)
    }

    @Test func theLocatorsWalkTakesThePageCensus() throws {
        let document = try HTMLDocument(html: "<html><body><nav><a href='/'>x</a></nav><aside>y</aside><footer>z</footer></body></html>")
        let locator = ContentLocator(root: try #require(document.body))
        #expect(locator.census.nav == 1 && locator.census.aside == 1 && locator.census.footer == 1 && locator.census.link == 1)
    }

    @Test func articleFurnitureRaisesTheLikelihoodAndFormsLowerIt() {
        var signals = PageKindClassifier.Signals()
        signals.words = 600
        signals.paragraphs = 10
        signals.paragraphWords = 600
        signals.contentText = 3_000
        signals.pageText = 4_000
        let plain = PageKindModel.articleLikelihood(signals)
        var dated = signals
        dated.hasDate = true
        dated.hasAuthor = true
        #expect(PageKindModel.articleLikelihood(dated) > plain)
        var withForms = signals
        withForms.page.form = 3
        withForms.page.input = 12
        withForms.content.select = 2
        #expect(PageKindModel.articleLikelihood(withForms) < plain)
        #expect((0...1).contains(plain))
    }
}
