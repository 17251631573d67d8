import Foundation
import NewsScraperHTML

extension PageMetadataCollector {
    /// Elements with `itemprop` beyond this count are ignored, so that a page
    /// that marks up every list item costs bounded time.
    static let maximumMicrodataElements = 1_000

    /// Reads schema.org microdata from the elements with an `itemprop`, found by one walk
    /// over libxml2's nodes (the XPath query `//*[@itemprop]` it replaces cost several times
    /// as much: it builds and sorts a set of every element first).
    ///
    /// A property counts only when it belongs to the page's article: its
    /// nearest `itemscope` is an article or web page type, or has no type.
    /// Properties of nested items (an author's `name`, an image's `url`) are
    /// read through the item that holds them, never on their own.
    mutating func readMicrodata() {
        let elements = document.elements(havingAttribute: "itemprop")
        let tier = MetadataTier.microdata
        for element in elements.prefix(Self.maximumMicrodataElements) {
            guard let scope = owningScope(of: element) else { continue }
            // An article item's own properties beat a surrounding web page's or an untyped item's.
            let base = scope == .article ? 0 : 2
            let written = (element.attribute("itemprop") ?? "").splitAtWhitespace()
            for token in written {
                // Matched lowercased, reported as written (`itemprop=datePublished`).
                let property = token.lowercased()
                let key = "itemprop=\(token)"
                switch property {
                case "headline":
                    addText(Self.value(of: element), to: \.titles, key: key, priority: base)
                case "name" where scope != .untyped:
                    addText(Self.value(of: element), to: \.titles, key: key, priority: base + 1)
                case "description":
                    addText(Self.value(of: element), to: \.descriptions, key: key, priority: base)
                case "author", "creator":
                    readMicrodataAuthor(element, key: key, priority: base)
                case "datepublished":
                    addText(Self.value(of: element), to: \.published, key: key, priority: base)
                case "datecreated":
                    addText(Self.value(of: element), to: \.published, key: key, priority: base + 1)
                case "datemodified":
                    addText(Self.value(of: element), to: \.modified, key: key, priority: base)
                case "image", "thumbnailurl":
                    images.add(microdataImage(element), source: .microdata, key: key, tier: tier,
                               priority: base + (property == "image" ? 0 : 1))
                case "articlesection":
                    addText(Self.value(of: element), to: \.sections, key: key, priority: base)
                case "keywords":
                    for tag in (Self.value(of: element) ?? "").split(separator: ",") {
                        addText(String(tag), to: \.tags, key: key, priority: base)
                    }
                case "inlanguage":
                    addText(Self.value(of: element), to: \.languages, key: key, priority: base)
                case "publisher":
                    let name = element.hasAttribute("itemscope")
                        ? Self.nestedProperty("name", in: element).flatMap(Self.value(of:))
                        : Self.value(of: element)
                    addText(name, to: \.publishers, key: key, priority: base)
                default:
                    break
                }
            }
        }
    }

    /// Adds a microdata text value to one of the string fields.
    private mutating func addText(
        _ text: String?, to field: WritableKeyPath<Self, CandidateAccumulator<String>>, key: String, priority: Int
    ) {
        self[keyPath: field].add(text: text, source: .microdata, key: key, tier: MetadataTier.microdata,
                                 priority: priority)
    }

    /// What kind of item an element's property belongs to.
    private enum Scope {
        /// An article type (`NewsArticle`, `BlogPosting`, …).
        case article
        /// A `WebPage` or similar page type.
        case page
        /// An item without `itemtype`, or no item at all.
        case untyped
    }

    /// The kind of the nearest enclosing item, or `nil` when the property
    /// belongs to a nested item (one that is itself a property, such as an
    /// author) or to an item that is not the article (a `Person`, a
    /// `BreadcrumbList`, …). An article-typed item counts even when it is a
    /// property itself, as in `<body itemtype=WebPage>` holding
    /// `<div itemprop=mainEntity itemtype=NewsArticle>`.
    private func owningScope(of element: HTMLNode) -> Scope? {
        var current = element.parent
        while let node = current, node.isElement {
            if node.hasAttribute("itemscope") {
                let type = node.attribute("itemtype") ?? ""
                let types = type.splitAtWhitespace().map { JSONLDTypes.normalize(String($0)) }
                switch JSONLDTypes.articleRank(types) {
                case 2...: return .article
                case 1: return .page
                default: break
                }
                if node.hasAttribute("itemprop") || !types.isEmpty { return nil }
                return .untyped
            }
            current = node.parent
        }
        return .untyped
    }

    private mutating func readMicrodataAuthor(_ element: HTMLNode, key: String, priority: Int) {
        let tier = MetadataTier.microdata
        if element.hasAttribute("itemscope") {
            let name = Self.nestedProperty("name", in: element).flatMap(Self.value(of:)).flatMap(MetadataText.clean)
            let url = Self.nestedProperty("url", in: element).flatMap(urlValue(of:))
            let types = (element.attribute("itemtype") ?? "").splitAtWhitespace()
                .map { JSONLDTypes.normalize(String($0)) }
            if let name {
                let author = MetadataAuthor(name: name, url: url, isOrganization: JSONLDTypes.isOrganization(types))
                authors.add(author, source: .microdata, key: key, tier: tier, priority: priority)
            } else {
                authorURLs.add(url, source: .microdata, key: key, tier: tier, priority: priority)
            }
            return
        }
        switch element.tagName {
        case "link":
            let url = element.absoluteURL(forAttribute: "href")
            authorURLs.add(url, source: .microdata, key: key, tier: tier, priority: priority)
        case "a":
            if let name = MetadataText.clean(element.text) {
                let author = MetadataAuthor(name: name, url: element.absoluteURL(forAttribute: "href"))
                authors.add(author, source: .microdata, key: key, tier: tier, priority: priority)
            }
        default:
            guard let name = Self.value(of: element).flatMap(MetadataText.clean) else { return }
            if MetadataURL.looksLikeWebAddress(name) {
                let url = document.resolveURL(name)
                authorURLs.add(url, source: .microdata, key: key, tier: tier, priority: priority)
            } else {
                let author = MetadataAuthor(name: name)
                authors.add(author, source: .microdata, key: key, tier: tier, priority: priority)
            }
        }
    }

    private func microdataImage(_ element: HTMLNode) -> MetadataImage? {
        if element.hasAttribute("itemscope") {
            let holder = Self.nestedProperty("url", in: element) ?? Self.nestedProperty("contenturl", in: element)
                ?? element.firstDescendant(named: "img")
            guard let holder, let url = urlValue(of: holder) else { return nil }
            let size = { (name: String) in Self.nestedProperty(name, in: element).flatMap(Self.value(of:)) }
            let caption = Self.nestedProperty("caption", in: element).flatMap(Self.value(of:))
                ?? holder.attribute("alt")
            return MetadataImage(url: url, width: MetadataImage.pixels(size("width")),
                                 height: MetadataImage.pixels(size("height")), caption: MetadataText.clean(caption))
        }
        guard let url = urlValue(of: element) else { return nil }
        return MetadataImage(url: url, width: MetadataImage.pixels(element.attribute("width")),
                             height: MetadataImage.pixels(element.attribute("height")),
                             caption: MetadataText.clean(element.attribute("alt")))
    }

    /// A URL-valued property: `src` for media (preferring `data-src` when
    /// `src` is a lazy-loading placeholder), `href` for links, else the value.
    private func urlValue(of element: HTMLNode) -> URL? {
        let raw: String?
        switch element.tagName {
        case "img", "source", "video", "audio", "iframe", "embed":
            let src = element.attribute("src")
            if src == nil || src!.lowercased().hasPrefix("data:") {
                raw = element.attribute("data-src") ?? element.attribute("data-lazy-src") ?? src
            } else {
                raw = src
            }
        case "a", "link", "area":
            raw = element.attribute("href")
        default:
            raw = Self.value(of: element)
        }
        return raw.flatMap(document.resolveURL)
    }

    /// The lowercased tokens of an element's `itemprop`.
    static func itemprops(of element: HTMLNode) -> [String] {
        (element.attribute("itemprop") ?? "").lowercased().splitAtWhitespace().map(String.init)
    }

    /// A property's value by the microdata rules: `content` when present,
    /// `datetime` of `<time>`, `src`/`href`/`value` for the elements that
    /// carry them, else the element's text.
    static func value(of element: HTMLNode) -> String? {
        if let content = element.attribute("content") { return content }
        switch element.tagName {
        case "time": return element.attribute("datetime") ?? element.text
        case "img", "audio", "video", "source", "iframe", "embed": return element.attribute("src")
        case "a", "link", "area": return element.attribute("href")
        case "data", "meter": return element.attribute("value") ?? element.text
        case "object": return element.attribute("data")
        default: return element.text
        }
    }

    /// The first descendant carrying `itemprop` token `name` (lowercase)
    /// that belongs directly to `item`, not to an item nested inside it.
    static func nestedProperty(_ name: String, in item: HTMLNode) -> HTMLNode? {
        var found: HTMLNode?
        item.walk { node, event in
            guard event == .enter else { return .descend }
            guard node.isElement else { return .skipChildren }
            if itemprops(of: node).contains(name) {
                found = node
                return .stop
            }
            // A nested item's properties are its own.
            return node.hasAttribute("itemscope") ? .skipChildren : .descend
        }
        return found
    }
}
