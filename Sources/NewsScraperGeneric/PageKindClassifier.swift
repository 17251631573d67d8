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
                total + (block.plainText.map(WhitespaceWords.count) ?? 0)
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

/// Counts the words of a text split at whitespace characters, exactly as
/// `text.split(whereSeparator: { $0.isWhitespace }).count` does, without
/// forming `Character`s: that split cost more than the rest of the page-kind
/// judgement together.
enum WhitespaceWords {
    static func count(_ text: String) -> Int {
        // A Character is whitespace when its first scalar is. Splitting at whitespace scalars counts the
        // same words unless a grapheme cluster joins a whitespace scalar to a neighbour: a mark or joiner
        // after it, or a prepended sign before it. Text where that may happen is counted the exact, slow way.
        var count = 0
        var previous: Unicode.Scalar?
        var previousIsSpace = true
        for scalar in text.unicodeScalars {
            let isSpace = isWhitespace(scalar)
            if let previous, previousIsSpace != isSpace,
               isSpace ? previous.value >= 0x80 && mayPrepend(previous) : scalar.value >= 0x80 && mayExtend(scalar) {
                return text.split(whereSeparator: { $0.isWhitespace }).count
            }
            if !isSpace && previousIsSpace { count += 1 }
            previous = scalar
            previousIsSpace = isSpace
        }
        return count
    }

    /// Unicode's White_Space property, which `Character.isWhitespace` reads from the first scalar.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Whether a scalar may continue the grapheme cluster before it (Extend, ZWJ or SpacingMark;
    /// a superset is fine, it only sends text to the slow count).
    private static func mayExtend(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.generalCategory == .spacingMark || scalar.value == 0x200D
            || scalar.value == 0x0E33 || scalar.value == 0x0EB3 || (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// Whether a scalar may be a Prepend, joined to the scalar after it (a superset of the list).
    private static func mayPrepend(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format || scalar.value == 0x0D4E || (0x11000...0x11FFF).contains(scalar.value)
    }
}
