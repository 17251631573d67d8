import Foundation

/// The fields of a page's main JSON-LD article node, cleaned.
///
/// Text fields are trimmed, whitespace-normalised and entity-decoded; dates
/// stay raw strings (parsing them is the date layer's job); URLs are
/// resolved against the page. ``articleBody`` is kept exactly as written.
public struct JSONLDArticle: Sendable, Hashable {
    /// The node's `@type` values without vocabulary prefixes.
    public var types: [String]
    /// `headline`, else `name`.
    public var headline: String?
    /// `description`.
    public var description: String?
    /// `author` entries, with `@id` references resolved.
    public var authors: [MetadataAuthor]
    /// `publisher` names (usually one).
    public var publisherNames: [String]
    /// `datePublished` as written.
    public var datePublished: String?
    /// `dateModified` as written.
    public var dateModified: String?
    /// `image` entries, then `thumbnailUrl`.
    public var images: [MetadataImage]
    /// `keywords`, split on commas when given as one string.
    public var keywords: [String]
    /// `articleSection` entries.
    public var sections: [String]
    /// `inLanguage`.
    public var language: String?
    /// `url`.
    public var url: URL?
    /// `mainEntityOfPage` (a URL or a `WebPage` object's `@id`/`url`).
    public var mainEntityOfPage: URL?
    /// `articleBody`, untouched: not trimmed, not entity-decoded.
    public var articleBody: String?

    init(node: JSONValue, index: JSONLDIndex) {
        types = JSONLDTypes.types(of: node)
        headline = index.text(node["headline"]) ?? index.text(node["name"])
        description = index.text(node["description"])
        authors = index.people(node["author"])
        publisherNames = index.people(node["publisher"]).map(\.name)
        datePublished = index.text(node["datePublished"])
        dateModified = index.text(node["dateModified"])
        images = index.images(node["image"]) + index.images(node["thumbnailUrl"])
        keywords = index.terms(node["keywords"], splitOnCommas: true)
        sections = index.terms(node["articleSection"], splitOnCommas: false)
        language = index.language(node["inLanguage"])
        url = index.url(node["url"])
        mainEntityOfPage = index.url(node["mainEntityOfPage"])
        articleBody = node["articleBody"]?.listValue.lazy.compactMap(\.stringValue).first
    }

    /// Picks the node that describes the page's article: the best-ranked
    /// type (news article types, then other article types, then web pages
    /// that carry article fields), preferring nodes with a headline, body
    /// and date, then top-level nodes, then the earliest.
    static func mainNode(in index: JSONLDIndex) -> JSONValue? {
        var best: (score: Int, node: JSONValue)?
        for entry in index.entries {
            let node = entry.node
            let rank = JSONLDTypes.articleRank(JSONLDTypes.types(of: node))
            guard rank > 0 else { continue }
            let hasHeadline = node["headline"] != nil
            let hasBody = node["articleBody"] != nil
            let hasDate = node["datePublished"] != nil
            if rank == 1, !(hasHeadline || hasBody || hasDate) { continue }
            var score = rank * 100
            if hasHeadline { score += 10 }
            if hasBody { score += 5 }
            if hasDate { score += 5 }
            if !entry.isNested { score += 3 }
            if best == nil || score > best!.score { best = (score, node) }
        }
        return best?.node
    }
}
