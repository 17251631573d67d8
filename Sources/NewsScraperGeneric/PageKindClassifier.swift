import NewsScraperCore
import NewsScraperHTML

/// Guesses whether a page is an article from its metadata and shape.
enum PageKindClassifier {
    static func kind(context: ExtractionContext, fields: ExtractedFields, locator: ContentLocator, body: HTMLNode,
                     contentNodes: [HTMLNode]) -> PageKind {
        let ogType = context.meta("og:type")?.lowercased() ?? ""
        let words = (fields.blocks?.value ?? []).compactMap(\.plainText).reduce(0) {
            $0 + $1.split(whereSeparator: { $0.isWhitespace }).count
        }
        if ogType == "product" || ogType.hasPrefix("product") { return .product }
        let hasDate = fields.published != nil || fields.publishedDate != nil
        let articleType = ogType == "article" || ogType.hasSuffix("article")
        let bodyStats = locator.stats[body]
        let pageLinkDensity = bodyStats?.linkDensity ?? 0
        if words >= 250 && (hasDate || articleType) { return .article }
        if words >= 400 && pageLinkDensity < 0.5 { return .article }
        if (articleType || hasDate) && words >= 120 { return .article }
        if pageLinkDensity > 0.5 { return .listing }
        return .other
    }
}
