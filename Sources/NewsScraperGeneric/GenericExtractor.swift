import Foundation
import NewsScraperCore
import NewsScraperHTML

/// Reads any news page: metadata from JSON-LD, OpenGraph and meta tags, the
/// body from the page's structure (or, when the HTML lacks the text, from the
/// `articleBody` its JSON-LD declares). It is the pipeline's fallback, and
/// fills every field a site extractor leaves empty.
public struct GenericExtractor: SiteExtractor {
    public let id = "generic"
    public let matcher = PageMatcher.anyPage

    public init() {}

    public func extract(from context: ExtractionContext) throws -> ExtractedFields {
        try extract(from: context, reportingPageKind: nil)
    }

    /// The extraction, handing the page-kind signals to `report` when given (for refitting the model).
    func extract(from context: ExtractionContext,
                 reportingPageKind report: ((PageKindClassifier.Signals) -> Void)?) throws -> ExtractedFields {
        var fields = MetadataReader(context: context, extractor: id).fields()
        try context.checkDeadline()
        if let body = context.document.body {
            let locator = ContentLocator(root: body)
            let (nodes, rivals, released) = locator.bodyChoice()
            if let blocks = blocks(of: nodes, locator: locator, title: fields.title?.value,
                                   reading: .article(released: released)) {
                fields.blocks = Extracted(blocks, source: .heuristic, extractor: id, detail: nodes.first.map(describe))
            }
            let signals = PageKindClassifier.Signals(context: context, fields: fields, locator: locator, body: body,
                                                     contentNodes: nodes, rivals: rivals)
            report?(signals)
            let kind = PageKindClassifier.kind(signals)
            fields.pageKindHint = kind
            // The main content of a product, service or listing page is spread over more blocks than an
            // article's: take the page's main region when there is one, read wide (ChromeReading.wide), so
            // the region is read again even when it was the choice.
            if kind != .article, let wider = locator.widened(nodes),
               let blocks = blocks(of: wider, locator: locator, title: fields.title?.value,
                                   reading: .wide(for: kind, released: released)) {
                fields.blocks = Extracted(blocks, source: .heuristic, extractor: id, detail: wider.first.map(describe))
            } else if kind != .article, let chosen = fields.blocks?.value {
                if let blocks = wholeBody(body, instead: chosen, nodes: nodes, locator: locator,
                                          title: fields.title?.value, kind: kind) {
                    fields.blocks = Extracted(blocks, source: .heuristic, extractor: id, detail: "body")
                } else if chosen.contains(where: Self.isCaptionedImage),
                          let blocks = blocks(of: nodes, locator: locator, title: fields.title?.value,
                                              reading: .article(released: released, readsCaptions: false)) {
                    // The article's reading took the lines under pictures for captions; here they are content.
                    fields.blocks?.value = blocks
                }
            }
            if kind == .article, let lead = fields.leadImage?.value, lead.caption == nil, lead.credit == nil,
               let container = nodes.first, let captioned = LeadPictureCaption.captioned(lead, near: container) {
                fields.leadImage?.value = captioned
            }
            // Tiny pages have no container that scores; their whole body, less chrome, is the content.
            // A page that is not an article is read wide when every container that scores is inside chrome
            // ("hidden" on a grid of cards), or when every block it has is class-word chrome
            // ("skip-to-products" on a product grid): its class words name its own sections as often as chrome.
            if fields.blocks == nil {
                let readings: [ChromeReading] = kind == .article ? [.article()]
                    : nodes.isEmpty ? [.wide(for: kind)] : [.article(readsCaptions: false), .wide(for: kind)]
                for reading in readings {
                    guard let blocks = blocks(of: [body], locator: locator, title: fields.title?.value, reading: reading)
                    else { continue }
                    fields.blocks = Extracted(blocks, source: .heuristic, extractor: id, detail: "body")
                    break
                }
            }
        }
        if let read = fields.blocks, read.provenance.source == .heuristic {
            let datelessBlocks = BodyCleaner.droppingLeadingDatelines(read.value) { context.dateParser.parse($0) != nil }
            fields.blocks?.value = BodyCleaner.droppingBylines(datelessBlocks,
                                                               authors: fields.authors?.value.map(\.name) ?? [])
        }
        if let declared = DeclaredBody.blocks(declared: context.metadata.jsonLD.article?.articleBody,
                                              insteadOf: fields.blocks?.value) {
            fields.blocks = Extracted(declared, source: .jsonLD, extractor: id, detail: "articleBody")
        }
        return fields
    }

    private func blocks(of nodes: [HTMLNode], locator: ContentLocator, title: String?,
                        reading: ChromeReading) -> [Block]? {
        // The walk starts below its root, so the root's size is the walked text.
        let bodyText = nodes.reduce(0) {
            $0 + (locator.stats[$1]?.textLength ?? ($1 == locator.root ? locator.totalText : 0))
        }
        let builder = BlockBuilder(skip: { node in
            guard locator.shouldSkip(node, bodyText: bodyText, least: reading.least, released: reading.released,
                                     keepsLinkLists: reading.keepsLinkLists, dropsReviews: reading.dropsReviews)
            else { return false }
            // "caption" is a weak chrome word, and a picture's holder is named for its caption ("wp-caption"):
            // the picture is the article's, and its caption goes with it, out of the text.
            return !(locator.chromeLevel(of: node, released: reading.released) == .weak && isPicture(node, reading))
        }, figure: reading.readsCaptions ? {
            CaptionedImageReader.image($0, hides: BoilerplateClassifier.isHiddenFromSight)
        } : { _ in nil }, hides: BoilerplateClassifier.isHiddenFromSight)
        var blocks: [Block] = []
        for node in nodes { blocks += builder.blocks(in: node) }
        blocks = BodyCleaner.clean(blocks, title: title)
        return blocks.isEmpty ? nil : blocks
    }

    /// Only a picture with a caption or a credit can hold lines the article's reading took from the text.
    private static func isCaptionedImage(_ block: Block) -> Bool {
        if case let .image(image) = block { image.caption != nil || image.credit != nil } else { false }
    }

    /// Whether an element is a picture whose holder is named for its caption, read as one image block.
    /// (Other weak chrome around a picture, an author's portrait with a bio or a promotion, stays out.)
    private func isPicture(_ node: HTMLNode, _ reading: ChromeReading) -> Bool {
        guard node.hasTagName("figure") || reading.readsCaptions,
              CaptionedImageReader.classWords(node).contains(where: { $0.hasPrefix("caption") }) else { return false }
        return CaptionedImageReader.picture(node) != nil
    }

    /// A page that is not an article and marks no main region keeps its content in many blocks; when
    /// the chosen container holds only a small part of the page's text outside chrome (one card of a
    /// grid, the intro of a landing page), the body read wide (``ChromeReading/wide(for:released:)``)
    /// is the better reading.
    private func wholeBody(_ body: HTMLNode, instead chosen: [Block], nodes: [HTMLNode], locator: ContentLocator,
                           title: String?, kind: PageKind) -> [Block]? {
        let chosenText = nodes.reduce(0) { $0 + (locator.stats[$1]?.textLength ?? 0) }
        // The page's text bounds the text outside chrome: a large choice needs no second walk.
        guard Double(chosenText) < Self.wholeBodyShare * Double(locator.totalText),
              let whole = blocks(of: [body], locator: locator, title: title, reading: .wide(for: kind))
        else { return nil }
        let length: ([Block]) -> Int = { $0.reduce(0) { $0 + ($1.plainText?.count ?? 0) } }
        return Double(length(chosen)) < Self.wholeBodyShare * Double(length(whole)) ? whole : nil
    }

    static let wholeBodyShare = 0.3

    private func describe(_ node: HTMLNode) -> String {
        var text = node.tagName
        if let id = node.id { text += "#" + id }
        for name in node.classNames.prefix(2) { text += "." + name }
        return text
    }
}

extension GenericExtractor {
    /// The values the page-kind model weighs on a page, by feature name:
    /// what `scripts/fit-page-kind-model.py` refits the model from. For
    /// tuning, not for programs; empty when the page has no body.
    public static func pageKindFeatures(of document: HTMLDocument, url: URL?) -> [String: Double] {
        var features: [String: Double] = [:]
        let context = ExtractionContext(document: document, url: url)
        _ = try? GenericExtractor().extract(from: context) { signals in
            for feature in PageKindModel.Feature.allCases {
                features[String(describing: feature)] = PageKindModel.value(feature, of: signals)
            }
        }
        return features
    }

    /// How the body was chosen on a page: the best candidates with their
    /// scores and ancestry. For tuning and bug reports, not for programs.
    public static func explain(_ document: HTMLDocument) -> String {
        guard let body = document.body else { return "no body" }
        let locator = ContentLocator(root: body)
        let chosen = locator.bodyNodes().map { node -> String in
            var label = node.tagName
            if let id = node.id { label += "#" + id }
            for name in node.classNames.prefix(2) { label += "." + name }
            return label
        }
        return locator.explanation() + "\nchosen: " + chosen.joined(separator: ", ")
    }
}
