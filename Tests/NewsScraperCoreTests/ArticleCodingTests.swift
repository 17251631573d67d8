import Foundation
import Testing
@testable import NewsScraperCore

@Suite struct ArticleCodingTests {
    func sampleArticle() throws -> Article {
        var article = Article(url: URL(string: "https://example.com/a/1"), title: "Headline",
                              authors: [Author(name: "Ann Lee", url: URL(string: "https://example.com/ann"))])
        article.published = DateValue(iso8601: "2022-10-10T17:38:16+03:00", raw: "10 Oct, 2022 17:38")
        article.blocks = [.paragraph("One."), .heading(level: 2, text: "Two"), .list(items: ["a", "b"], ordered: true),
                          .quote(text: "Q", attribution: "Someone"), .table(rows: [["h1", "h2"], ["1", "2"]]),
                          .image(ArticleImage(url: URL(string: "https://example.com/i.jpg")!, caption: "Cap", credit: "AP")),
                          .preformatted("  code\n  more")]
        article.provenance[.title] = Provenance(source: .jsonLD, extractor: "generic", detail: "headline")
        article.validation = ValidationReport(isArticle: true, issues: [
            ValidationIssue(code: "body.tooShort", severity: .warning, field: .body, message: "short"),
        ])
        return article
    }

    @Test func encodesTheDocumentedKeys() throws {
        let data = try JSONEncoder().encode(try sampleArticle())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["url", "canonicalURL", "siteName", "title", "summary", "authors", "published", "modified",
                    "publishedRaw", "modifiedRaw", "language", "direction", "section", "tags", "leadImage", "blocks",
                    "text", "extra", "provenance", "validation"] {
            #expect(object.keys.contains(key), "missing key \(key)")
        }
        #expect(object["published"] as? String == "2022-10-10T17:38:16+03:00")
        #expect(object["publishedRaw"] as? String == "10 Oct, 2022 17:38")
        #expect(object["text"] as? String == "One.\nTwo\na\nb\nQ\nSomeone\nh1\th2\n1\t2\n  code\n  more")
        let provenance = try #require(object["provenance"] as? [String: [String: String]])
        #expect(provenance["title"]?["source"] == "json-ld")
    }

    @Test func roundTripsThroughJSON() throws {
        let article = try sampleArticle()
        let decoded = try JSONDecoder().decode(Article.self, from: try JSONEncoder().encode(article))
        #expect(decoded == article)
    }

    @Test(arguments: [
        ("2022-10-10T17:38:16+03:00", "2022-10-10T17:38:16+03:00"),
        ("2022-10-10T17:38:16Z", "2022-10-10T17:38:16+00:00"),
        ("2022-10-10T17:38:16-0500", "2022-10-10T17:38:16-05:00"),
        ("2022-10-10", "2022-10-10"),
    ])
    func datesKeepTheirOffset(input: String, expected: String) throws {
        #expect(try #require(DateValue(iso8601: input)).iso8601 == expected)
    }

    @Test func rendersMarkdownAndHTML() throws {
        let article = try sampleArticle()
        let markdown = ArticleRenderer.markdown(article)
        #expect(markdown.hasPrefix("# Headline\n"))
        #expect(markdown.contains("## Two"))
        #expect(markdown.contains("1. a\n2. b"))
        #expect(markdown.contains("> Q\n> — Someone"))
        let html = ArticleRenderer.html(article)
        #expect(html.contains("<h2>Two</h2>"))
        #expect(html.contains("<figcaption>Cap © AP</figcaption>"))
        #expect(!ArticleRenderer.plainText(article.blocks).contains("Cap"))
    }

    @Test func readableTextLeadsWithAVisibleSummaryOnly() {
        var article = Article(summary: "The lead.", blocks: [.paragraph("Body.")])
        article.provenance[.summary] = Provenance(source: .meta, extractor: "generic", detail: "meta[description]")
        #expect(article.readableText == "Body.")
        article.provenance[.summary] = Provenance(source: .selector, extractor: "rt", detail: "div.article__summary")
        #expect(article.readableText == "The lead.\nBody.")
    }
}
