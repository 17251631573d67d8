import Foundation

/// Reads sitemaps (sitemaps.org protocol and Google News extensions).
public struct SitemapParser: Sendable {
    /// What a sitemap yielded.
    public enum Content: Sendable {
        /// A `<urlset>`: page URLs.
        case urls([DiscoveredLink])
        /// A `<sitemapindex>`: child sitemaps, each with its `lastmod` if given.
        case index([DiscoveredLink])
    }

    /// A parsed sitemap.
    public struct Result: Sendable {
        public var content: Content
        /// Problems met while reading (malformed XML, entries without `<loc>`).
        public var warnings: [String]
    }

    /// Why bytes could not be read as a sitemap.
    public enum ParseError: Error, Sendable, Equatable {
        /// Neither `<urlset>` nor `<sitemapindex>` at the root.
        case notASitemap(String)
        /// A gzip sitemap that does not decompress.
        case badGzip(GzipError)
    }

    /// The largest decompressed sitemap accepted (the protocol's own limit is 50 MB).
    public var maximumDecompressedBytes: Int

    /// Creates a parser that refuses gzip sitemaps decompressing beyond `maximumDecompressedBytes`.
    public init(maximumDecompressedBytes: Int = 52_428_800) {
        self.maximumDecompressedBytes = maximumDecompressedBytes
    }

    /// Parses a sitemap, gunzipping it first when it starts with gzip's magic bytes.
    ///
    /// - Parameters:
    ///   - bytes: The sitemap as received.
    ///   - baseURL: Resolves relative `<loc>` values (they should be absolute, often are not).
    public func parse(_ bytes: [UInt8], baseURL: URL? = nil) throws(ParseError) -> Result {
        var bytes = bytes
        if Gzip.isGzip(bytes) {
            do {
                bytes = try Gzip.decompress(bytes, limit: maximumDecompressedBytes)
            } catch {
                throw .badGzip(error)
            }
        }
        let read = XMLReader.read(bytes)
        guard let root = read.root else { throw .notASitemap(read.warnings.joined(separator: "; ")) }
        var warnings = read.warnings
        switch root.name {
        case "urlset":
            var links: [DiscoveredLink] = []
            for (index, entry) in root.children("url").enumerated() {
                guard let loc = entry.childText("loc"), let url = FeedParser.resolve(loc, against: baseURL) else {
                    warnings.append("url \(index + 1) has no usable <loc>")
                    continue
                }
                // Google News: <news:news><news:publication_date/><news:title/></news:news>.
                let news = entry.child("news")
                let date = news?.childText("publication_date") ?? entry.childText("lastmod")
                links.append(DiscoveredLink(url: url, title: news?.childText("title"), publishedRaw: date))
            }
            return Result(content: .urls(links), warnings: warnings)
        case "sitemapindex":
            var children: [DiscoveredLink] = []
            for (index, entry) in root.children("sitemap").enumerated() {
                guard let loc = entry.childText("loc"), let url = FeedParser.resolve(loc, against: baseURL) else {
                    warnings.append("sitemap \(index + 1) has no usable <loc>")
                    continue
                }
                children.append(DiscoveredLink(url: url, publishedRaw: entry.childText("lastmod")))
            }
            return Result(content: .index(children), warnings: warnings)
        default:
            throw .notASitemap("root element <\(root.name)>")
        }
    }
}
