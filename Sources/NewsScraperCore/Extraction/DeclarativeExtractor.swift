import Foundation
import NewsScraperHTML

/// The rules of a ``DeclarativeExtractor``: for each field, where to look.
/// Fields without a rule are left to the fallback extractor.
public struct ExtractionRules: Sendable {
    public var title: FieldRule?
    public var summary: FieldRule?
    public var authors: FieldRule?
    public var published: DateRule?
    public var modified: DateRule?
    public var section: FieldRule?
    public var tags: FieldRule?
    public var language: FieldRule?
    public var canonicalURL: FieldRule?
    public var siteName: FieldRule?
    public var leadImage: ImageRule?
    public var body: BodyRule?
    /// Extractor-specific fields, stored in ``Article/extra``.
    public var extra: [String: FieldRule]
    /// Names of the publisher, never accepted as an author.
    public var publisherNames: [String]

    public init(title: FieldRule? = nil, summary: FieldRule? = nil, authors: FieldRule? = nil,
                published: DateRule? = nil, modified: DateRule? = nil, section: FieldRule? = nil,
                tags: FieldRule? = nil, language: FieldRule? = nil, canonicalURL: FieldRule? = nil,
                siteName: FieldRule? = nil, leadImage: ImageRule? = nil, body: BodyRule? = nil,
                extra: [String: FieldRule] = [:], publisherNames: [String] = []) {
        self.title = title
        self.summary = summary
        self.authors = authors
        self.published = published
        self.modified = modified
        self.section = section
        self.tags = tags
        self.language = language
        self.canonicalURL = canonicalURL
        self.siteName = siteName
        self.leadImage = leadImage
        self.body = body
        self.extra = extra
        self.publisherNames = publisherNames
    }
}

/// A site extractor written as data: a ``PageMatcher`` and ``ExtractionRules``.
///
/// ```swift
/// let extractor = try DeclarativeExtractor(
///     id: "daily-planet",
///     matcher: PageMatcher(hosts: [".dailyplanet.example"], paths: ["/news/"]),
///     rules: ExtractionRules(
///         title: FieldRule([.css("h1.headline"), .meta("og:title")]),
///         authors: FieldRule([.css(".byline a.author")], policy: .all),
///         published: DateRule([.css("time.published", attribute: "datetime")]),
///         body: BodyRule([.css("div.story-body")], clean: [".ad", ".related"])
///     )
/// )
/// ```
///
/// Every CSS selector is compiled here, so a mistake in one throws
/// `HTMLError.invalidSelector` at once.
public struct DeclarativeExtractor: SiteExtractor {
    public let id: String
    public let matcher: PageMatcher
    public let rules: ExtractionRules
    private let pageCheck: (@Sendable (ExtractionContext) -> Bool)?
    private let selectors: [String: CSSSelector]

    /// Creates an extractor, compiling its selectors.
    /// - Parameters:
    ///   - id: A short stable identifier; it appears in provenance.
    ///   - matcher: Which pages the extractor handles.
    ///   - rules: Where each field is read from.
    ///   - pageCheck: An optional last check on the parsed page.
    public init(id: String, matcher: PageMatcher, rules: ExtractionRules,
                pageCheck: (@Sendable (ExtractionContext) -> Bool)? = nil) throws(HTMLError) {
        self.id = id
        self.matcher = matcher
        self.rules = rules
        self.pageCheck = pageCheck
        var compiled: [String: CSSSelector] = [:]
        for text in Self.selectorTexts(in: rules) where compiled[text] == nil {
            compiled[text] = try CSSSelector(text)
        }
        self.selectors = compiled
    }

    public func canHandle(_ context: ExtractionContext) -> Bool {
        pageCheck?(context) ?? true
    }

    public func extract(from context: ExtractionContext) throws -> ExtractedFields {
        var fields = ExtractedFields()
        fields.title = try first(rules.title, context)
        fields.summary = try first(rules.summary, context)
        fields.section = try first(rules.section, context)
        fields.language = try first(rules.language, context)
        fields.siteName = try first(rules.siteName, context)
        if let url = try first(rules.canonicalURL, context),
           let resolved = context.document.resolveURL(url.value) {
            fields.canonicalURL = Extracted(resolved, provenance: url.provenance)
        }
        if let tags = try values(rules.tags, context, forcing: .all) {
            var seen = Set<String>()
            let unique = tags.value.filter { seen.insert($0.lowercased()).inserted }
            fields.tags = Extracted(unique, provenance: tags.provenance)
        }
        if let authors = try values(rules.authors, context, forcing: nil) {
            let names = AuthorNormalizer(publisherNames: rules.publisherNames).normalize(authors.value)
            if !names.isEmpty { fields.authors = Extracted(names.map { Author(name: $0) }, provenance: authors.provenance) }
        }
        fields.publishedDate = try date(rules.published, context)
        fields.modifiedDate = try date(rules.modified, context)
        fields.leadImage = try image(rules.leadImage, context)
        for (key, rule) in rules.extra {
            if let value = try values(rule, context, forcing: nil) {
                fields.extra[key] = value.value.joined(separator: "\n")
            }
        }
        try context.checkDeadline()
        fields.blocks = try body(rules.body, context)
        return fields
    }

    // MARK: Reading sources

    private func first(_ rule: FieldRule?, _ context: ExtractionContext) throws -> Extracted<String>? {
        guard let found = try values(rule, context, forcing: .first), let value = found.value.first else { return nil }
        return Extracted(value, provenance: found.provenance)
    }

    private func values(_ rule: FieldRule?, _ context: ExtractionContext, forcing policy: SelectionPolicy?)
        throws -> Extracted<[String]>? {
        guard let rule else { return nil }
        for source in rule.sources {
            var found: [String] = []
            for raw in try read(source, clean: rule.clean, context) {
                var value: String? = normalizeWhitespace(raw)
                for transform in rule.transforms {
                    guard let current = value else { break }
                    value = transform(current).map(normalizeWhitespace)
                }
                if let value, !value.isEmpty { found.append(value) }
            }
            guard !found.isEmpty else { continue }
            if (policy ?? rule.policy) == .first { found = [found[0]] }
            return Extracted(found, source: source.provenanceSource, extractor: id, detail: source.detail)
        }
        return nil
    }

    private func read(_ source: FieldSource, clean: [String], _ context: ExtractionContext) throws -> [String] {
        switch source.kind {
        case let .css(text, attribute):
            let nodes = context.document.select(selectors[text]!)
            return nodes.map { read($0, attribute: attribute, clean: clean) }
        case let .xpath(expression, attribute):
            do {
                return try context.document.xpath(expression).map { read($0, attribute: attribute, clean: clean) }
            } catch {
                throw ExtractionError.document(error)
            }
        case let .meta(name):
            return context.metaTags[name] ?? []
        case let .jsonLD(field):
            return field.values(in: context.metadata)
        case let .custom(read):
            return read(context)
        }
    }

    private func read(_ node: HTMLNode, attribute: String?, clean: [String]) -> String {
        if let attribute { return node.attribute(attribute) ?? "" }
        for text in clean {
            for junk in node.select(selectors[text]!) { junk.remove() }
        }
        return node.kind == .attribute ? node.textContent : node.text
    }

    private func date(_ rule: DateRule?, _ context: ExtractionContext) throws -> Extracted<DateValue>? {
        guard let rule, let found = try values(rule.field, context, forcing: .all) else { return nil }
        for raw in found.value {
            for format in rule.formats {
                if let date = context.dateParser.parse(raw, format: format, timeZone: rule.timeZone, locale: rule.locale) {
                    return Extracted(date, provenance: found.provenance)
                }
            }
            if let date = context.dateParser.parse(raw) { return Extracted(date, provenance: found.provenance) }
        }
        return nil
    }

    private func image(_ rule: ImageRule?, _ context: ExtractionContext) throws -> Extracted<ArticleImage>? {
        guard let rule else { return nil }
        var found: Extracted<ArticleImage>?
        sources: for source in rule.sources {
            switch source.kind {
            case let .css(text, attribute):
                for node in context.document.select(selectors[text]!) {
                    let image: ArticleImage?
                    if let attribute {
                        image = node.absoluteURL(forAttribute: attribute).map { ArticleImage(url: $0) }
                    } else {
                        let img = node.hasTagName("img") ? node : node.descendants.first { $0.hasTagName("img") }
                        image = img.flatMap { ImageReader.image($0) }
                    }
                    if let image {
                        found = Extracted(image, source: .selector, extractor: id, detail: source.detail)
                        break sources
                    }
                }
            default:
                for raw in try read(source, clean: [], context) {
                    if let url = context.document.resolveURL(raw) {
                        found = Extracted(ArticleImage(url: url), source: source.provenanceSource, extractor: id,
                                          detail: source.detail)
                        break sources
                    }
                }
            }
        }
        guard var image = found else { return nil }
        let credit = try first(rule.credit, context)?.value
        let caption = try first(rule.caption, context)?.value
        (image.value.caption, image.value.credit) = CaptionSplitter.split(caption: caption, credit: credit)
        return image
    }

    private func body(_ rule: BodyRule?, _ context: ExtractionContext) throws -> Extracted<[Block]>? {
        guard let rule else { return nil }
        for source in rule.containers {
            let containers: [HTMLNode]
            switch source.kind {
            case let .css(text, _): containers = context.document.select(selectors[text]!)
            case let .xpath(expression, _):
                do { containers = try context.document.xpath(expression) } catch { throw ExtractionError.document(error) }
            default: continue
            }
            guard !containers.isEmpty else { continue }
            var blocks: [Block] = []
            for container in rule.policy == .first ? [containers[0]] : containers {
                for text in rule.clean {
                    for junk in container.select(selectors[text]!) { junk.remove() }
                }
                rule.prepare?(container, context)
                blocks += BlockBuilder(figure: { figure(rule.figures, $0) }).blocks(in: container)
            }
            blocks = blocks.filter { block in
                guard case let .paragraph(text) = block else { return true }
                return !rule.dropParagraphsStartingWith.contains { text.hasPrefix($0) }
            }
            if !blocks.isEmpty {
                return Extracted(blocks, source: .selector, extractor: id, detail: source.detail)
            }
        }
        return nil
    }

    private func figure(_ rule: FigureRule?, _ node: HTMLNode) -> ArticleImage? {
        guard let rule, node.matches(selectors[rule.container]!),
              let img = node.hasTagName("img") ? node : node.descendants.first(where: { $0.hasTagName("img") }),
              var image = ImageReader.image(img) else { return nil }
        func text(_ selector: String?) -> String? {
            guard let selector, let found = node.selectFirst(selectors[selector]!) else { return nil }
            let value = found.text
            return value.isEmpty ? nil : value
        }
        (image.caption, image.credit) = CaptionSplitter.split(caption: text(rule.caption), credit: text(rule.credit))
        return image
    }

    private func normalizeWhitespace(_ text: String) -> String {
        var builder = NormalizedTextBuilder()
        builder.append(text)
        return builder.finish()
    }

    private static func selectorTexts(in rules: ExtractionRules) -> [String] {
        var texts: [String] = []
        func add(_ sources: [FieldSource]) {
            for source in sources { if case let .css(text, _) = source.kind { texts.append(text) } }
        }
        func add(_ rule: FieldRule?) {
            guard let rule else { return }
            add(rule.sources)
            texts += rule.clean
        }
        for rule in [rules.title, rules.summary, rules.authors, rules.section, rules.tags, rules.language,
                     rules.canonicalURL, rules.siteName, rules.published?.field, rules.modified?.field] {
            add(rule)
        }
        for rule in rules.extra.values { add(rule) }
        if let image = rules.leadImage {
            add(image.sources)
            add(image.caption)
            add(image.credit)
        }
        if let body = rules.body {
            add(body.containers)
            texts += body.clean
            if let figures = body.figures {
                texts += [figures.container] + [figures.caption, figures.credit].compactMap { $0 }
            }
        }
        return texts
    }
}
