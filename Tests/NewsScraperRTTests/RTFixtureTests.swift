import Foundation
import Testing
import NewsScraper

/// Every RT fixture page, extracted with the built-in registry, compared field
/// by field with `Fixtures/expectations.json`.
@Suite struct RTFixtureTests {
    struct Expectations: Decodable {
        let pages: [Page]
    }

    struct Page: Decodable, CustomTestStringConvertible, Sendable {
        struct Image: Decodable, Sendable {
            let url: String
            let caption: String?
            let credit: String?
        }

        let file: String
        let url: String
        let canonicalURL: String?
        let title: String
        let summary: String?
        let authors: [String]
        let published: String?
        let modified: String?
        let language: String
        let direction: String
        let section: String?
        let tags: [String]
        let leadImage: Image?
        let bodyParagraphs: [String]
        let inlineImages: [Image]?
        let disclaimer: String?
        let mustNotContain: [String]
        let originalSource: String?

        var testDescription: String { file }
    }

    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    static let now = Date(timeIntervalSince1970: 1_796_000_000) // 2026-11-30

    static let pages: [Page] = {
        let data = try! Data(contentsOf: fixtures.appendingPathComponent("expectations.json"))
        return try! JSONDecoder().decode(Expectations.self, from: data).pages
    }()

    static func extract(_ page: Page) throws -> Article {
        let bytes = try Data(contentsOf: fixtures.appendingPathComponent(page.file))
        return try NewsScraper().extract(bytes: bytes, url: URL(string: page.url), now: now)
    }

    /// The body as the expectations list it: one entry per text block, list items separately.
    static func bodyEntries(_ article: Article) -> [String] {
        article.blocks.flatMap { block -> [String] in
            switch block {
            case let .list(items, _): return items
            case let .quote(text, _): return [text]
            case .image: return []
            default: return block.plainText.map { [$0] } ?? []
            }
        }
    }

    @Test(arguments: RTFixtureTests.pages)
    func fieldsMatch(page: Page) throws {
        let article = try Self.extract(page)
        #expect(article.title == page.title)
        #expect(article.summary == page.summary)
        #expect(article.authors.map(\.name) == page.authors)
        #expect(article.published?.iso8601 == page.published)
        #expect(article.modified?.iso8601 == page.modified)
        #expect(article.language?.split(separator: "-").first.map(String.init) == page.language)
        #expect(article.direction?.rawValue == page.direction)
        #expect(article.section == page.section)
        #expect(article.tags == page.tags)
        #expect(article.canonicalURL?.absoluteString == page.canonicalURL)
        #expect(article.leadImage?.url.absoluteString == page.leadImage?.url)
        #expect(article.leadImage?.caption == page.leadImage?.caption)
        #expect(article.leadImage?.credit == page.leadImage?.credit)
        #expect(Self.bodyEntries(article) == page.bodyParagraphs)
        #expect(article.extra["disclaimer"] == page.disclaimer)
        #expect(article.extra["originalSource"] == page.originalSource)
        let text = article.text
        for chrome in page.mustNotContain {
            #expect(!text.contains(chrome), "body keeps chrome: \(chrome)")
        }
    }

    @Test(arguments: RTFixtureTests.pages.filter { $0.file.hasPrefix("rt-") })
    func passesValidationWithoutWarnings(page: Page) throws {
        let article = try Self.extract(page)
        #expect(article.provenance[.body]?.extractor == "rt")
        #expect(article.validation.isArticle)
        let warnings = article.validation.issues.filter { $0.severity >= .warning }
        #expect(warnings.isEmpty, "\(warnings.map(\.code))")
    }

    @Test func benchmarkPageBodyMatchesTheGroundTruth() throws {
        let page = try #require(Self.pages.first { $0.file == "rt-en-benchmark.html" })
        let article = try Self.extract(page)
        let truth = try String(contentsOf: Self.fixtures.appendingPathComponent("rt-en-benchmark.expected-body.txt"),
                               encoding: .utf8)
        // The benchmark's body starts with the lead, which the article keeps as its summary;
        // readableText puts the visible lead back in front of the body.
        #expect(article.text.hasPrefix(article.summary ?? "-") == false)
        let body = article.readableText
        #expect(ShingleScorer.counts(expected: truth, predicted: body).f1 >= 0.98)
    }
}
