import Foundation
import NewsScraperHTML
import Testing
@testable import NewsScraperFetch

@Suite struct FeedParserTests {
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel><title>Example News</title>
      <item><title>First &amp; best</title><link>https://example.com/a?utm_source=rss</link>
        <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
      <item><title><![CDATA[Second <b>story</b>]]></title><guid>https://example.com/b</guid>
        <dc:date>2024-05-01T10:20:30+02:00</dc:date></item>
      <item><title>Relative</title><link>/c</link></item>
      <item><title>No link</title></item>
    </channel></rss>
    """

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
      <entry><title>One</title><link rel="self" href="https://example.com/self"/>
        <link rel="alternate" type="text/html" href="https://example.com/one"/>
        <published>2024-05-01T00:00:00Z</published></entry>
      <entry><title>Two</title><link href="two"/><updated>2024-05-02</updated></entry>
    </feed>
    """

    static let jsonFeed = """
    {"version": "https://jsonfeed.org/version/1.1", "title": "JSON News",
     "items": [{"id": "1", "url": "https://example.com/j1", "title": "J1", "date_published": "2024-05-03T08:00:00-05:00"},
               {"id": "https://example.com/j2", "title": "J2"},
               {"id": "3"}]}
    """

    @Test func rss() throws {
        let result = try FeedParser().parse(Array(Self.rss.utf8), baseURL: URL(string: "https://example.com/feed"))
        #expect(result.format == .rss)
        #expect(result.title == "Example News")
        #expect(result.links.map(\.url.absoluteString) == [
            "https://example.com/a?utm_source=rss", "https://example.com/b", "https://example.com/c",
        ])
        #expect(result.links[0].title == "First & best")
        #expect(result.links[1].title == "Second <b>story</b>")
        #expect(result.links[0].published == Date(timeIntervalSince1970: 1_055_217_600))
        #expect(result.links[1].publishedRaw == "2024-05-01T10:20:30+02:00")
        #expect(result.links[1].published == Date(timeIntervalSince1970: 1_714_551_630))
        #expect(result.warnings.count == 1)
    }

    @Test func atom() throws {
        let result = try FeedParser().parse(Array(Self.atom.utf8), baseURL: URL(string: "https://example.com/atom.xml"))
        #expect(result.format == .atom)
        #expect(result.links.map(\.url.absoluteString) == ["https://example.com/one", "https://example.com/two"])
        #expect(result.links[1].publishedRaw == "2024-05-02")
        #expect(result.links[1].published == Date(timeIntervalSince1970: 1_714_608_000))
    }

    @Test func jsonFeed() throws {
        let result = try FeedParser().parse(Array(Self.jsonFeed.utf8))
        #expect(result.format == .jsonFeed)
        #expect(result.links.map(\.url.absoluteString) == ["https://example.com/j1", "https://example.com/j2"])
        #expect(result.links[0].published == Date(timeIntervalSince1970: 1_714_741_200))
        #expect(result.warnings.count == 1)
    }

    @Test func malformedXMLKeepsWhatWasRecovered() throws {
        let broken = "<rss><channel><item><title>A</title><link>https://example.com/a</link></item><item><title>B & C</title><link>https://example.com/b</link>"
        let result = try FeedParser().parse(Array(broken.utf8))
        #expect(result.links.map(\.url.absoluteString).contains("https://example.com/a"))
        #expect(!result.warnings.isEmpty)
    }

    @Test func notAFeed() {
        #expect(throws: FeedParser.ParseError.self) { try FeedParser().parse(Array("<html><body/></html>".utf8)) }
        #expect(throws: FeedParser.ParseError.self) { try FeedParser().parse(Array("{\"a\": 1}".utf8)) }
        #expect(throws: FeedParser.ParseError.self) { try FeedParser().parse([]) }
    }

    @Test func feedLinksInHTML() throws {
        let html = """
        <html><head><base href="https://example.com/news/">
        <link rel="alternate" type="application/rss+xml" title="RSS" href="rss.xml">
        <link rel="alternate" type="application/atom+xml" href="https://example.com/atom.xml">
        <link rel="alternate" type="application/feed+json" href="/feed.json">
        <link rel="alternate" hreflang="fr" href="/fr/">
        <link rel="stylesheet" type="text/css" href="s.css">
        </head><body></body></html>
        """
        let document = try HTMLDocument(html: html, url: URL(string: "https://example.com/"))
        let links = FeedLinkExtractor.feedLinks(in: document)
        #expect(links.map(\.url.absoluteString) == [
            "https://example.com/news/rss.xml", "https://example.com/atom.xml", "https://example.com/feed.json",
        ])
        #expect(links[0].title == "RSS")
    }
}

@Suite struct HostileXMLTests {
    @Test func entityExpansionIsNotPerformed() throws {
        var entities = "<!ENTITY a0 \"lol\">"
        for level in 1...10 { entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [\(entities)]><rss><channel><item><title>&a10;</title><link>https://example.com/x</link></item></channel></rss>"
        // libxml2 may stop at the amplification itself; either way the answer
        // is quick, small, and says the document was not well-formed.
        let start = ContinuousClock.now
        let result = try? FeedParser().parse(Array(xml.utf8))
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect((result?.links.first?.title ?? "").count < 1000)
        if let result { #expect(!result.warnings.isEmpty, "\(result)") }
    }
}
