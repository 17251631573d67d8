import Foundation
import Testing
@testable import NewsScraperFetch

@Suite struct SitemapParserTests {
    @Test func urlsetWithNewsExtension() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>https://example.com/a</loc><lastmod>2024-05-01</lastmod></url>
          <url><loc> https://example.com/b </loc>
            <news:news><news:publication><news:name>Ex</news:name></news:publication>
            <news:publication_date>2024-05-02T09:00:00Z</news:publication_date><news:title>B title</news:title></news:news></url>
          <url><lastmod>2024-05-01</lastmod></url>
        </urlset>
        """
        let result = try SitemapParser().parse(Array(xml.utf8))
        guard case .urls(let links) = result.content else { Issue.record("expected urls"); return }
        #expect(links.map(\.url.absoluteString) == ["https://example.com/a", "https://example.com/b"])
        #expect(links[0].publishedRaw == "2024-05-01")
        #expect(links[1].title == "B title")
        #expect(links[1].published == Date(timeIntervalSince1970: 1_714_640_400))
        #expect(result.warnings == ["url 3 has no usable <loc>"])
    }

    @Test func index() throws {
        let xml = """
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://example.com/s1.xml</loc><lastmod>2024-01-01</lastmod></sitemap>
          <sitemap><loc>https://example.com/s2.xml.gz</loc></sitemap>
        </sitemapindex>
        """
        let result = try SitemapParser().parse(Array(xml.utf8))
        guard case .index(let children) = result.content else { Issue.record("expected index"); return }
        #expect(children.map(\.url.absoluteString) == ["https://example.com/s1.xml", "https://example.com/s2.xml.gz"])
        #expect(children[0].published != nil)
    }

    @Test func gzipDetectedByMagicBytes() throws {
        let result = try SitemapParser().parse(Array(Fixtures.sitemapGzip))
        guard case .urls(let links) = result.content else { Issue.record("expected urls"); return }
        #expect(links.count == 120)
        #expect(result.warnings.isEmpty)
        #expect(throws: SitemapParser.ParseError.self) {
            try SitemapParser(maximumDecompressedBytes: 100).parse(Array(Fixtures.sitemapGzip))
        }
    }

    @Test func malformedAndWrongRoot() throws {
        let broken = "<urlset><url><loc>https://example.com/a</loc></url><url><loc>https://example.com/b</loc>"
        let result = try SitemapParser().parse(Array(broken.utf8))
        guard case .urls(let links) = result.content else { Issue.record("expected urls"); return }
        #expect(links.count == 2)
        #expect(result.warnings.first?.contains("malformed") == true)
        #expect(throws: SitemapParser.ParseError.self) { try SitemapParser().parse(Array("<rss/>".utf8)) }
    }
}
