import Foundation
import NewsScraperHTML

extension PageMetadataCollector {
    /// Elements with `itemprop` beyond this count are ignored, so that a page
    /// that marks up every list item costs bounded time.
    static let maximumMicrodataElements = 1_000

    /// Reads schema.org microdata with one XPath query (evaluated in C) rather
    /// than a Swift walk of the whole body.
    ///
    /// A property counts only when it belongs to the page's article: its
    /// nearest `itemscope` is an article or web page type, or has no type.
    /// Properties of nested items (an author's `name`, an image's `url`) are
    /// read through the item that holds them, never on their own.
    mutating func readMicrodata() {
        guard let elements = try? document.xpath("//*[@itemprop]") else { return }
        let tier = MetadataTier.microdata
        for element in elements.prefix(Self.maximumMicrodataElements) {
            guard let scope = owningScope(of: element) else { continue }
            let properties = Self.itemprops(of: element)
            for property in properties {
                let key = "itemprop=\(property)"
                switch property {
                case "headline":
                    titles.add(text: Self.value(of: element), source: .microdata, key: key, tier: tier)
                case "name" where scope == .article:
                    titles.add(text: Self.value(of: element), source: .microdata, key: key, tier: tier, priority: 1)
                case "description":
                    descriptions.add(text: Self.value(of: element), source: .microdata, key: key, tier: tier)
                case "author", "creator":
                    readMicrodataAuthor(element, key: key)
                case "datepublished":
                    published.add(text: Self.value(of: element), source: .microdata, key: key, tier: tier)
                case "datecreated":
                    published.add(text: Self.value(of: element), source: .microdata, key: key, tier: tier, priority: 1)
                case "datemodified":
                    modified.add(text: Self.value(of: element), source: .microdata, key: key, tier: tier)
                case "image", "thumbnailurl":
                    images.add(microdataImage(element), source: .microdata, key: key, tier: tier,
                               priority: property == "image" ? 0 : 1)
                case "articlesection":
                    sections.add(text: Self.value(of: element), source: .microdata, key: key, tier: tier)
                case "keywords":
                    for tag in (Self.value(of: element) ?? "").split(separator: ",") {
                        tags.add(text: String(tag), source: .microdata, key: key, tier: tier)
                    }
                case "inlanguage":
                    languages.add(text: Self.value(of: element), source: .microdata, key: key, tier: tier)
                case "publisher":
                    let name = element.hasAttribute("itemscope")
                        ? Self.nestedProperty("name", in: element).flatMap(Self.value(of:))
                        : Self.value(of: element)
                    publishers.add(text: name, source: .microdata, key: key, tier: tier)
                default:
                    break
                }
            }
        }
    }

    /// What kind of item an element's property belongs to.
    private enum Scope {
        case article, untyped
    }

    /// The kind of the nearest enclosing item, or `nil` when the property
    /// belongs to a nested item (one that is itself a property) or to an
    /// item that is not the article (a `Person`, a `BreadcrumbList`, …).
    private func owningScope(of element: HTMLNode) -> Scope? {
        var current = element.parent
        while let node = current, node.isElement {
            if node.hasAttribute("itemscope") {
                if node.hasAttribute("itemprop") { return nil }
                guard let type = node.attribute("itemtype"), !type.isEmpty else { return .untyped }
                let types = type.split(whereSeparator: \.isWhitespace).map { JSONLDTypes.normalize(String($0)) }
                return JSONLDTypes.articleRank(types) > 0 ? .article : nil
            }
            current = node.parent
        }
        return .untyped
    }

    private mutating func readMicrodataAuthor(_ element: HTMLNode, key: String) {
        let tier = MetadataTier.microdata
        if element.hasAttribute("itemscope") {
            let name = Self.nestedProperty("name", in: element).flatMap(Self.value(of:)).flatMap(MetadataText.clean)
            let url = Self.nestedProperty("url", in: element).flatMap(urlValue(of:))
            let types = (element.attribute("itemtype") ?? "").split(whereSeparator: \.isWhitespace)
                .map { JSONLDTypes.normalize(String($0)) }
            if let name {
                let author = MetadataAuthor(name: name, url: url, isOrganization: JSONLDTypes.isOrganization(types))
                authors.add(author, source: .microdata, key: key, tier: tier)
            } else {
                authorURLs.add(url, source: .microdata, key: key, tier: tier)
            }
            return
        }
        switch element.tagName {
        case "link":
            authorURLs.add(element.absoluteURL(forAttribute: "href"), source: .microdata, key: key, tier: tier)
        case "a":
            if let name = MetadataText.clean(element.text) {
                let author = MetadataAuthor(name: name, url: element.absoluteURL(forAttribute: "href"))
                authors.add(author, source: .microdata, key: key, tier: tier)
            }
        default:
            guard let name = Self.value(of: element).flatMap(MetadataText.clean) else { return }
            if MetadataURL.looksLikeWebAddress(name) {
                authorURLs.add(document.resolveURL(name), source: .microdata, key: key, tier: tier)
            } else {
                authors.add(MetadataAuthor(name: name), source: .microdata, key: key, tier: tier)
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
        (element.attribute("itemprop") ?? "").lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
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
