/// One value a page offers for a field, and where it was read.
///
/// ``PageMetadata`` keeps every candidate rather than one winner, so that
/// extractors can apply their own judgement (for example skip an author that
/// is really the publisher) and still record honest provenance.
public struct MetadataCandidate<Value: Sendable>: Sendable {
    /// The cleaned value.
    public let value: Value
    /// The kind of source the value came from.
    public let source: Provenance.Source
    /// What exactly was read: a meta name or property (`og:title`,
    /// `parsely-pub-date`), a JSON-LD property (`NewsArticle.headline`), a
    /// microdata property (`itemprop=datePublished`), or an element
    /// (`title`, `link[rel=canonical]`, `html[lang]`).
    public let key: String

    /// Creates a candidate.
    public init(value: Value, source: Provenance.Source, key: String) {
        self.value = value
        self.source = source
        self.key = key
    }

    /// The provenance to record when an extractor adopts this candidate.
    public func provenance(extractor: String) -> Provenance {
        Provenance(source: source, extractor: extractor, detail: key)
    }
}

extension MetadataCandidate: Equatable where Value: Equatable {}
extension MetadataCandidate: Hashable where Value: Hashable {}
