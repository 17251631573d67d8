import NewsScraperCore

/// The site extractors that ship with NewsScraper.
public enum BuiltInExtractors {
    /// Every built-in extractor, in registration order.
    public static var all: [any SiteExtractor] { [] }
}
