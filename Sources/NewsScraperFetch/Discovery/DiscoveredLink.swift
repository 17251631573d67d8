import Foundation

/// An article URL found in a feed or sitemap.
public struct DiscoveredLink: Sendable, Hashable {
    /// The article URL, as found (``Discovery`` canonicalises it).
    public var url: URL
    /// The title the feed or news sitemap gives, if any.
    public var title: String?
    /// The publication (or, for plain sitemaps, last-modified) date exactly as written.
    public var publishedRaw: String?
    /// ``publishedRaw`` parsed, when it is RFC 2822 or ISO 8601.
    public var published: Date?

    /// Creates a link; `published` defaults to `publishedRaw` parsed by ``FeedDateParser``.
    public init(url: URL, title: String? = nil, publishedRaw: String? = nil, published: Date? = nil) {
        self.url = url
        self.title = title
        self.publishedRaw = publishedRaw
        self.published = published ?? publishedRaw.flatMap(FeedDateParser.parse)
    }
}
