import Foundation

/// A news article, normalised: the same shape whichever extractor produced it.
///
/// `Article` is a value: `Sendable`, `Codable` and `Equatable`. Its JSON keys
/// are a stable contract (see the README); dates encode as ISO 8601 strings
/// with their original UTC offset.
public struct Article: Sendable, Codable, Equatable {
    /// The URL the page was fetched from (or said to come from).
    public var url: URL?
    /// The page's canonical URL (`link rel=canonical`, `og:url`, JSON-LD).
    public var canonicalURL: URL?
    /// The publication's name, such as "RT" or "The Guardian".
    public var siteName: String?
    /// The headline, without site-name suffixes.
    public var title: String?
    /// The lead or standfirst; never repeated as the body's first paragraph.
    public var summary: String?
    /// The people who wrote the article (never the publisher).
    public var authors: [Author]
    /// When the article was first published.
    public var published: DateValue?
    /// When the article was last modified.
    public var modified: DateValue?
    /// The BCP 47 language tag of the text, such as `en` or `ar`.
    public var language: String?
    /// The direction of the text, judged from the text itself.
    public var direction: TextDirection?
    /// The site's section, such as "World" or "Business".
    public var section: String?
    /// Tags or keywords.
    public var tags: [String]
    /// The main image.
    public var leadImage: ArticleImage?
    /// The body as structured blocks.
    public var blocks: [Block]
    /// Extractor-specific fields.
    public var extra: [String: String]
    /// Where each field's value came from.
    public var provenance: [Field: Provenance]
    /// What is missing, implausible or suspicious in this article.
    public var validation: ValidationReport

    /// Creates an article; every field but the URL is optional.
    public init(
        url: URL? = nil, canonicalURL: URL? = nil, siteName: String? = nil, title: String? = nil,
        summary: String? = nil, authors: [Author] = [], published: DateValue? = nil, modified: DateValue? = nil,
        language: String? = nil, direction: TextDirection? = nil, section: String? = nil, tags: [String] = [],
        leadImage: ArticleImage? = nil, blocks: [Block] = [], extra: [String: String] = [:],
        provenance: [Field: Provenance] = [:], validation: ValidationReport = ValidationReport()
    ) {
        self.url = url
        self.canonicalURL = canonicalURL
        self.siteName = siteName
        self.title = title
        self.summary = summary
        self.authors = authors
        self.published = published
        self.modified = modified
        self.language = language
        self.direction = direction
        self.section = section
        self.tags = tags
        self.leadImage = leadImage
        self.blocks = blocks
        self.extra = extra
        self.provenance = provenance
        self.validation = validation
    }

    /// The plain body: blocks separated by newlines, headings included,
    /// image captions excluded.
    public var text: String { ArticleRenderer.plainText(blocks) }

    /// The article's text as a reader sees it under the headline: the lead,
    /// when the page shows it above the body (read from the page itself, not
    /// from a meta description), then the body. This is what article-extraction
    /// benchmarks call the body.
    public var readableText: String {
        guard let summary, !summary.isEmpty, provenance[.summary]?.source == .selector else { return text }
        let body = text
        return body.isEmpty ? summary : summary + "\n" + body
    }

    // MARK: Codable

    enum CodingKeys: String, CodingKey {
        case url, canonicalURL, siteName, title, summary, authors, published, modified, publishedRaw, modifiedRaw
        case language, direction, section, tags, leadImage, blocks, text, extra, provenance, validation
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decodeIfPresent(URL.self, forKey: .url)
        canonicalURL = try container.decodeIfPresent(URL.self, forKey: .canonicalURL)
        siteName = try container.decodeIfPresent(String.self, forKey: .siteName)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        authors = try container.decodeIfPresent([Author].self, forKey: .authors) ?? []
        published = try Self.decodeDate(container, .published, .publishedRaw)
        modified = try Self.decodeDate(container, .modified, .modifiedRaw)
        language = try container.decodeIfPresent(String.self, forKey: .language)
        direction = try container.decodeIfPresent(TextDirection.self, forKey: .direction)
        section = try container.decodeIfPresent(String.self, forKey: .section)
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        leadImage = try container.decodeIfPresent(ArticleImage.self, forKey: .leadImage)
        blocks = try container.decodeIfPresent([Block].self, forKey: .blocks) ?? []
        extra = try container.decodeIfPresent([String: String].self, forKey: .extra) ?? [:]
        let rawProvenance = try container.decodeIfPresent([String: Provenance].self, forKey: .provenance) ?? [:]
        provenance = Dictionary(uniqueKeysWithValues: rawProvenance.compactMap { key, value in
            Field(rawValue: key).map { ($0, value) }
        })
        validation = try container.decodeIfPresent(ValidationReport.self, forKey: .validation) ?? ValidationReport()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(canonicalURL, forKey: .canonicalURL)
        try container.encode(siteName, forKey: .siteName)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
        try container.encode(authors, forKey: .authors)
        try container.encode(published?.iso8601, forKey: .published)
        try container.encode(published?.raw, forKey: .publishedRaw)
        try container.encode(modified?.iso8601, forKey: .modified)
        try container.encode(modified?.raw, forKey: .modifiedRaw)
        try container.encode(language, forKey: .language)
        try container.encode(direction, forKey: .direction)
        try container.encode(section, forKey: .section)
        try container.encode(tags, forKey: .tags)
        try container.encode(leadImage, forKey: .leadImage)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(text, forKey: .text)
        try container.encode(extra, forKey: .extra)
        let rawProvenance = Dictionary(uniqueKeysWithValues: provenance.map { ($0.key.rawValue, $0.value) })
        try container.encode(rawProvenance, forKey: .provenance)
        try container.encode(validation, forKey: .validation)
    }

    private static func decodeDate(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys,
                                   _ rawKey: CodingKeys) throws -> DateValue? {
        guard let iso = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
        let raw = try container.decodeIfPresent(String.self, forKey: rawKey) ?? iso
        guard let value = DateValue(iso8601: iso, raw: raw) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                   debugDescription: "not an ISO 8601 date: \(iso)")
        }
        return value
    }
}

/// A person credited with writing an article.
public struct Author: Sendable, Codable, Hashable {
    /// The person's name as shown, cleaned of "By" and similar.
    public var name: String
    /// A profile page, when the page links one.
    public var url: URL?

    public init(name: String, url: URL? = nil) {
        self.name = name
        self.url = url
    }
}

/// The direction text is written in.
public enum TextDirection: String, Sendable, Codable, Hashable {
    case ltr, rtl
}

/// An image with its caption and credit.
public struct ArticleImage: Sendable, Codable, Hashable {
    public var url: URL
    public var caption: String?
    public var credit: String?
    public var width: Int?
    public var height: Int?

    public init(url: URL, caption: String? = nil, credit: String? = nil, width: Int? = nil, height: Int? = nil) {
        self.url = url
        self.caption = caption
        self.credit = credit
        self.width = width
        self.height = height
    }
}
