import Foundation
import NewsScraperCore
import NewsScraperHTML

/// Guesses whether a page is an article, and if not what it is.
///
/// The judgement weighs many weak signals, because every single one is wrong
/// on some sites: markup that names the page's kind (schema.org types,
/// `og:type`), article furniture (a publication date, an author), the
/// address (a date, a long slug), the shape of the main text (length,
/// paragraphs, headings, lists, its share of the page) and the elements
/// around it (forms, buttons, repeated `<time>` and `<article>` elements,
/// code). The weights form a logistic model fitted on labelled pages — the
/// article-extraction benchmark and the even half of wcxb-dev — and checked
/// on the other half (see `PageKindModel`). The label of a page that is not
/// an article (product, forum, listing) comes from its markup and shape.
enum PageKindClassifier {
    /// Everything the judgement uses, gathered once.
    struct Signals {
        var schemaTypes: Set<String> = []
        var ogType = ""
        var hasDate = false
        var hasAuthor = false
        /// Where the publication date came from: page metadata, or the visible page.
        var dateFromMetadata = false
        var dateFromPage = false
        var url = URLShape(nil)
        var hasQuery = false
        /// Words of the body's text blocks.
        var words = 0
        var paragraphs = 0
        var paragraphWords = 0
        var headings = 0
        var listItems = 0
        var tables = 0
        var preformatted = 0
        /// Text length of the chosen content, and of the whole page.
        var contentText = 0
        var pageText = 0
        var pageLinkDensity = 0.0
        /// Separate candidate blocks merged into the body (posts of a thread, entries of a listing).
        var rivals = 0
        var page = TagCensus()
        var content = TagCensus()

        init() {}

        init(context: ExtractionContext, fields: ExtractedFields, locator: ContentLocator, body: HTMLNode,
             contentNodes: [HTMLNode], rivals: Int) {
            var scripts = locator.jsonLDScripts
            if let head = context.document.head {
                scripts += head.childElements.filter { $0.hasTagName("script") && SchemaTypeScanner.isJSONLD($0) }
            }
            schemaTypes = SchemaTypeScanner.types(in: scripts)
            ogType = context.metadata.types.first { $0.key == "og:type" }?.value.lowercased() ?? ""
            hasDate = fields.published != nil || fields.publishedDate != nil
            hasAuthor = !(fields.authors?.value.isEmpty ?? true)
            switch (fields.publishedDate?.provenance ?? fields.published?.provenance)?.source {
            case .jsonLD?, .meta?, .openGraph?, .microdata?: dateFromMetadata = true
            case .heuristic?, .selector?: dateFromPage = true
            default: break
            }
            url = URLShape(context.url)
            hasQuery = context.url?.query != nil
            for block in fields.blocks?.value ?? [] {
                if let text = block.plainText { words += WordCounter.count(text) }
                switch block {
                case let .paragraph(text), let .quote(text, _):
                    paragraphs += 1
                    paragraphWords += Self.spaceSeparatedRuns(text)
                case .heading: headings += 1
                case let .list(items, _): listItems += items.count
                case .table: tables += 1
                case .preformatted: preformatted += 1
                case .image: break
                }
            }
            contentText = contentNodes.reduce(0) { $0 + (locator.stats[$1]?.textLength ?? 0) }
            pageText = locator.totalText
            pageLinkDensity = locator.stats[body]?.linkDensity ?? 0
            self.rivals = rivals
            page = locator.census
            content = TagCensus(counting: contentNodes)
        }

        /// Runs of text between U+0020 spaces, counted over bytes (a `Character` split costs far more).
        static func spaceSeparatedRuns(_ text: String) -> Int {
            // Over the bytes in place where the string has them contiguous: iterating the UTF-8
            // view costs several times the count itself.
            text.utf8.withContiguousStorageIfAvailable(spaceSeparatedRuns(inUTF8:)) ?? spaceSeparatedRuns(inUTF8: text.utf8)
        }

        private static func spaceSeparatedRuns<Bytes: Sequence<UInt8>>(inUTF8 bytes: Bytes) -> Int {
            var count = 0
            var inRun = false
            for byte in bytes {
                if byte == 0x20 { inRun = false } else if !inRun { inRun = true; count += 1 }
            }
            return count
        }
    }

    static let articleTypes: Set<String> = [
        "NewsArticle", "BlogPosting", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting", "SatiricalArticle", "Report", "Blog",
    ]
    static let productTypes: Set<String> = ["Product", "ProductGroup", "Offer", "AggregateOffer", "SoftwareApplication"]
    static let forumTypes: Set<String> = ["DiscussionForumPosting", "QAPage"]
    static let otherTypes: Set<String> = [
        "CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage", "Course", "Event", "JobPosting", "Recipe",
        "TechArticle", "Store", "Service",
    ]

    static func kind(_ signals: Signals) -> PageKind {
        let types = signals.schemaTypes
        if PageKindModel.articleLikelihood(signals) > 0.5 { return .article }
        if signals.ogType.hasPrefix("product") || !types.isDisjoint(with: productTypes) { return .product }
        if !types.isDisjoint(with: forumTypes) { return .forum }
        if signals.pageLinkDensity > 0.5 || signals.rivals >= 3 { return .listing }
        return .other
    }
}
