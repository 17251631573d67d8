import FlyingFox
import Foundation
import Testing

/// `newsscraper crawl` and `extract URL` against a real server on 127.0.0.1.
@Suite(.serialized) struct CrawlCommandTests {
    static func article(_ title: String) -> String {
        let body = (1...6).map { "<p>\(title) paragraph \($0): the council met again to discuss roads, schools and the river.</p>" }
        return """
        <html lang="en"><head><title>\(title) | Local Times</title>
        <meta property="og:site_name" content="Local Times">
        <meta property="article:published_time" content="2025-03-1\(title.count % 9)T09:00:00+00:00"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>\(title)</h1><div class="body">\(body.joined())</div></article></body></html>
        """
    }

    static func startServer() async throws -> (HTTPServer, Task<Void, any Error>, URL) {
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 10, logger: .disabled)
        await server.appendRoute("GET /robots.txt") { _ in HTTPResponse(statusCode: .notFound) }
        await server.appendRoute("GET /a/1") { _ in
            HTTPResponse(statusCode: .ok, headers: [HTTPHeader("Content-Type"): "text/html; charset=utf-8"],
                         body: Data(article("Bridge reopens").utf8))
        }
        await server.appendRoute("GET /a/2") { _ in
            HTTPResponse(statusCode: .ok, headers: [HTTPHeader("Content-Type"): "text/html; charset=utf-8"],
                         body: Data(article("Library extends hours").utf8))
        }
        await server.appendRoute("GET /a/3") { _ in HTTPResponse(statusCode: .notFound) }
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 30)
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw CocoaError(.featureUnsupported) }
        let base = URL(string: "http://127.0.0.1:\(port)")!
        let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Local Times</title>
        <item><title>Bridge reopens</title><link>\(base.absoluteString)/a/1?utm_source=rss</link></item>
        <item><title>Library extends hours</title><link>\(base.absoluteString)/a/2</link></item>
        <item><title>Gone</title><link>\(base.absoluteString)/a/3</link></item>
        <item><title>Bridge again</title><link>\(base.absoluteString)/a/1#comments</link></item>
        </channel></rss>
        """
        await server.appendRoute("GET /feed.xml") { _ in
            HTTPResponse(statusCode: .ok, headers: [HTTPHeader("Content-Type"): "application/rss+xml"], body: Data(feed.utf8))
        }
        return (server, task, base)
    }

    @Test func crawlsAFeedWritesRowsAndResumes() async throws {
        let (server, task, base) = try await Self.startServer()
        defer { task.cancel() }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("articles.jsonl").path
        let arguments = ["crawl", base.absoluteString + "/feed.xml", "--out", out, "--allow-local-network"]

        let first = try await CLI.runDetached(arguments)
        #expect(first.status == 1, "one URL is a 404")
        let rows = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(rows.count == 3, "the duplicate link is fetched once")
        let titles = Set(rows.compactMap { $0["title"] as? String })
        #expect(titles == ["Bridge reopens", "Library extends hours"])
        #expect(rows.contains { ($0["error"] as? String)?.contains("404") == true })

        let second = try await CLI.runDetached(arguments)
        #expect(second.stderr.contains("3 skipped"))
        let after = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(after.count == 3, "a second run adds nothing")
        await server.stop(timeout: 0)
    }

    @Test func refusesLoopbackWithoutTheFlag() async throws {
        let (server, task, base) = try await Self.startServer()
        defer { task.cancel() }
        let run = try await CLI.runDetached(["crawl", base.absoluteString + "/feed.xml"])
        #expect(run.status == 1)
        #expect(run.stderr.lowercased().contains("blocked") || run.stderr.contains("local"))
        await server.stop(timeout: 0)
    }

    @Test func extractFetchesURLs() async throws {
        let (server, task, base) = try await Self.startServer()
        defer { task.cancel() }
        let run = try await CLI.runDetached(["extract", "--format", "text", "--allow-local-network", base.absoluteString + "/a/2"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Library extends hours\n"))
        await server.stop(timeout: 0)
    }
}
