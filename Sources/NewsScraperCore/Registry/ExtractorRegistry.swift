import Foundation

/// The site extractors available to a pipeline, and the order they are tried in.
///
/// A registry is a value: copy it, register your own extractors, and hand it
/// to an ``ExtractionPipeline``; sharing it between tasks is safe because
/// nothing in it changes after you pass it on.
///
/// ## Resolution order
/// For a page URL, the extractors whose ``PageMatcher`` matches it are tried
/// in this order, and the first whose ``SiteExtractor/canHandle(_:)`` accepts
/// the parsed page is used:
/// 1. higher ``PageMatcher/priority`` first;
/// 2. then the more specific match (an exact host before a `.domain`
///    pattern before `*`; a longer matching path pattern first);
/// 3. then the most recently registered first, so your extractors override
///    built-in ones registered before them.
/// If none accepts the page, the pipeline's fallback extractor reads it.
public struct ExtractorRegistry: Sendable {
    private var extractors: [any SiteExtractor] = []
    /// Post-processors, run in registration order on every page.
    public private(set) var postProcessors: [any ArticlePostProcessor] = []

    /// Creates a registry holding `extractors` and `postProcessors`, registered in order.
    public init(_ extractors: [any SiteExtractor] = [], postProcessors: [any ArticlePostProcessor] = []) {
        self.extractors = extractors
        self.postProcessors = postProcessors
    }

    /// Adds a post-processor, run after those registered before it.
    public mutating func register(postProcessor: any ArticlePostProcessor) {
        postProcessors.append(postProcessor)
    }

    /// Adds an extractor; it wins ties against every extractor registered before it.
    public mutating func register(_ extractor: any SiteExtractor) {
        extractors.append(extractor)
    }

    /// A copy with `extractor` registered.
    public func registering(_ extractor: any SiteExtractor) -> ExtractorRegistry {
        var copy = self
        copy.register(extractor)
        return copy
    }

    /// Every registered extractor, in registration order.
    public var all: [any SiteExtractor] { extractors }

    /// The extractors that match `url`, in resolution order.
    public func candidates(for url: URL?) -> [any SiteExtractor] {
        extractors.enumerated()
            .compactMap { index, extractor in
                extractor.matcher.specificity(for: url).map { (extractor, $0, index) }
            }
            .sorted { lhs, rhs in
                if lhs.0.matcher.priority != rhs.0.matcher.priority {
                    return lhs.0.matcher.priority > rhs.0.matcher.priority
                }
                if lhs.1 != rhs.1 { return lhs.1 > rhs.1 }
                return lhs.2 > rhs.2
            }
            .map(\.0)
    }
}
