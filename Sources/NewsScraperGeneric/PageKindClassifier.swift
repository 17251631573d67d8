import NewsScraperCore
import NewsScraperHTML

/// Guesses whether a page is an article, and if not what it is, by weighing
/// votes from markup that says so (schema.org types, `og:type`), from the
/// article furniture it has (a publication date, an author), from its address
/// (a date, a long slug) and from the shape of its main text. No single vote
/// decides, because every one of them is wrong on some sites.
enum PageKindClassifier {
    /// Everything the judgement uses, gathered once.
    struct Signals {
        var schemaTypes: Set<String> = []
        var ogType = ""
        var hasDate = false
        var hasAuthor = false
        var url = URLShape(nil)
        var words = 0
        var pageLinkDensity = 0.0
        /// Separate candidate blocks merged into the body (posts of a thread, entries of a listing).
        var rivals = 0

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
            url = URLShape(context.url)
            words = (fields.blocks?.value ?? []).reduce(0) { total, block in
                total + (block.plainText?.split(whereSeparator: { $0.isWhitespace }).count ?? 0)
            }
            pageLinkDensity = locator.stats[body]?.linkDensity ?? 0
            self.rivals = rivals
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
        let og = signals.ogType
        if og.hasPrefix("product") || (!types.isDisjoint(with: productTypes) && types.isDisjoint(with: articleTypes)) {
            return .product
        }
        var votes = 0
        if !types.isDisjoint(with: articleTypes) { votes += 3 }
        if !types.isDisjoint(with: forumTypes) { votes -= 3 }
        if !types.isDisjoint(with: otherTypes) || !types.isDisjoint(with: productTypes) { votes -= 3 }
        if og == "article" || og.hasSuffix(":article") { votes += 1 } else if og == "website" { votes -= 1 }
        if signals.hasDate { votes += 1 }
        if signals.hasAuthor { votes += 1 }
        if signals.url.hasDate { votes += 1 }
        if signals.url.slugWords >= 4 { votes += 1 } else if signals.url.slugWords <= 2 { votes -= 1 }
        if signals.words >= 400 { votes += 1 } else if signals.words < 200 { votes -= 1 }
        if signals.rivals >= 2 { votes -= 2 }
        if votes > 0 { return .article }
        if !types.isDisjoint(with: forumTypes) { return .forum }
        if signals.pageLinkDensity > 0.5 || signals.rivals >= 3 { return .listing }
        return .other
    }
}
