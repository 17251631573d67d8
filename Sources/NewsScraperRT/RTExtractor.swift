import Foundation
import NewsScraperCore
import NewsScraperHTML

/// The extractor for RT's news sites: rt.com and its Arabic, Russian, French,
/// German, Spanish and Balkan editions, in both of RT's layout families.
///
/// It is a `DeclarativeExtractor` — only the public SDK — plus a final
/// cleaning step for RT's chrome strings and disclaimers. Every field tries
/// meta tags and JSON-LD before visible markup, so one renamed class does
/// not empty a field.
public struct RTExtractor: SiteExtractor {
    public let id = "rt"
    public var matcher: PageMatcher { rules.matcher }
    private let rules: DeclarativeExtractor

    public init() {
        // The selectors below are fixed and valid; a failure here is a bug in this file.
        do {
            rules = try DeclarativeExtractor(id: "rt", matcher: Self.pageMatcher, rules: Self.extractionRules)
        } catch {
            preconditionFailure("RT extractor selectors are invalid: \(error)")
        }
    }

    static let pageMatcher = PageMatcher(
        hosts: [".rt.com", ".rtarabic.com", ".rt.rs", "rt.com", "rtarabic.com", "rt.rs"], priority: 10)

    public func extract(from context: ExtractionContext) throws -> ExtractedFields {
        var fields = try rules.extract(from: context)
        if let blocks = fields.blocks {
            let (kept, disclaimer) = RTChrome.clean(blocks.value)
            fields.blocks = kept.isEmpty ? nil : Extracted(kept, provenance: blocks.provenance)
            if let disclaimer { fields.extra["disclaimer"] = disclaimer }
        }
        fields.siteName = fields.siteName ?? Extracted("RT", source: .url, extractor: id, detail: "host")
        if fields.blocks != nil { fields.pageKindHint = .article }
        return fields
    }

    static let extractionRules = ExtractionRules(
        title: FieldRule([
            .meta("og:title"), .jsonLD(.headline), .meta("twitter:title"),
            .css("h1.article__heading"), .css(".article__heading_article-page"), .css(".HeadLine-root.HeadLine-type_2"),
            .css(".ArticleView-title"), .css(".News-view_title"), .css("h1"),
        ]),
        summary: FieldRule([
            .css("div.article__summary"), .css(".article__summary_article-page"), .css("p.intro"),
            .css("p.text__summary"), .css(".Text-type_1"), .meta("description"), .meta("og:description"),
        ]),
        authors: FieldRule([
            .css(".article__author-text"), .css(".blog-autor__summary_article .blog-autor__name"),
            .css("span.blog-autor__name"), .css(".blog-autor__summary_article"), .css(".article__author"),
            .css(".author-simple-card__title"), .meta("mediator_author"), .meta("article:author"),
            .custom(GermanByline.read),
        ], policy: .all),
        published: DateRule([
            .meta("publish-date"), .meta("published_time_telegram"), .meta("mediator_published_time"),
            .meta("article:published_time"), .jsonLD(.datePublished), .css(".Timestamp-default", attribute: "datetime"),
            .css(".ArticleView-timestamp time", attribute: "datetime"), .css("time.date_article-header"),
            .css(".article__date time", attribute: "datetime"), .css(".date"),
        ], formats: ["d MMM, yyyy HH:mm"], timeZone: TimeZone(identifier: "UTC"),
           transforms: [LegacyDates.published]),
        modified: DateRule([
            .jsonLD(.dateModified), .meta("article:modified_time"), .meta("modified-date"),
            .css("time.date_article-header"),
        ], formats: ["d MMM, yyyy HH:mm"], timeZone: TimeZone(identifier: "UTC"), transforms: [LegacyDates.edited]),
        section: FieldRule([
            .meta("article:section"), .meta("category"), .css(".breadcrumbs__link:last-of-type"),
            .css(".breadcrumbs__links:last-of-type"), .css(".time-public a"), .jsonLD(.breadcrumbSection),
            .jsonLD(.section),
        ]),
        tags: FieldRule([
            .css("a.tags-trends__link"), .css(".news-tags a"), .css(".article__category a"), .css(".Tags-link"),
            .meta("news_keywords"),
        ], policy: .all, transforms: [{ $0.hasSuffix(",") ? String($0.dropLast()) : $0 }]),
        language: FieldRule([.xpath("/html/@lang"), .meta("og:locale")]),
        canonicalURL: FieldRule([.css("link[rel=canonical]", attribute: "href"), .meta("og:url")]),
        siteName: FieldRule([.meta("og:site_name")]),
        leadImage: ImageRule(
            [.meta("og:image"), .jsonLD(.image), .css(".article__cover img"), .css(".photo img"), .css(".Cover-image img"),
             .css(".article__cover noscript img")],
            caption: FieldRule([
                .css(".media__title_arcticle span[data-role=title]"), .css(".article__cover .media__title"), .css(".article__cover .media__text"),
                .css(".photo .caption"), .css(".article__cover-description"), .css(".Cover-footer"),
                .css(".Cover-caption"),
            ]),
            credit: FieldRule([
                .css(".media__title_arcticle span[data-role=copyright]"), .css("small.media__copyright"),
                .css(".photo .copyright"), .css(".article__cover-copyright"), .css(".Cover-imageSource"),
                .css(".Cover-source"),
            ])
        ),
        body: BodyRule(
            [.css("div.article__text_article-page"), .css("div.article__text"), .css("div[class*=js-mediator-article]"),
             .css("div.ViewText-root"), .css("[itemprop=articleBody]"), .css(".News-view")],
            clean: RTChrome.bodyClean,
            dropParagraphsStartingWith: RTChrome.paragraphPrefixes,
            figures: FigureRule(
                container: ".article__inline-media, .article__img, .Cover-root, .media, .photo",
                caption: "[data-role=title], .media__title, .article__img-description, .Cover-caption, .caption",
                credit: "[data-role=copyright], .media__copyright, .article__img-copyright, .Cover-imageSource, .Cover-source, .copyright"
            ),
            prepare: ReadMoreLists.remove
        ),
        publisherNames: RTChrome.publisherNames
    )
}
