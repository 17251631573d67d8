import Foundation

/// A feed the page announces with `<link rel="alternate">`.
public struct MetadataFeed: Sendable, Hashable {
    /// The feed format, from the link's `type`.
    public enum Kind: String, Sendable, Hashable {
        case rss, atom, json
    }

    /// The feed's address, resolved against the page.
    public var url: URL
    /// The feed format.
    public var kind: Kind
    /// The link's `title`, such as "RT - Daily news".
    public var title: String?

    /// Creates a feed value.
    public init(url: URL, kind: Kind, title: String? = nil) {
        self.url = url
        self.kind = kind
        self.title = title
    }

    /// The feed kind for a link `type`, or `nil` when the type is not a feed.
    static func kind(forType type: String) -> Kind? {
        let type = type.lowercased().split(separator: ";").first.map { $0.trimmingWhitespaces() } ?? ""
        switch type {
        case "application/rss+xml", "application/rdf+xml", "application/x-rss+xml": return .rss
        case "application/atom+xml": return .atom
        case "application/feed+json", "application/json+feed": return .json
        default: return nil
        }
    }
}
