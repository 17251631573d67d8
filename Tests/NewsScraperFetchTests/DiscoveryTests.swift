import FlyingFox
import Foundation
import Testing
@testable import NewsScraperFetch

/// Discovery end to end against a local server: each start URL kind.
@Suite struct DiscoveryTests {
    static let rss = """
    <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>A</title><link>/news/a?utm_source=rss&amp;utm_medium=feed#comments</link><pubDate>Wed, 01 May 2024 10:00:00 GMT</pubDate></item>
    <item><title>B</title><link>/news/b</link><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate></item>
    <item><title>A again</title><link>/news/a</link></item>
    </channel></rss>
    """

    static let atom = """
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
    <entry><title>One</title><link href="/news/one"/><updated>2024-05-01T00:00:00Z</updated></entry></feed>
    """

    static let json = """
    {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "url": "/news/j1", "title": "J1"}]}
    """

    @Test func feedsOfEachFormat() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /rss.xml") { _ in .text(Self.rss, type: "application/rss+xml") }
            await server.appendRoute("GET /feed.json") { _ in .text(Self.json, type: "application/feed+json") }
        }
        defer { Task { await server.stop() } }
        let discovery = Discovery(fetcher: Fetcher(policy: testPolicy()))
        let result = try await discovery.discover(from: server.url("/rss.xml"))
        #expect(result.kind == .feed)
        #expect(result.links.map(\.url) == [server.url("/news/a"), server.url("/news/b")])
        #expect(result.links[0].title == "A")

        let since = try await discovery.discover(from: server.url("/rss.xml"), since: Date(timeIntervalSince1970: 1_710_000_000))
        #expect(since.links.map(\.url) == [server.url("/news/a")])

        let json = try await discovery.discover(from: server.url("/feed.json"))
        #expect(json.kind == .feed)
        #expect(json.links.map(\.url) == [server.url("/news/j1")])
    }

    @Test func htmlPageLeadsToItsFeed() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /") { _ in
                .text("<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\"></head><body>Hi</body></html>",
                      type: "text/html")
            }
            await server.appendRoute("GET /atom.xml") { _ in .text(Self.atom, type: "application/atom+xml") }
        }
        defer { Task { await server.stop() } }
        let result = try await Discovery(fetcher: Fetcher(policy: testPolicy())).discover(from: server.url("/"))
        #expect(result.kind == .htmlPage)
        #expect(result.sources == [server.url("/atom.xml")])
        #expect(result.links.map(\.url) == [server.url("/news/one")])
    }

    @Test func htmlPageWithoutFeedsFallsBackOnRobotsSitemaps() async throws {
        let server = try await TestServer.start { _ in }
        defer { Task { await server.stop() } }
        let base = server.base.absoluteString
        await server.server.appendRoute("GET /robots.txt") { _ in .text("User-agent: *\nAllow: /\nSitemap: \(base)/sitemap_index.xml\n") }
        await server.server.appendRoute("GET /") { _ in .text("<html><body>No feeds here</body></html>", type: "text/html") }
        await server.server.appendRoute("GET /sitemap_index.xml") { _ in
            .text("""
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>\(base)/s1.xml</loc><lastmod>2024-05-01</lastmod></sitemap>
                <sitemap><loc>\(base)/s2.xml.gz</loc></sitemap>
                <sitemap><loc>\(base)/old.xml</loc><lastmod>2020-01-01</lastmod></sitemap>
                <sitemap><loc>\(base)/missing.xml</loc></sitemap>
                </sitemapindex>
                """, type: "application/xml")
        }
        await server.server.appendRoute("GET /s1.xml") { _ in
            .text("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                <url><loc>\(base)/news/x</loc><news:news><news:publication_date>2024-05-02T00:00:00Z</news:publication_date><news:title>X</news:title></news:news></url>
                <url><loc>https://example.com/news/0-story-0</loc></url>
                </urlset>
                """, type: "application/xml")
        }
        // Served as an opaque gzip file, not with Content-Encoding: Discovery must gunzip it.
        await server.server.appendRoute("GET /s2.xml.gz") { _ in
            HTTPResponse(statusCode: .ok, headers: [HTTPHeader("Content-Type"): "application/gzip"], body: Fixtures.sitemapGzip)
        }
        await server.server.appendRoute("GET /old.xml") { _ in
            Issue.record("a sitemap older than `since` was fetched")
            return .text("<urlset/>")
        }
        let discovery = Discovery(fetcher: Fetcher(policy: testPolicy(robots: true)))
        let result = try await discovery.discover(from: server.url("/"), since: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(result.kind == .htmlPage)
        #expect(result.sources == [server.url("/sitemap_index.xml"), server.url("/s1.xml"), server.url("/s2.xml.gz")])
        // 2 from s1 + 120 from the gzip sitemap, one URL shared between them.
        #expect(result.links.count == 121)
        #expect(result.links.first?.title == "X")
        #expect(result.warnings.contains { $0.contains("404") && $0.contains("missing.xml") })
    }

    @Test func sitemapStartURL() async throws {
        let server = try await TestServer.start { server in
            await server.appendRoute("GET /sitemap.xml.gz") { _ in
                HTTPResponse(statusCode: .ok, headers: [HTTPHeader("Content-Type"): "application/x-gzip"], body: Fixtures.sitemapGzip)
            }
        }
        defer { Task { await server.stop() } }
        let result = try await Discovery(fetcher: Fetcher(policy: testPolicy())).discover(from: server.url("/sitemap.xml.gz"))
        #expect(result.kind == .sitemap)
        #expect(result.links.count == 120)
        #expect(result.links.first?.published == Date(timeIntervalSince1970: 1_714_521_600))
    }

    @Test func startURLFailureIsThrown() async throws {
        let server = try await TestServer.start { _ in }
        defer { Task { await server.stop() } }
        let error = await fetchError { _ = try await Discovery(fetcher: Fetcher(policy: testPolicy())).discover(from: server.url("/nope")) }
        #expect(error == .httpStatus(server.url("/nope"), code: 404))
    }
}
