/// One block of an article's body.
///
/// Encoded as an object with a `type` (`paragraph`, `heading`, `list`,
/// `quote`, `table`, `image`, `preformatted`) and the case's fields.
public enum Block: Sendable, Hashable, Codable {
    /// A paragraph of running text.
    case paragraph(String)
    /// A subheading; `level` is 1–6 as in `<h1>`–`<h6>`.
    case heading(level: Int, text: String)
    /// A list of items, numbered when `ordered`.
    case list(items: [String], ordered: Bool)
    /// A quotation, with its attribution when the page gives one.
    case quote(text: String, attribution: String?)
    /// A table as rows of cell texts; the first row is the header when the page marks one.
    case table(rows: [[String]])
    /// An image inside the body.
    case image(ArticleImage)
    /// Preformatted text (code, poems, transcripts), whitespace kept.
    case preformatted(String)

    /// The block's text as it counts in the article's plain ``Article/text``;
    /// `nil` for images, whose captions are not body text.
    public var plainText: String? {
        switch self {
        case let .paragraph(text), let .heading(_, text), let .preformatted(text): return text
        case let .quote(text, attribution):
            guard let attribution, !attribution.isEmpty else { return text }
            return text + "\n" + attribution
        case let .list(items, _): return items.joined(separator: "\n")
        case let .table(rows): return rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
        case .image: return nil
        }
    }

    private enum CodingKeys: String, CodingKey {
        case type, text, level, items, ordered, attribution, rows, image
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "paragraph": self = .paragraph(try container.decode(String.self, forKey: .text))
        case "heading":
            self = .heading(level: try container.decode(Int.self, forKey: .level),
                            text: try container.decode(String.self, forKey: .text))
        case "list":
            self = .list(items: try container.decode([String].self, forKey: .items),
                         ordered: try container.decode(Bool.self, forKey: .ordered))
        case "quote":
            self = .quote(text: try container.decode(String.self, forKey: .text),
                          attribution: try container.decodeIfPresent(String.self, forKey: .attribution))
        case "table": self = .table(rows: try container.decode([[String]].self, forKey: .rows))
        case "image": self = .image(try container.decode(ArticleImage.self, forKey: .image))
        case "preformatted": self = .preformatted(try container.decode(String.self, forKey: .text))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: container,
                                                   debugDescription: "unknown block type \(type)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .paragraph(text):
            try container.encode("paragraph", forKey: .type)
            try container.encode(text, forKey: .text)
        case let .heading(level, text):
            try container.encode("heading", forKey: .type)
            try container.encode(level, forKey: .level)
            try container.encode(text, forKey: .text)
        case let .list(items, ordered):
            try container.encode("list", forKey: .type)
            try container.encode(items, forKey: .items)
            try container.encode(ordered, forKey: .ordered)
        case let .quote(text, attribution):
            try container.encode("quote", forKey: .type)
            try container.encode(text, forKey: .text)
            try container.encodeIfPresent(attribution, forKey: .attribution)
        case let .table(rows):
            try container.encode("table", forKey: .type)
            try container.encode(rows, forKey: .rows)
        case let .image(image):
            try container.encode("image", forKey: .type)
            try container.encode(image, forKey: .image)
        case let .preformatted(text):
            try container.encode("preformatted", forKey: .type)
            try container.encode(text, forKey: .text)
        }
    }
}
