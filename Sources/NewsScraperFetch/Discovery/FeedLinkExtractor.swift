import Foundation
import NewsScraperHTML

/// Finds the feeds a page advertises with
/// `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json">`.
public enum FeedLinkExtractor {
    /// A feed advertised by a page.
    public struct FeedLink: Sendable, Hashable {
        /// The feed's absolute URL.
        public var url: URL
        /// The declared MIME type.
        public var type: String
        /// The link's `title`, if any.
        public var title: String?
    }

    private static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json+feed",
        "application/rdf+xml", "application/x-rss+xml",
    ]

    /// The advertised feeds in document order, resolved against the page's base URL.
    public static func feedLinks(in document: HTMLDocument) -> [FeedLink] {
        guard let root = document.root else { return [] }
        var found: [FeedLink] = []
        var seen: Set<URL> = []
        for node in root.descendants where node.isElement && node.hasTagName("link") {
            let rel = (node.attribute("rel") ?? "").lowercased().split(separator: " ")
            let type = (node.attribute("type") ?? "").lowercased()
                .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard rel.contains("alternate"), feedTypes.contains(type),
                  let url = node.absoluteURL(forAttribute: "href"), seen.insert(url).inserted else { continue }
            found.append(FeedLink(url: url, type: type, title: node.attribute("title")))
        }
        return found
    }
}
