// Serves the small bundled site in Examples/LocalCrawl/Site on 127.0.0.1 and
// crawls it: the home page advertises a feed, the feed lists the articles,
// robots.txt keeps /private/ out. Prints one JSON line per article.
//   swift run local-crawl-example
import FlyingFox
import Foundation
import NewsScraper

let site = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Site")

let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: 0), logger: .disabled)
let serving = Task { try await server.run() }
try await server.waitUntilListening(timeout: 30)
guard case .ip4(_, let port)? = await server.listeningAddress else { fatalError("the server did not start") }
let base = "http://127.0.0.1:\(port)"

await server.appendRoute("GET *") { request in
    let path = request.path == "/" ? "/index.html" : request.path
    let file = site.appendingPathComponent(String(path.dropFirst())).standardizedFileURL
    guard file.path.hasPrefix(site.path), var data = FileManager.default.contents(atPath: file.path) else {
        return HTTPResponse(statusCode: .notFound)
    }
    let type: String
    switch file.pathExtension {
    case "xml":
        type = "application/rss+xml; charset=utf-8"
        data = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "{{BASE}}", with: base).utf8)
    case "txt": type = "text/plain; charset=utf-8"
    default: type = "text/html; charset=utf-8"
    }
    return HTTPResponse(statusCode: .ok, headers: [HTTPHeader("Content-Type"): type], body: data)
}

// Loopback addresses are refused by default; this example serves itself, so it opts in.
let policy = FetchPolicy(perHostMinimumDelay: 0.1, allowLocalNetwork: true)
let crawler = ArticleCrawler(fetcher: Fetcher(policy: policy))
let discovered = try await crawler.discover(from: URL(string: base + "/")!)
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
var failures = 0
for await outcome in crawler.articles(at: discovered.links.map(\.url), concurrency: 2) {
    switch outcome.result {
    case let .success(article):
        let row = ["url": outcome.url.absoluteString, "title": article.title ?? "",
                   "author": article.authors.first?.name ?? "", "published": article.published?.iso8601 ?? "",
                   "words": String(article.text.split(separator: " ").count)]
        FileHandle.standardOutput.write(try encoder.encode(row) + Data("\n".utf8))
    case .failure(.fetch(.robotsDisallowed)):
        FileHandle.standardError.write(Data("skipped (robots.txt): \(outcome.url.absoluteString)\n".utf8))
    case let .failure(error):
        failures += 1
        FileHandle.standardError.write(Data("\(outcome.url.absoluteString): \(error)\n".utf8))
    }
}
serving.cancel()
await server.stop(timeout: 0)
exit(failures == 0 ? 0 : 1)
