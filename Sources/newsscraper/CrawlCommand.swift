import ArgumentParser
import Foundation
import NewsScraper

struct CrawlCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crawl",
        abstract: "Discover articles from a feed, sitemap or page, fetch them politely, and extract them.",
        discussion: """
        Writes one JSON line per article (failures as rows with url and error). With --out, \
        a second run with the same file skips URLs already in it. robots.txt, per-host rate \
        limits and Retry-After are honoured; private and loopback addresses are refused \
        unless --allow-local-network is given.
        """
    )

    @Argument(help: "A feed, sitemap or page URL.")
    var start: String

    @Option(name: .long, help: "The most articles to fetch.")
    var limit: Int?

    @Option(name: .long, help: "Only articles published on or after this date (YYYY-MM-DD or ISO 8601).")
    var since: String?

    @Option(name: .long, help: "Append JSON Lines to this file (and resume from it).")
    var out: String?

    @Option(name: .long, help: "Pages fetched at once.")
    var concurrency: Int = 4

    @Flag(name: .long, help: "Allow fetching from loopback and private addresses (for local testing).")
    var allowLocalNetwork = false

    @Option(name: .long, help: "The User-Agent header to send.")
    var userAgent: String = FetchPolicy.defaultUserAgent

    func validate() throws {
        guard let url = URL(string: start), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            throw ValidationError("the start must be an http or https URL")
        }
        if let since, sinceDate(since) == nil { throw ValidationError("--since must be a date such as 2025-01-31") }
        if concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
        if let limit, limit < 0 { throw ValidationError("--limit must not be negative") }
    }

    func run() async throws {
        let policy = FetchPolicy(userAgent: userAgent, allowLocalNetwork: allowLocalNetwork)
        let crawler = ArticleCrawler(fetcher: Fetcher(policy: policy))
        let done = try out.map(Self.urlsAlreadyIn) ?? []
        let discovered: (links: [DiscoveredLink], warnings: [String])
        do {
            discovered = try await crawler.discover(from: URL(string: start)!, since: since.flatMap(sinceDate),
                                                    limit: limit, skipping: done)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(1)
        }
        for warning in discovered.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
        let sink = try JSONLinesSink(path: out)
        let progress = Progress(total: discovered.links.count)
        var failures = 0
        for await outcome in crawler.articles(at: discovered.links.map(\.url), concurrency: concurrency) {
            switch outcome.result {
            case let .success(article):
                let final = article.url.flatMap { $0 == outcome.url ? nil : $0.absoluteString }
                sink.write(ArticleRow(article: article, url: outcome.url.absoluteString, finalURL: final))
            case let .failure(error):
                failures += 1
                sink.write(FailureRow(id: nil, url: outcome.url.absoluteString, error: error.description))
            }
            progress.advance()
        }
        progress.finish()
        FileHandle.standardError.write(Data(
            "\(discovered.links.count - failures) articles, \(failures) failures, \(done.count) skipped as already done\n".utf8))
        if failures > 0 { throw ExitCode(1) }
    }

    private func sinceDate(_ text: String) -> Date? {
        DateParser(now: Date()).parse(text)?.date
    }

    /// URLs of rows an earlier run wrote, successes and failures alike.
    static func urlsAlreadyIn(_ path: String) throws -> Set<URL> {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var urls = Set<URL>()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            for key in ["url", "requestedURL"] {
                if let text = object[key] as? String, let url = URL(string: text) { urls.insert(url) }
            }
        }
        return urls
    }
}
