import Foundation
import NewsScraper
import Testing

/// The generic extractor alone on every RT edition: seven languages, Arabic
/// right to left, each page's template read without a rule written for it.
/// What the site extractor adds (its chrome list, embedded posts left out) is
/// not asked; the article's own text, title, language and direction are.
@Suite struct GenericReadingOfRTPagesTests {
    /// A URL no built-in site extractor claims, so the generic extractor reads the page.
    static let foreignURL = URL(string: "https://news.example.org/world/2023/story")

    @Test(arguments: RTFixtureTests.pages)
    func readsTheArticle(page: RTFixtureTests.Page) throws {
        let bytes = try Data(contentsOf: RTFixtureTests.fixtures.appendingPathComponent(page.file))
        let article = try NewsScraper().extract(bytes: bytes, url: Self.foreignURL, now: RTFixtureTests.now)
        #expect(article.provenance[.body]?.extractor == "generic")
        #expect(article.title == page.title)
        #expect(article.language?.split(separator: "-").first.map(String.init) == page.language)
        #expect(article.direction?.rawValue == page.direction)
        // Every paragraph of the article, in order.
        let text = article.text
        var searchFrom = text.startIndex
        for paragraph in page.bodyParagraphs {
            guard let found = text.range(of: paragraph, range: searchFrom..<text.endIndex) else {
                Issue.record("missing or out of order: \(paragraph.prefix(60))")
                continue
            }
            searchFrom = found.upperBound
        }
        // Captions belong to their pictures, not to the text.
        let pictures = [page.leadImage].compactMap { $0 } + (page.inlineImages ?? [])
        for caption in pictures.compactMap(\.caption) {
            #expect(!text.contains(caption), "caption in the text: \(caption.prefix(60))")
        }
    }
}
