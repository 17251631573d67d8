import Foundation
import NewsScraperHTML

/// Turns a page's bytes into a validated ``Article`` in one call.
///
/// The pipeline parses the page once, picks a site extractor from the
/// registry, fills every field it leaves empty from the fallback extractor
/// (provenance names which extractor gave what), normalises the result and
/// validates it. It is a `Sendable` value: one pipeline can serve many tasks.
public struct ExtractionPipeline: Sendable {
    public var registry: ExtractorRegistry
    /// Reads any page; fills fields site extractors leave empty.
    public var fallback: any SiteExtractor
    public var limits: ExtractionLimits
    public var validator: ArticleValidator

    public init(registry: ExtractorRegistry, fallback: any SiteExtractor, limits: ExtractionLimits = ExtractionLimits(),
                validator: ArticleValidator = ArticleValidator()) {
        self.registry = registry
        self.fallback = fallback
        self.limits = limits
        self.validator = validator
    }

    /// Extracts the article from a page's bytes.
    ///
    /// - Parameters:
    ///   - bytes: The page as received.
    ///   - url: Where the page came from; picks the site extractor and resolves links.
    ///   - charsetHint: The HTTP `Content-Type` charset, if known.
    ///   - now: The moment dates are judged against.
    public func extract<Bytes: Collection>(bytes: Bytes, url: URL? = nil, charsetHint: String? = nil, now: Date = Date())
        throws(ExtractionError) -> Article where Bytes.Element == UInt8 {
        let deadline = limits.timeLimit.map { ContinuousClock.now.advanced(by: $0) }
        let document: HTMLDocument
        do {
            document = try HTMLDocument(bytes: bytes, url: url, charsetHint: charsetHint,
                                        options: HTMLParseOptions(maximumInputBytes: limits.maximumInputBytes))
        } catch {
            throw .document(error)
        }
        return try extract(document: document, url: url, now: now, deadline: deadline)
    }

    /// Extracts the article from a page held as a string.
    public func extract(html: String, url: URL? = nil, now: Date = Date()) throws(ExtractionError) -> Article {
        let deadline = limits.timeLimit.map { ContinuousClock.now.advanced(by: $0) }
        let document: HTMLDocument
        do {
            document = try HTMLDocument(html: html, url: url,
                                        options: HTMLParseOptions(maximumInputBytes: limits.maximumInputBytes))
        } catch {
            throw .document(error)
        }
        return try extract(document: document, url: url, now: now, deadline: deadline)
    }

    /// Extracts the article from an already parsed page.
    public func extract(document: HTMLDocument, url: URL? = nil, now: Date = Date(),
                        deadline: ContinuousClock.Instant? = nil) throws(ExtractionError) -> Article {
        try checkNodeCount(document)
        let context = ExtractionContext(document: document, url: url, now: now, deadline: deadline)
        try context.checkDeadline()

        var chosen: (any SiteExtractor)?
        for candidate in registry.candidates(for: context.url) where candidate.canHandle(context) {
            chosen = candidate
            break
        }
        var fields = ExtractedFields()
        var needsWholeFallback = chosen == nil
        if let chosen {
            do {
                fields = try chosen.extract(from: context)
            } catch ExtractionSignal.useFallback {
                needsWholeFallback = true
            } catch let error as ExtractionError {
                throw error
            } catch {
                throw .extractorFailed(extractor: chosen.id, reason: String(describing: error))
            }
        }
        try context.checkDeadline()
        if needsWholeFallback || fields.hasGaps {
            let fallbackFields: ExtractedFields
            do {
                fallbackFields = try fallback.extract(from: context)
            } catch let error as ExtractionError {
                throw error
            } catch {
                throw .extractorFailed(extractor: fallback.id, reason: String(describing: error))
            }
            fields.fillGaps(from: fallbackFields)
        }
        for processor in registry.postProcessors { processor.process(&fields, context: context) }
        try context.checkDeadline()
        var article = ArticleAssembler.assemble(fields, context: context)
        article.validation = validator.validate(article, pageKindHint: fields.pageKindHint, now: now,
                                                repairedCharacters: document.charset.repairedCharacters)
        return article
    }

    private func checkNodeCount(_ document: HTMLDocument) throws(ExtractionError) {
        guard let root = document.root else { return }
        let limit = limits.maximumNodes
        let count = root.descendantCount(upTo: limit)
        if count > limit { throw .tooManyNodes(count: count, limit: limit) }
    }
}

extension ExtractedFields {
    /// Whether a field the fallback could fill is empty.
    var hasGaps: Bool {
        title == nil || blocks == nil || (published == nil && publishedDate == nil) || authors == nil
            || leadImage == nil || summary == nil || language == nil || canonicalURL == nil || siteName == nil
            || section == nil || tags == nil || (modified == nil && modifiedDate == nil) || pageKindHint == nil
    }

    /// Takes, field by field, what this extractor left empty from `other`.
    mutating func fillGaps(from other: ExtractedFields) {
        title = title ?? other.title
        summary = summary ?? other.summary
        authors = authors ?? other.authors
        if published == nil && publishedDate == nil {
            published = other.published
            publishedDate = other.publishedDate
        }
        if modified == nil && modifiedDate == nil {
            modified = other.modified
            modifiedDate = other.modifiedDate
        }
        language = language ?? other.language
        section = section ?? other.section
        tags = tags ?? other.tags
        leadImage = leadImage ?? other.leadImage
        blocks = blocks ?? other.blocks
        canonicalURL = canonicalURL ?? other.canonicalURL
        siteName = siteName ?? other.siteName
        pageKindHint = pageKindHint ?? other.pageKindHint
        for (key, value) in other.extra where extra[key] == nil { extra[key] = value }
    }
}
