import Foundation
import NewsScraperHTML

/// An extractor for the pages of one site (or family of sites), or for any page.
///
/// Write one by conforming a type (usually a struct) to this protocol, or
/// more simply by configuring a ``DeclarativeExtractor``. Register it in an
/// ``ExtractorRegistry``; the ``ExtractionPipeline`` picks the extractor for
/// each page and fills what it leaves empty from the fallback extractor.
public protocol SiteExtractor: Sendable {
    /// A short stable identifier, such as `rt` or `generic`; it appears in provenance.
    var id: String { get }

    /// Which pages this extractor handles, by URL.
    var matcher: PageMatcher { get }

    /// A last check on the parsed page, for extractors that need more than the
    /// URL to decide (for example a generator meta tag). The default accepts every page.
    func canHandle(_ context: ExtractionContext) -> Bool

    /// Reads the fields of one page.
    ///
    /// Throw ``ExtractionSignal/useFallback`` to hand the whole page to the
    /// fallback extractor (for example on a page type the extractor does not know).
    func extract(from context: ExtractionContext) throws -> ExtractedFields
}

extension SiteExtractor {
    public func canHandle(_ context: ExtractionContext) -> Bool { true }
}

/// Signals an extractor may throw to steer the pipeline.
public enum ExtractionSignal: Error, Sendable {
    /// Hand the whole page to the fallback extractor.
    case useFallback
}

/// What an extractor works on: one parsed page and what is known about it.
///
/// The context is created per page and stays in one task, like the document.
/// Metadata from the page's head is collected once and shared by every
/// extractor that runs on the page.
public final class ExtractionContext {
    /// The parsed page.
    public let document: HTMLDocument
    /// The page's URL, if known.
    public let url: URL?
    /// The moment dates are judged against ("in the future" means after this).
    public let now: Date
    let deadline: ContinuousClock.Instant?

    /// The page's metadata (JSON-LD, OpenGraph, meta tags, microdata), read once on first use.
    public private(set) lazy var metadata: PageMetadata = PageMetadata.collect(from: document)

    /// Creates a context; the pipeline does this for you.
    public init(document: HTMLDocument, url: URL?, now: Date = Date(), deadline: ContinuousClock.Instant? = nil) {
        self.document = document
        self.url = url ?? document.url
        self.now = now
        self.deadline = deadline
    }

    /// A date parser judging dates against ``now``.
    public private(set) lazy var dateParser = DateParser(now: now)

    /// `<meta name|property|itemprop|http-equiv=…>` contents by lowercase name, in page order
    /// (collected with the rest of ``metadata``, in the same walk of the head).
    public var metaTags: [String: [String]] { metadata.metaContents }

    /// The first non-empty `content` of a meta tag with this name or property.
    public func meta(_ name: String) -> String? {
        metaTags[name.lowercased()]?.lazy.map { $0.trimmingWhitespacesAndNewlines() }
            .first { !$0.isEmpty }
    }

    /// Throws ``ExtractionError/timeLimitExceeded`` when the call's time budget is spent.
    /// Long-running custom extractors should call this between steps.
    public func checkDeadline() throws(ExtractionError) {
        if let deadline, ContinuousClock.now > deadline { throw .timeLimitExceeded }
    }
}

@available(*, unavailable, message: "A context wraps a document, which belongs to one task.")
extension ExtractionContext: Sendable {}
