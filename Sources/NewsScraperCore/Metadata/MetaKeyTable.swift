import Foundation

/// Which `<meta>` names and properties feed which metadata field.
///
/// Keys are matched lowercased, with `dc:`/`dcterms:` prefixes written as
/// `dc.`/`dcterms.`. `og:*` and `article:*` keys count as OpenGraph; all
/// others as plain meta names. Within a field, lower priorities win; the
/// order follows how often each key is right on real news pages (for
/// example on RT: `publish-date` and `mediator_published_time` before
/// `published_time_telegram`, as their editions use them).
enum MetaKeyTable {
    enum Target: Sendable {
        case title, description, author, published, modified, image, canonical, siteName, section, language
        case publisher, type, twitterSite, twitterCreator
        /// A single tag.
        case tag
        /// Several tags separated by commas (or semicolons).
        case tagList
    }

    struct Rule: Sendable {
        var target: Target
        var priority: Int
    }

    /// The rule for a key, if any.
    static func rule(for key: String) -> Rule? { rules[key] }

    /// Normalises a `name` or `property` value for lookup.
    static func normalize(_ key: String) -> String {
        var key = key.trimmingWhitespacesAndNewlines().lowercased()
        if key.hasPrefix("dc:") || key.hasPrefix("dcterms:"), let colon = key.firstIndex(of: ":") {
            key.replaceSubrange(colon...colon, with: ".")
        }
        return key
    }

    /// Whether a key is an OpenGraph key (`og:*`, `article:*`).
    static func isOpenGraph(_ key: String) -> Bool { key.hasPrefix("og:") || key.hasPrefix("article:") }

    private static let rules: [String: Rule] = {
        var table: [String: Rule] = [:]
        func add(_ target: Target, _ priority: Int, _ keys: String...) {
            for key in keys { table[key] = Rule(target: target, priority: priority) }
        }
        add(.title, 0, "og:title", "twitter:title")
        add(.title, 1, "dc.title", "dcterms.title")
        add(.title, 2, "parsely-title", "sailthru.title", "cxenseparse:title")
        add(.title, 3, "citation_title", "headline", "title")

        add(.description, 0, "og:description", "twitter:description")
        add(.description, 1, "description")
        add(.description, 2, "dc.description", "dcterms.description", "dcterms.abstract", "sailthru.description")
        add(.description, 3, "citation_abstract")

        add(.author, 0, "article:author", "og:article:author")
        add(.author, 1, "author")
        add(.author, 2, "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author")
        add(.author, 3, "mediator_author", "cxenseparse:author", "cxenseparse:recs:author")
        add(.author, 4, "citation_author", "byl")

        add(.published, 0, "article:published_time", "og:article:published_time", "og:published_time")
        add(.published, 1, "publish-date", "publishdate", "publish_date", "mediator_published_time",
            "article.published", "parsely-pub-date", "datepublished", "original-publish-date")
        add(.published, 2, "published_time_telegram", "dc.date.issued", "dcterms.issued", "sailthru.date",
            "pubdate", "published-date", "published")
        add(.published, 3, "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
            "cxenseparse:recs:publishtime", "cxenseparse:publishtime")
        add(.published, 4, "citation_publication_date", "citation_online_date", "citation_date")
        add(.published, 5, "date")

        add(.modified, 0, "article:modified_time", "og:article:modified_time")
        add(.modified, 1, "og:updated_time", "article:updated_time")
        add(.modified, 1, "dcterms.modified", "dc.date.modified", "article.updated", "datemodified")
        add(.modified, 2, "lastmod", "last-modified", "updated_time", "cxenseparse:recs:modifiedtime")

        add(.image, 0, "twitter:image", "twitter:image:src")
        add(.image, 1, "parsely-image-url", "sailthru.image.full")
        add(.image, 2, "sailthru.image.thumb", "thumbnail", "thumbnailurl", "image")

        add(.canonical, 0, "og:url", "twitter:url")
        add(.canonical, 1, "parsely-link")

        add(.siteName, 0, "og:site_name")
        add(.siteName, 1, "application-name", "apple-mobile-web-app-title")

        add(.section, 0, "article:section", "og:article:section")
        add(.section, 1, "parsely-section", "category", "article.section")
        add(.section, 2, "section", "cxenseparse:recs:category", "cxenseparse:section")

        add(.tag, 0, "article:tag", "og:article:tag")
        add(.tagList, 0, "news_keywords")
        add(.tagList, 1, "keywords")
        add(.tagList, 2, "parsely-tags", "sailthru.tags", "cxenseparse:keywords", "cxenseparse:recs:tags")
        add(.tagList, 3, "citation_keywords", "dc.subject", "dcterms.subject")

        add(.language, 0, "og:locale")
        add(.language, 1, "dc.language", "dcterms.language", "content-language")
        add(.language, 2, "language", "citation_language")

        add(.publisher, 0, "article:publisher")
        add(.publisher, 1, "dc.publisher", "dcterms.publisher")
        add(.publisher, 2, "citation_publisher", "publisher")

        add(.type, 0, "og:type")
        add(.twitterSite, 0, "twitter:site")
        add(.twitterCreator, 0, "twitter:creator")
        return table
    }()
}
