import Foundation
import Testing
import NewsScraperCore
import NewsScraperGeneric
import NewsScraperHTML

@Suite struct DeclarativeExtractorTests {
    static let page = """
    <html lang="en"><head><title>Moon base opens | Planet Daily</title>
    <meta property="og:site_name" content="Planet Daily">
    <meta property="og:image" content="/img/moon.jpg">
    <meta name="description" content="The first crew moved in on Monday.">
    <meta property="article:section" content="Space">
    </head><body>
    <nav><a href="/">Home</a></nav>
    <div class="story">
      <h1 class="story-title">  Moon base opens  </h1>
      <p class="by">By <a class="author" href="/ann">Ann Lee</a> and <a class="author" href="/bo">Bo Chen</a></p>
      <span class="when">14/03/2025 09:30</span>
      <div class="story-body">
        <p>The first crew moved into the base on Monday after a three-day journey.</p>
        <div class="ad">Buy now</div>
        <p>Six people will live there for six months, growing food and testing equipment.</p>
        <p class="promo">Subscribe to our newsletter</p>
      </div>
      <ul class="topics"><li><a>Space</a></li><li><a>Science</a></li><li><a>space</a></li></ul>
    </div>
    </body></html>
    """

    static func extractor() throws -> DeclarativeExtractor {
        try DeclarativeExtractor(
            id: "planet-daily",
            matcher: PageMatcher(hosts: [".planetdaily.example"], paths: ["/news/"]),
            rules: ExtractionRules(
                title: FieldRule([.css("h1.missing"), .css("h1.story-title")]),
                authors: FieldRule([.css(".by a.author")], policy: .all),
                published: DateRule([.css(".when")], formats: ["dd/MM/yyyy HH:mm"],
                                    timeZone: TimeZone(identifier: "Europe/London")),
                tags: FieldRule([.css("ul.topics a")], policy: .all),
                body: BodyRule([.css("div.story-body")], clean: [".ad"],
                               prepare: { container, _ in
                                   for promo in container.select(try! CSSSelector("p.promo")) { promo.remove() }
                               }),
                extra: ["byline": FieldRule([.css("p.by")])]
            )
        )
    }

    func pipeline() throws -> ExtractionPipeline {
        ExtractionPipeline(registry: ExtractorRegistry([try Self.extractor()]), fallback: GenericExtractor())
    }

    @Test func extractsDeclaredFieldsWithProvenance() throws {
        let url = URL(string: "https://www.planetdaily.example/news/2025/moon-base")!
        let article = try pipeline().extract(html: Self.page, url: url, now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(article.title == "Moon base opens")
        #expect(article.provenance[.title] == Provenance(source: .selector, extractor: "planet-daily", detail: "h1.story-title"))
        #expect(article.authors.map(\.name) == ["Ann Lee", "Bo Chen"])
        #expect(article.tags == ["Space", "Science"])
        #expect(article.blocks == [
            .paragraph("The first crew moved into the base on Monday after a three-day journey."),
            .paragraph("Six people will live there for six months, growing food and testing equipment."),
        ])
        #expect(article.extra["byline"] == "By Ann Lee and Bo Chen")
    }

    @Test func fieldsWithoutRulesComeFromTheFallback() throws {
        let url = URL(string: "https://www.planetdaily.example/news/2025/moon-base")!
        let article = try pipeline().extract(html: Self.page, url: url)
        #expect(article.summary == "The first crew moved in on Monday.")
        #expect(article.provenance[.summary]?.extractor == "generic")
        #expect(article.section == "Space")
        #expect(article.provenance[.section]?.extractor == "generic")
        #expect(article.leadImage?.url.absoluteString == "https://www.planetdaily.example/img/moon.jpg")
        #expect(article.language == "en")
    }

    @Test func pagesOfOtherSitesGoToTheFallback() throws {
        let article = try pipeline().extract(html: Self.page, url: URL(string: "https://elsewhere.example/news/1"))
        #expect(article.provenance[.title]?.extractor == "generic")
    }

    @Test func invalidSelectorsFailWhenTheExtractorIsCreated() {
        #expect(throws: HTMLError.self) {
            _ = try DeclarativeExtractor(id: "bad", matcher: PageMatcher(hosts: ["x.example"]),
                                         rules: ExtractionRules(title: FieldRule([.css("h1[")])))
        }
    }

    @Test func anExtractorCanHandTheWholePageToTheFallback() throws {
        struct Declines: SiteExtractor {
            let id = "declines"
            let matcher = PageMatcher(hosts: ["*"], priority: 5)
            func extract(from context: ExtractionContext) throws -> ExtractedFields { throw ExtractionSignal.useFallback }
        }
        let pipeline = ExtractionPipeline(registry: ExtractorRegistry([Declines()]), fallback: GenericExtractor())
        let article = try pipeline.extract(html: Self.page, url: URL(string: "https://x.example/"))
        #expect(article.provenance[.body]?.extractor == "generic")
    }

    @Test func extractorErrorsAreTyped() throws {
        struct Fails: SiteExtractor {
            struct Boom: Error {}
            let id = "fails"
            let matcher = PageMatcher(hosts: ["*"], priority: 5)
            func extract(from context: ExtractionContext) throws -> ExtractedFields { throw Boom() }
        }
        let pipeline = ExtractionPipeline(registry: ExtractorRegistry([Fails()]), fallback: GenericExtractor())
        #expect(throws: ExtractionError.extractorFailed(extractor: "fails", reason: "Boom()")) {
            _ = try pipeline.extract(html: Self.page, url: URL(string: "https://x.example/"))
        }
    }
}
