import Foundation
import NewsScraperHTML

/// Every JSON-LD block of a page, flattened into one graph, with the page's
/// main article already picked out.
///
/// Each `<script type="application/ld+json">` is parsed on its own with
/// ``LenientJSON``, so one broken block never spoils the others. `@graph`
/// members and top-level arrays become top-level nodes; nested objects are
/// indexed too, so `@id` references resolve across blocks.
public struct JSONLDGraph: Sendable {
    /// Top-level entities (including `@graph` members) in page order.
    public let nodes: [JSONValue]
    /// The number of JSON-LD script blocks seen.
    public let blockCount: Int
    /// Blocks from which no value at all could be read.
    public let invalidBlockCount: Int
    /// The main article node, as chosen by the rules in ``article``.
    public let articleNode: JSONValue?
    /// The main article's fields: the node of a news type
    /// (`NewsArticle`, `ReportageNewsArticle`, `OpinionNewsArticle`, …)
    /// before other article types (`Article`, `BlogPosting`,
    /// `LiveBlogPosting`, …) before a `WebPage` with article fields;
    /// among equals the one with headline, body and date, top-level, first.
    public let article: JSONLDArticle?
    /// The items of the first non-empty `BreadcrumbList`, ordered by position.
    public let breadcrumbs: [JSONLDBreadcrumb]
    /// The `name` of the first `WebSite` node.
    public let websiteName: String?

    private let index: JSONLDIndex

    /// Reads every JSON-LD block of a document. URLs resolve against the
    /// document's base URL.
    public init(document: HTMLDocument) {
        self.init(scripts: Self.scriptTexts(in: document), baseURL: document.baseURL)
    }

    /// Builds a graph from the texts of JSON-LD blocks.
    public init(scripts: [String], baseURL: URL? = nil) {
        var values: [JSONValue] = []
        var invalid = 0
        for script in scripts {
            let parsed = LenientJSON.parseAll(script)
            if parsed.isEmpty { invalid += 1 }
            values.append(contentsOf: parsed)
        }
        let index = JSONLDIndex(values: values, baseURL: baseURL)
        self.index = index
        blockCount = scripts.count
        invalidBlockCount = invalid
        nodes = index.topLevelNodes
        articleNode = JSONLDArticle.mainNode(in: index)
        article = articleNode.map { JSONLDArticle(node: $0, index: index) }
        breadcrumbs = Self.readBreadcrumbs(index)
        websiteName = index.entries.lazy
            .filter { JSONLDTypes.types(of: $0.node).contains("WebSite") }
            .compactMap { index.text($0.node["name"]) }.first
    }

    /// The texts of the page's JSON-LD scripts. One XPath query finds them
    /// anywhere in the page (sites put them in `<head>` and `<body>`); the
    /// `type` is compared ignoring case and any `; charset=` parameter.
    public static func scriptTexts(in document: HTMLDocument) -> [String] {
        // A walk for the <script> elements rather than an XPath query; the cheap test of the type's bytes
        // (what the query tested) passes the few scripts the exact test below needs to look at.
        return document.elements(named: "script").compactMap { script in
            guard let type = script.attribute("type"), Self.mentionsLDJSON(type) else { return nil }
            let mime = type.split(separator: ";").first.map { $0.trimmingWhitespaces().lowercased() }
            guard mime == "application/ld+json" else { return nil }
            return script.textContent
        }
    }

    /// Whether "ld+json" occurs in the value, ignoring ASCII case.
    static func mentionsLDJSON(_ type: String) -> Bool {
        let wanted = Array("ld+json".utf8)
        let bytes = Array(type.utf8)
        guard bytes.count >= wanted.count else { return false }
        for start in 0...(bytes.count - wanted.count) where (0..<wanted.count).allSatisfy({ offset in
            let byte = bytes[start + offset]
            return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == wanted[offset]
        }) {
            return true
        }
        return false
    }

    /// The entity with this `@id` (a full definition, not a bare reference).
    public func node(withID id: String) -> JSONValue? { index.node(withID: id) }

    /// All entities, at any depth, whose `@type` includes `type` (given
    /// without a vocabulary prefix, such as `"Person"`).
    public func nodes(ofType type: String) -> [JSONValue] {
        index.entries.lazy.map(\.node).filter { JSONLDTypes.types(of: $0).contains(type) }
    }

    /// The section a breadcrumb trail names: its last item, skipping the
    /// home page (the first of several items, or a site root URL) and a
    /// trailing item that is the article itself.
    public var breadcrumbSection: String? {
        var items = breadcrumbs
        let articleURLs = [article?.url, article?.mainEntityOfPage].compactMap { $0?.absoluteString }
        let headline = article?.headline?.lowercased()
        if let last = items.last,
           last.name.lowercased() == headline || articleURLs.contains(last.url?.absoluteString ?? "\u{0}") {
            items.removeLast()
        }
        if breadcrumbs.count > 1, let first = items.first, first == breadcrumbs.first { items.removeFirst() }
        items.removeAll { $0.url.map { $0.path.isEmpty || $0.path == "/" } ?? false }
        return items.last?.name
    }

    private static func readBreadcrumbs(_ index: JSONLDIndex) -> [JSONLDBreadcrumb] {
        for entry in index.entries where JSONLDTypes.types(of: entry.node).contains("BreadcrumbList") {
            var items: [JSONLDBreadcrumb] = []
            for (offset, element) in (entry.node["itemListElement"]?.listValue ?? []).enumerated() {
                let element = index.resolve(element)
                let target = element["item"].map(index.resolve)
                guard let name = index.text(element["name"]) ?? index.text(target?["name"]) else { continue }
                let position = element["position"]?.scalarText.flatMap { Int($0) } ?? offset + 1
                items.append(JSONLDBreadcrumb(name: name, url: index.url(target), position: position))
            }
            if !items.isEmpty {
                // Stable: items without distinct positions keep page order.
                return items.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
                    .map(\.element)
            }
        }
        return []
    }
}
