import NewsScraperCore

/// Recognises RT copy republished on other sites (aggregators re-post RT
/// Arabic items with RT's chrome strings still in them): strips those
/// strings, keeps the disclaimer apart, and records RT as the original source.
///
/// It is a post-processor, not part of the generic extractor, so the generic
/// extractor stays free of site-specific rules.
public struct RTRepublicationDetector: ArticlePostProcessor {
    public let id = "rt-republication"

    public init() {}

    public func process(_ fields: inout ExtractedFields, context: ExtractionContext) {
        guard let blocks = fields.blocks, blocks.provenance.extractor != "rt" else { return }
        let text = blocks.value.compactMap(\.plainText).joined(separator: "\n")
        guard RTChrome.marksRTCopy(text) else { return }
        let (kept, disclaimer) = RTChrome.clean(blocks.value)
        fields.blocks = Extracted(kept.filter { !AggregatorChrome.isChrome($0) }, provenance: blocks.provenance)
        if let disclaimer { fields.extra["disclaimer"] = disclaimer }
        fields.extra["originalSource"] = "RT"
    }
}

/// The chrome aggregators wrap copied items in: share labels, bare counters.
enum AggregatorChrome {
    static let labels = ["مشاركة :", "مشاركة:", "شارك :", "شارك:", "news-picture"]

    static func isChrome(_ block: Block) -> Bool {
        guard case let .paragraph(text) = block else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if labels.contains(trimmed) { return true }
        return trimmed.allSatisfy { $0.isNumber || $0.isWhitespace || $0 == ":" }
    }
}
