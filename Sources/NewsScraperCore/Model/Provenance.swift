/// The fields of an ``Article`` that carry provenance and validation findings.
public enum Field: String, Sendable, Codable, Hashable, CaseIterable {
    case url, canonicalURL, siteName, title, summary, authors, published, modified, language, direction
    case section, tags, leadImage, body, extra
}

/// Where a field's value came from.
public struct Provenance: Sendable, Codable, Hashable {
    /// The kind of source.
    public enum Source: String, Sendable, Codable, Hashable {
        case jsonLD = "json-ld"
        case openGraph = "open-graph"
        case meta
        case microdata
        case selector
        case heuristic
        case url
        case custom
    }

    /// The kind of source.
    public var source: Source
    /// The extractor that produced the value, such as `rt` or `generic`.
    public var extractor: String
    /// What exactly was read: a selector, a meta name, a JSON-LD property.
    public var detail: String?

    public init(source: Source, extractor: String, detail: String? = nil) {
        self.source = source
        self.extractor = extractor
        self.detail = detail
    }
}
