import Foundation

/// A value an extractor found, with where it found it.
public struct Extracted<Value: Sendable>: Sendable {
    public var value: Value
    public var provenance: Provenance

    public init(_ value: Value, provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }

    public init(_ value: Value, source: Provenance.Source, extractor: String, detail: String? = nil) {
        self.init(value, provenance: Provenance(source: source, extractor: extractor, detail: detail))
    }
}

extension Extracted: Equatable where Value: Equatable {}

/// The fields one extractor found on a page. Any field left `nil` is filled
/// by the fallback (generic) extractor, and provenance says so.
public struct ExtractedFields: Sendable {
    public var title: Extracted<String>?
    public var summary: Extracted<String>?
    public var authors: Extracted<[Author]>?
    /// Published date as raw text; the pipeline parses it (or use ``publishedDate``).
    public var published: Extracted<String>?
    /// A published date the extractor already parsed; wins over ``published``.
    public var publishedDate: Extracted<DateValue>?
    public var modified: Extracted<String>?
    public var modifiedDate: Extracted<DateValue>?
    public var language: Extracted<String>?
    public var section: Extracted<String>?
    public var tags: Extracted<[String]>?
    public var leadImage: Extracted<ArticleImage>?
    public var blocks: Extracted<[Block]>?
    public var canonicalURL: Extracted<URL>?
    public var siteName: Extracted<String>?
    /// Extractor-specific fields, such as a disclaimer kept apart from the body.
    public var extra: [String: String]
    /// Hints for validation, such as "this page lists articles".
    public var pageKindHint: PageKind?

    public init() {
        extra = [:]
    }
}

/// What kind of page a page is, as far as an extractor can tell.
public enum PageKind: String, Sendable, Codable, Hashable {
    case article, listing, product, forum, documentation, service, other
}
