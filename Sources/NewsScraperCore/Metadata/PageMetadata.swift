import Foundation
import NewsScraperHTML

/// Everything a page says about itself in machine-readable form, as ordered
/// candidates per field with their provenance.
///
/// ## Sources read
/// - JSON-LD: every `application/ld+json` block (see ``JSONLDGraph``), the
///   main article node's fields, the breadcrumb section and `WebSite` name.
/// - `<head>`, in one walk: OpenGraph (`og:*`, `article:*`), Twitter cards,
///   `<meta name>` families (description, author, keywords,
///   `news_keywords`, Dublin Core `dc.*`/`dcterms.*`, Parse.ly `parsely-*`,
///   Sailthru `sailthru.*`, cXense `cXenseParse:*`, Highwire `citation_*`,
///   RT's `publish-date`, `published_time_telegram`, `mediator_*`, and
///   others; see `MetaKeyTable`), `<link rel=canonical|alternate|author>`,
///   `<title>`.
/// - Microdata: one XPath query for `[itemprop]` elements (headline, name,
///   author, dates, image, section, keywords, language, publisher).
/// - `<html lang dir>` (and `<body dir>`).
///
/// ## Candidate order
/// Every list is ordered best first by source tier, then by the key's
/// priority within the tier, then by page order:
/// 1. the JSON-LD article node (and other JSON-LD nodes),
/// 2. OpenGraph `og:*` / `article:*`,
/// 3. other meta names (Twitter cards first where they apply),
/// 4. microdata,
/// 5. document attributes (`<html lang>`),
/// 6. `<title>`.
///
/// One exception: ``canonicalURLs`` puts `<link rel="canonical">` first,
/// because it is the page's explicit statement of its canonical address,
/// while JSON-LD `url`s often carry fragments or point at the site.
///
/// Values are trimmed, whitespace-collapsed and entity-decoded; empty values
/// are dropped; duplicates are removed (strings ignoring case, except raw
/// dates), and a kept image or author takes size, caption or URL from a
/// dropped duplicate. Dates are raw strings: parsing belongs to the date layer.
public struct PageMetadata: Sendable {
    /// Headlines and titles.
    public var titles: [MetadataCandidate<String>] = []
    /// Descriptions and summaries.
    public var descriptions: [MetadataCandidate<String>] = []
    /// Authors with names; JSON-LD and microdata say when one is an organisation.
    public var authors: [MetadataCandidate<MetadataAuthor>] = []
    /// Author profile URLs named without a name: `<link rel=author>`,
    /// `article:author` holding a URL, microdata `<link itemprop=author>`.
    public var authorURLs: [MetadataCandidate<URL>] = []
    /// Publication dates exactly as written.
    public var publishedDates: [MetadataCandidate<String>] = []
    /// Modification dates exactly as written.
    public var modifiedDates: [MetadataCandidate<String>] = []
    /// Lead image candidates, with size and caption when the source gives them.
    public var images: [MetadataCandidate<MetadataImage>] = []
    /// Canonical addresses (`<link rel=canonical>` first; see the type's notes).
    public var canonicalURLs: [MetadataCandidate<URL>] = []
    /// Site names (`og:site_name`, JSON-LD `WebSite`, `application-name`).
    public var siteNames: [MetadataCandidate<String>] = []
    /// Sections (`articleSection`, breadcrumbs, `article:section`, `category`, …).
    public var sections: [MetadataCandidate<String>] = []
    /// Tags and keywords, split on commas where the source packs several in one value.
    public var tags: [MetadataCandidate<String>] = []
    /// Language codes as written, except that `og:locale`'s `en_US` becomes `en-US`.
    public var languages: [MetadataCandidate<String>] = []
    /// The `dir` of `<html>`, else of `<body>`; `auto` and unknown values give `nil`.
    public var direction: TextDirection?
    /// Every `<meta>` content by its lowercase `name`, `property`, `itemprop`
    /// or `http-equiv`, in page order, as written: for extractors that read
    /// meta names this type does not summarise.
    public var metaContents: [String: [String]] = [:]
    /// RSS, Atom and JSON feeds, in page order.
    public var feeds: [MetadataFeed] = []
    /// Publisher names (URL values such as `article:publisher` Facebook pages are skipped).
    public var publisherNames: [MetadataCandidate<String>] = []
    /// JSON-LD article `@type`s and `og:type`.
    public var types: [MetadataCandidate<String>] = []
    /// `twitter:site` handles, such as `@RT_com`.
    public var twitterSites: [MetadataCandidate<String>] = []
    /// `twitter:creator` handles.
    public var twitterCreators: [MetadataCandidate<String>] = []
    /// The URL relative links resolve against (`<base href>`, else the page URL).
    public var baseURL: URL?
    /// The page's JSON-LD, for fields not summarised here (such as `articleBody`).
    public var jsonLD: JSONLDGraph = JSONLDGraph(scripts: [])

    /// Empty metadata; useful for tests and for extractors that build their own.
    public init() {}

    /// Reads a page's metadata.
    ///
    /// Cost: one XPath query for JSON-LD scripts, one walk of `<head>`, one
    /// XPath query for microdata, and the root's attributes; the body is
    /// never walked in Swift.
    public static func collect(from document: HTMLDocument) -> PageMetadata {
        var collector = PageMetadataCollector(document: document)
        collector.readJSONLD(JSONLDGraph(document: document))
        collector.readHead()
        collector.readMicrodata()
        collector.readRootAttributes()
        return collector.finish()
    }
}
