import Foundation

/// Reads article links from RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed documents.
public struct FeedParser: Sendable {
    /// The feed formats recognised.
    public enum Format: String, Sendable {
        case rss, atom, jsonFeed
    }

    /// What a feed yielded.
    public struct Result: Sendable {
        /// The format detected.
        public var format: Format
        /// The feed's own title.
        public var title: String?
        /// The entries' links, in feed order.
        public var links: [DiscoveredLink]
        /// Problems met while reading (malformed XML, entries without links).
        public var warnings: [String]
    }

    /// Why bytes could not be read as a feed.
    public enum ParseError: Error, Sendable, Equatable {
        /// The document is neither RSS, Atom nor JSON Feed.
        case notAFeed(String)
    }

    /// Creates a parser.
    public init() {}

    /// Parses a feed.
    ///
    /// - Parameters:
    ///   - bytes: The feed as received (gzip already removed).
    ///   - baseURL: Resolves relative entry links (the feed's own URL).
    /// - Throws: ``ParseError/notAFeed(_:)`` when the root is not a feed.
    public func parse(_ bytes: [UInt8], baseURL: URL? = nil) throws(ParseError) -> Result {
        if Self.looksLikeJSON(bytes) { return try parseJSONFeed(bytes, baseURL: baseURL) }
        let read = XMLReader.read(bytes)
        guard let root = read.root else { throw .notAFeed(read.warnings.joined(separator: "; ")) }
        var result: Result
        switch root.name {
        case "rss": result = parseRSS(channel: root.child("channel") ?? root, items: root.child("channel")?.children("item") ?? [], baseURL: baseURL)
        case "RDF": result = parseRSS(channel: root.child("channel") ?? root, items: root.children("item"), baseURL: baseURL)
        case "feed": result = parseAtom(root, baseURL: baseURL)
        default: throw .notAFeed("root element <\(root.name)>")
        }
        result.warnings = read.warnings + result.warnings
        return result
    }

    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        return body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{")
    }

    private func parseRSS(channel: ParsedXMLElement, items: [ParsedXMLElement], baseURL: URL?) -> Result {
        var links: [DiscoveredLink] = []
        var warnings: [String] = []
        for (index, item) in items.enumerated() {
            // <link> is the article; a permalink <guid> is the fallback.
            var raw = item.childText("link")
            if raw == nil, let guid = item.child("guid"), guid.attributes["isPermaLink"]?.lowercased() != "false" {
                raw = guid.deepText.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard let raw, let url = Self.resolve(raw, against: baseURL) else {
                warnings.append("item \(index + 1) has no usable link")
                continue
            }
            let date = item.childText("pubDate") ?? item.childText("date") ?? item.childText("published")
            links.append(DiscoveredLink(url: url, title: item.childText("title"), publishedRaw: date))
        }
        return Result(format: .rss, title: channel.childText("title"), links: links, warnings: warnings)
    }

    private func parseAtom(_ feed: ParsedXMLElement, baseURL: URL?) -> Result {
        var links: [DiscoveredLink] = []
        var warnings: [String] = []
        let feedBase = feed.attributes["base"].flatMap { Self.resolve($0, against: baseURL) } ?? baseURL
        for (index, entry) in feed.children("entry").enumerated() {
            // rel="alternate" (or no rel) is the article; "self", "edit", "enclosure" are not.
            let candidates = entry.children("link").filter { ["alternate", ""].contains($0.attributes["rel"] ?? "") }
            let preferred = candidates.first { ($0.attributes["type"] ?? "text/html").contains("html") } ?? candidates.first
            guard let href = preferred?.attributes["href"], let url = Self.resolve(href, against: feedBase) else {
                warnings.append("entry \(index + 1) has no alternate link")
                continue
            }
            let date = entry.childText("published") ?? entry.childText("updated") ?? entry.childText("issued")
            links.append(DiscoveredLink(url: url, title: entry.childText("title"), publishedRaw: date))
        }
        return Result(format: .atom, title: feed.childText("title"), links: links, warnings: warnings)
    }

    private struct JSONFeed: Decodable {
        struct Item: Decodable {
            var id: String?
            var url: String?
            var external_url: String?
            var title: String?
            var date_published: String?
            var date_modified: String?
        }
        var version: String?
        var title: String?
        var items: [Item]?
    }

    private func parseJSONFeed(_ bytes: [UInt8], baseURL: URL?) throws(ParseError) -> Result {
        let feed: JSONFeed
        do {
            feed = try JSONDecoder().decode(JSONFeed.self, from: Data(bytes))
        } catch {
            throw .notAFeed("invalid JSON Feed: \(error)")
        }
        guard feed.version?.contains("jsonfeed.org") == true || feed.items != nil else {
            throw .notAFeed("JSON without a JSON Feed version or items")
        }
        var links: [DiscoveredLink] = []
        var warnings: [String] = []
        for (index, item) in (feed.items ?? []).enumerated() {
            // `id` is often the permalink when `url` is missing (JSON Feed 1.1 §items).
            guard let raw = item.url ?? item.external_url ?? item.id.flatMap({ $0.hasPrefix("http") ? $0 : nil }),
                  let url = Self.resolve(raw, against: baseURL) else {
                warnings.append("item \(index + 1) has no usable url")
                continue
            }
            links.append(DiscoveredLink(url: url, title: item.title, publishedRaw: item.date_published ?? item.date_modified))
        }
        return Result(format: .jsonFeed, title: feed.title, links: links, warnings: warnings)
    }

    /// Resolves a link and keeps only http(s) URLs.
    static func resolve(_ raw: String, against base: URL?) -> URL? {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, let url = URL(string: trimmed, relativeTo: base)?.absoluteURL,
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else { return nil }
        return url
    }
}
