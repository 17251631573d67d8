import Foundation
import NewsScraperHTML

/// One place a declarative rule looks for a field's value.
///
/// Selectors are compiled when the ``DeclarativeExtractor`` is created, so
/// an invalid selector fails at once, not on the thousandth page.
public struct FieldSource: Sendable {
    enum Kind: Sendable {
        case css(String, attribute: String?)
        case xpath(String, attribute: String?)
        case meta(String)
        case jsonLD(JSONLDField)
        case custom(@Sendable (ExtractionContext) -> [String])
    }

    let kind: Kind

    /// Elements matching a CSS selector; their text, or the value of `attribute`.
    public static func css(_ selector: String, attribute: String? = nil) -> FieldSource {
        FieldSource(kind: .css(selector, attribute: attribute))
    }

    /// Nodes selected by an XPath expression; their text, or the value of `attribute`.
    public static func xpath(_ expression: String, attribute: String? = nil) -> FieldSource {
        FieldSource(kind: .xpath(expression, attribute: attribute))
    }

    /// The `content` of `<meta name=…>` or `<meta property=…>` (names compare ignoring case).
    public static func meta(_ name: String) -> FieldSource {
        FieldSource(kind: .meta(name.lowercased()))
    }

    /// A field of the page's JSON-LD article (any `NewsArticle`, `Article`,
    /// `BlogPosting`… node, in `@graph`s and arrays too).
    public static func jsonLD(_ field: JSONLDField) -> FieldSource {
        FieldSource(kind: .jsonLD(field))
    }

    /// Your own code: the escape hatch for what selectors cannot say.
    /// Return the values found, in order (empty when none).
    public static func custom(_ read: @escaping @Sendable (ExtractionContext) -> [String]) -> FieldSource {
        FieldSource(kind: .custom(read))
    }

    var provenanceSource: Provenance.Source {
        switch kind {
        case .css, .xpath: return .selector
        case let .meta(name):
            if name.hasPrefix("og:") { return .openGraph }
            return .meta
        case .jsonLD: return .jsonLD
        case .custom: return .custom
        }
    }

    var detail: String? {
        switch kind {
        case let .css(selector, attribute): return attribute.map { "\(selector) @\($0)" } ?? selector
        case let .xpath(expression, _): return expression
        case let .meta(name): return "meta[\(name)]"
        case let .jsonLD(field): return field.rawValue
        case .custom: return nil
        }
    }
}

/// The JSON-LD article properties a declarative rule can read.
public enum JSONLDField: String, Sendable, CaseIterable {
    case headline, description, authors = "author", datePublished, dateModified, image, keywords
    case section = "articleSection", breadcrumbSection = "BreadcrumbList", language = "inLanguage", url

    /// The property's values on a page, in the page's order.
    func values(in metadata: PageMetadata) -> [String] {
        let graph = metadata.jsonLD
        guard let article = graph.article else {
            return self == .breadcrumbSection ? [graph.breadcrumbSection].compactMap { $0 } : []
        }
        switch self {
        case .headline: return [article.headline].compactMap { $0 }
        case .description: return [article.description].compactMap { $0 }
        case .authors: return article.authors.filter { !$0.isOrganization }.map(\.name)
        case .datePublished: return [article.datePublished].compactMap { $0 }
        case .dateModified: return [article.dateModified].compactMap { $0 }
        case .image: return article.images.map(\.url.absoluteString)
        case .keywords: return article.keywords
        case .section: return article.sections
        case .breadcrumbSection: return [graph.breadcrumbSection].compactMap { $0 }
        case .language: return [article.language].compactMap { $0 }
        case .url: return [article.url?.absoluteString].compactMap { $0 }
        }
    }
}

/// Whether a rule keeps the first value found or every value of the first source that finds any.
public enum SelectionPolicy: Sendable {
    case first, all
}

/// How to read one text field: where to look, in order, and how to clean what is found.
public struct FieldRule: Sendable {
    public var sources: [FieldSource]
    public var policy: SelectionPolicy
    /// Selectors for elements removed from a matched element before its text is read.
    public var clean: [String]
    /// Applied in order to every value; a transform returning `nil` drops the value.
    public var transforms: [@Sendable (String) -> String?]

    public init(_ sources: [FieldSource], policy: SelectionPolicy = .first, clean: [String] = [],
                transforms: [@Sendable (String) -> String?] = []) {
        self.sources = sources
        self.policy = policy
        self.clean = clean
        self.transforms = transforms
    }
}

/// How to read a date: sources as in ``FieldRule``, plus the site's own formats.
public struct DateRule: Sendable {
    public var field: FieldRule
    /// Date formats (Unicode patterns such as `d MMM, yyyy HH:mm`) tried before the general parser.
    public var formats: [String]
    /// The zone of dates the site prints without one.
    public var timeZone: TimeZone?
    /// The locale of month and day names in the formats.
    public var locale: Locale?

    public init(_ sources: [FieldSource], formats: [String] = [], timeZone: TimeZone? = nil, locale: Locale? = nil,
                transforms: [@Sendable (String) -> String?] = []) {
        self.field = FieldRule(sources, transforms: transforms)
        self.formats = formats
        self.timeZone = timeZone
        self.locale = locale
    }
}

/// How to find the body: the container, what to remove from it, and a hook for the rest.
public struct BodyRule: Sendable {
    /// Containers tried in order; the first source that matches wins, and
    /// with ``SelectionPolicy/all`` every matching container is read in order.
    public var containers: [FieldSource]
    public var policy: SelectionPolicy
    /// Selectors of elements removed from the container (ads, read-more cards, embeds…).
    public var clean: [String]
    /// Paragraphs whose text starts with one of these are dropped (chrome such as "Follow us on").
    public var dropParagraphsStartingWith: [String]
    /// Your own cleaning of the container before blocks are read.
    public var prepare: (@Sendable (HTMLNode, ExtractionContext) -> Void)?
    /// How the site marks up images inside the body, when not as `<figure>` with `<figcaption>`.
    public var figures: FigureRule?

    public init(_ containers: [FieldSource], policy: SelectionPolicy = .first, clean: [String] = [],
                dropParagraphsStartingWith: [String] = [], figures: FigureRule? = nil,
                prepare: (@Sendable (HTMLNode, ExtractionContext) -> Void)? = nil) {
        self.containers = containers
        self.policy = policy
        self.clean = clean
        self.dropParagraphsStartingWith = dropParagraphsStartingWith
        self.figures = figures
        self.prepare = prepare
    }
}

/// A site's markup for images inside the body: the element wrapping each
/// image, and where its caption and credit are inside it.
public struct FigureRule: Sendable {
    public var container: String
    public var caption: String?
    public var credit: String?

    public init(container: String, caption: String? = nil, credit: String? = nil) {
        self.container = container
        self.caption = caption
        self.credit = credit
    }
}

/// How to find the lead image and its caption and credit.
public struct ImageRule: Sendable {
    /// `<img>` elements (read through lazy-loading attributes) or URL-valued sources such as `og:image`.
    public var sources: [FieldSource]
    public var caption: FieldRule?
    public var credit: FieldRule?

    public init(_ sources: [FieldSource], caption: FieldRule? = nil, credit: FieldRule? = nil) {
        self.sources = sources
        self.caption = caption
        self.credit = credit
    }
}
