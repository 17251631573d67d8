import Foundation

/// The library's front door: extracts validated articles from pages with the
/// built-in extractors (plus any you register) and the generic fallback.
///
/// ```swift
/// let scraper = NewsScraper()
/// let article = try scraper.extract(bytes: pageBytes, url: pageURL)
/// print(article.title ?? "", article.text)
/// ```
public struct NewsScraper: Sendable {
    /// The pipeline doing the work; adjust its registry, limits or validator freely.
    public var pipeline: ExtractionPipeline

    /// A scraper with the built-in extractors, the generic fallback, and the given limits and validator.
    public init(limits: ExtractionLimits = ExtractionLimits(), validator: ArticleValidator = ArticleValidator()) {
        pipeline = ExtractionPipeline(registry: Self.builtInRegistry, fallback: GenericExtractor(), limits: limits,
                                      validator: validator)
    }

    /// The built-in site extractors and post-processors: the RT family.
    public static var builtInRegistry: ExtractorRegistry {
        ExtractorRegistry(RTFamily.extractors, postProcessors: RTFamily.postProcessors)
    }

    /// Registers your own site extractor; it wins ties against the built-in ones.
    public mutating func register(_ extractor: any SiteExtractor) {
        pipeline.registry.register(extractor)
    }

    /// Extracts the article from a page's bytes. See `ExtractionPipeline.extract(bytes:url:charsetHint:now:)`.
    public func extract<Bytes: Collection>(bytes: Bytes, url: URL? = nil, charsetHint: String? = nil, now: Date = Date())
        throws(ExtractionError) -> Article where Bytes.Element == UInt8 {
        try pipeline.extract(bytes: bytes, url: url, charsetHint: charsetHint, now: now)
    }

    /// Extracts the article from a page held as a string.
    public func extract(html: String, url: URL? = nil, now: Date = Date()) throws(ExtractionError) -> Article {
        try pipeline.extract(html: html, url: url, now: now)
    }
}
