import Foundation

/// Why one page of a crawl gave no article.
public enum CrawlError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The page could not be fetched.
    case fetch(FetchError)
    /// The page was fetched but no article could be extracted from it.
    case extraction(url: URL, ExtractionError)

    public var description: String {
        switch self {
        case let .fetch(error): return error.description
        case let .extraction(url, error): return "\(url.absoluteString): \(error.description)"
        }
    }
}

/// The whole scraping workflow: discover article URLs from a feed, sitemap or
/// page, fetch them politely, and extract validated articles.
public struct ArticleCrawler: Sendable {
    /// One crawled page: its URL and what became of it.
    public struct Outcome: Sendable {
        public let url: URL
        public let result: Result<Article, CrawlError>
    }

    public let scraper: NewsScraper
    public let fetcher: Fetcher
    public var discoveryLimits: Discovery.Limits

    public init(scraper: NewsScraper = NewsScraper(), fetcher: Fetcher = Fetcher(),
                discoveryLimits: Discovery.Limits = .init()) {
        self.scraper = scraper
        self.fetcher = fetcher
        self.discoveryLimits = discoveryLimits
    }

    /// Fetches one page and extracts its article, using the response's charset.
    public func article(at url: URL) async throws(CrawlError) -> Article {
        let page: FetchedPage
        do {
            page = try await fetcher.fetch(url)
        } catch {
            throw .fetch(error)
        }
        do {
            var article = try scraper.extract(bytes: page.body, url: page.finalURL, charsetHint: page.charset)
            if page.finalURL != url { article.extra["requestedURL"] = url.absoluteString }
            return article
        } catch {
            throw .extraction(url: page.finalURL, error)
        }
    }

    /// Discovers article URLs from `start`, in discovery order: deduplicated by
    /// canonical form, those in `skipping` left out, at most `limit`.
    public func discover(from start: URL, since: Date? = nil, limit: Int? = nil, skipping: Set<URL> = [])
        async throws(FetchError) -> (links: [DiscoveredLink], warnings: [String]) {
        let result = try await Discovery(fetcher: fetcher, limits: discoveryLimits).discover(from: start, since: since)
        let skipped = Set(skipping.map(URLCanonicalizer.canonicalize))
        var seen = Set<URL>()
        var links = result.links.filter { link in
            let canonical = URLCanonicalizer.canonicalize(link.url)
            return !skipped.contains(canonical) && seen.insert(canonical).inserted
        }
        if let limit { links = Array(links.prefix(max(0, limit))) }
        return (links, result.warnings)
    }

    /// Fetches and extracts `urls` with at most `concurrency` pages in flight
    /// (the fetcher's per-host limits apply on top), yielding each outcome as it completes.
    public func articles(at urls: [URL], concurrency: Int = 4) -> AsyncStream<Outcome> {
        AsyncStream { continuation in
            let task = Task {
                await withTaskGroup(of: Outcome.self) { group in
                    var pending = urls[...]
                    for _ in 0..<max(1, concurrency) {
                        guard let url = pending.popFirst() else { break }
                        group.addTask { await self.outcome(url) }
                    }
                    for await outcome in group {
                        continuation.yield(outcome)
                        if let url = pending.popFirst(), !Task.isCancelled { group.addTask { await self.outcome(url) } }
                    }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private func outcome(_ url: URL) async -> Outcome {
        do {
            return Outcome(url: url, result: .success(try await article(at: url)))
        } catch {
            return Outcome(url: url, result: .failure(error))
        }
    }
}
