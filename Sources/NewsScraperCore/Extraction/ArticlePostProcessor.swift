/// A step that runs on every page's extracted fields, after the site
/// extractor and the fallback, before the article is assembled.
///
/// Use it for knowledge that applies whichever extractor read the page — for
/// example recognising a news agency's copy republished on other sites.
public protocol ArticlePostProcessor: Sendable {
    /// A short stable identifier.
    var id: String { get }

    /// Adjusts the fields of one page.
    func process(_ fields: inout ExtractedFields, context: ExtractionContext)
}
