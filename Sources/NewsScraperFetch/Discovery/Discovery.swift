import Foundation
import NewsScraperHTML

/// Finds article URLs starting from a feed, a sitemap or a site's page.
///
/// Given a start URL, discovery fetches it and decides what it is:
/// - a feed (RSS, Atom, JSON Feed): its entries;
/// - a sitemap: its URLs; a sitemap index: its children, followed within ``Limits``;
/// - an HTML page: the feeds it advertises, else the sitemaps robots.txt lists.
///
/// Links are returned canonicalised (``URLCanonicalizer``) and deduplicated, in
/// discovery order. Failures below the start URL (a broken child sitemap, an
/// advertised feed that 404s) become warnings rather than errors.
public struct Discovery: Sendable {
    /// Bounds on how far discovery goes.
    public struct Limits: Sendable, Equatable {
        /// The most feeds taken from one HTML page.
        public var maximumFeeds: Int
        /// The most sitemap documents fetched (index children included).
        public var maximumSitemaps: Int
        /// How deep sitemap indexes may nest.
        public var maximumSitemapDepth: Int
        /// The most links returned.
        public var maximumLinks: Int

        /// Creates limits; the defaults suit one news site.
        public init(maximumFeeds: Int = 3, maximumSitemaps: Int = 50, maximumSitemapDepth: Int = 3, maximumLinks: Int = 100_000) {
            self.maximumFeeds = maximumFeeds
            self.maximumSitemaps = maximumSitemaps
            self.maximumSitemapDepth = maximumSitemapDepth
            self.maximumLinks = maximumLinks
        }
    }

    /// What the start URL turned out to be.
    public enum SourceKind: String, Sendable {
        case feed, sitemap, sitemapIndex, htmlPage
    }

    /// The outcome of a discovery run.
    public struct Result: Sendable {
        /// What the start URL was.
        public var kind: SourceKind
        /// Canonical, deduplicated article links, in discovery order.
        public var links: [DiscoveredLink]
        /// The feeds and sitemaps read.
        public var sources: [URL]
        /// Non-fatal problems (malformed XML, failed child fetches).
        public var warnings: [String]
    }

    /// The fetcher used (its policy applies to every request).
    public let fetcher: Fetcher
    /// Bounds on the run.
    public var limits: Limits

    /// Creates a discovery that fetches through `fetcher`.
    public init(fetcher: Fetcher, limits: Limits = .init()) {
        self.fetcher = fetcher
        self.limits = limits
    }

    /// Discovers article links from `url`.
    ///
    /// - Parameters:
    ///   - url: A feed, sitemap (plain, gzip or index) or HTML page URL.
    ///   - since: When given, links dated before it are dropped, and index
    ///     children whose `lastmod` is before it are not fetched. Undated links are kept.
    /// - Throws: ``FetchError`` when the start URL itself cannot be fetched.
    public func discover(from url: URL, since: Date? = nil) async throws(FetchError) -> Result {
        let page = try await fetcher.fetch(url)
        var run = Run(limits: limits, since: since)
        let kind = await run.process(page, fetcher: fetcher, depth: 0, isStart: true)
        return Result(kind: kind, links: run.links, sources: run.sources, warnings: run.warnings)
    }
}

/// The mutable state of one discovery run.
private struct Run {
    let limits: Discovery.Limits
    let since: Date?
    var links: [DiscoveredLink] = []
    var index: [URL: Int] = [:]
    var sources: [URL] = []
    var warnings: [String] = []
    var sitemapsFetched = 0

    init(limits: Discovery.Limits, since: Date?) {
        self.limits = limits
        self.since = since
    }

    /// What a document's bytes look like.
    private enum Sniffed { case feed, sitemap, html }

    private static func sniff(_ bytes: [UInt8], contentType: String?) -> Sniffed {
        if Gzip.isGzip(bytes) { return .sitemap }
        if FeedParser.looksLikeJSON(bytes) { return .feed }
        // Look at the first element name (skipping the prolog, comments, doctype).
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let open = head.range(of: "<", range: searchStart..<head.endIndex) {
            let rest = head[open.upperBound...]
            if rest.hasPrefix("?") || rest.hasPrefix("!") {
                searchStart = open.upperBound
                continue
            }
            let name = rest.prefix { !" \t\r\n>/".contains($0) }
            let local = name.split(separator: ":").last.map(String.init) ?? ""
            switch local {
            case "rss", "feed", "rdf": return .feed
            case "urlset", "sitemapindex": return .sitemap
            default: return .html
            }
        }
        return contentType?.contains("xml") == true ? .feed : .html
    }

    mutating func process(_ page: FetchedPage, fetcher: Fetcher, depth: Int, isStart: Bool) async -> Discovery.SourceKind {
        switch Self.sniff(page.body, contentType: page.contentType) {
        case .feed:
            readFeed(page)
            return .feed
        case .sitemap:
            return await readSitemap(page, fetcher: fetcher, depth: depth)
        case .html:
            await readHTML(page, fetcher: fetcher)
            return .htmlPage
        }
    }

    private mutating func readFeed(_ page: FetchedPage) {
        sources.append(page.finalURL)
        do {
            let feed = try FeedParser().parse(page.body, baseURL: page.finalURL)
            warnings += feed.warnings.map { "\(page.finalURL.absoluteString): \($0)" }
            add(feed.links)
        } catch {
            warnings.append("\(page.finalURL.absoluteString): not a feed (\(error))")
        }
    }

    private mutating func readSitemap(_ page: FetchedPage, fetcher: Fetcher, depth: Int) async -> Discovery.SourceKind {
        sources.append(page.finalURL)
        sitemapsFetched += 1
        let parsed: SitemapParser.Result
        do {
            parsed = try SitemapParser().parse(page.body, baseURL: page.finalURL)
        } catch {
            warnings.append("\(page.finalURL.absoluteString): not a sitemap (\(error))")
            return .sitemap
        }
        warnings += parsed.warnings.map { "\(page.finalURL.absoluteString): \($0)" }
        switch parsed.content {
        case .urls(let found):
            add(found)
            return .sitemap
        case .index(let children):
            guard depth < limits.maximumSitemapDepth else {
                warnings.append("\(page.finalURL.absoluteString): sitemap index nested deeper than \(limits.maximumSitemapDepth); not followed")
                return .sitemapIndex
            }
            for child in children {
                if let since, let modified = child.published, modified < since { continue }
                await followSitemap(child.url, fetcher: fetcher, depth: depth + 1)
            }
            return .sitemapIndex
        }
    }

    private mutating func followSitemap(_ url: URL, fetcher: Fetcher, depth: Int) async {
        guard sitemapsFetched < limits.maximumSitemaps else {
            warnings.append("\(url.absoluteString): skipped, more than \(limits.maximumSitemaps) sitemaps")
            return
        }
        guard !sources.contains(url) else { return }
        do {
            let page = try await fetcher.fetch(url)
            _ = await readSitemap(page, fetcher: fetcher, depth: depth)
        } catch {
            sitemapsFetched += 1
            warnings.append("\(error)")
        }
    }

    private mutating func readHTML(_ page: FetchedPage, fetcher: Fetcher) async {
        var feeds: [URL] = []
        do {
            // The document stays inside this synchronous scope: it is not Sendable.
            let document = try HTMLDocument(bytes: page.body, url: page.finalURL, charsetHint: page.charset)
            feeds = FeedLinkExtractor.feedLinks(in: document).map(\.url)
        } catch {
            warnings.append("\(page.finalURL.absoluteString): unreadable HTML (\(error))")
        }
        for feed in feeds.prefix(limits.maximumFeeds) {
            do {
                readFeed(try await fetcher.fetch(feed))
            } catch {
                warnings.append("\(error)")
            }
        }
        guard feeds.isEmpty else { return }
        // No advertised feed: fall back on the sitemaps robots.txt lists.
        do {
            let rules = try await fetcher.robotsRules(for: page.finalURL)
            if rules.sitemaps.isEmpty { warnings.append("\(page.finalURL.absoluteString): no feeds and no sitemaps found") }
            for sitemap in rules.sitemaps { await followSitemap(sitemap, fetcher: fetcher, depth: 1) }
        } catch {
            warnings.append("\(error)")
        }
    }

    /// Canonicalises, filters by date, and merges duplicates (filling in missing fields).
    private mutating func add(_ found: [DiscoveredLink]) {
        for var link in found {
            if let since, let published = link.published, published < since { continue }
            link.url = URLCanonicalizer.canonicalize(link.url)
            if let existing = index[link.url] {
                if links[existing].title == nil { links[existing].title = link.title }
                if links[existing].publishedRaw == nil {
                    links[existing].publishedRaw = link.publishedRaw
                    links[existing].published = link.published
                }
                continue
            }
            guard links.count < limits.maximumLinks else {
                warnings.append("stopped at \(limits.maximumLinks) links")
                return
            }
            index[link.url] = links.count
            links.append(link)
        }
    }
}
