import NewsScraperCore

/// The RT family's contributions to a registry.
public enum RTFamily {
    /// The RT site extractor.
    public static var extractors: [any SiteExtractor] { [RTExtractor()] }
    /// The post-processor that recognises RT copy on other sites.
    public static var postProcessors: [any ArticlePostProcessor] { [RTRepublicationDetector()] }
}
