import Foundation
import NewsScraperHTML

extension PageMetadataCollector {
    /// Reads `<meta>`, `<link>` and `<title>` in one walk of `<head>`.
    /// Without a `<head>`, the root is walked with `<body>` skipped.
    mutating func readHead() {
        guard let start = document.head ?? document.root else { return }
        var images = OpenGraphImages()
        var sawTitle = false
        start.walk { node, event in
            guard event == .enter else { return .descend }
            guard node.isElement else { return .skipChildren }
            switch node.tagName {
            case "meta":
                readMeta(node, images: &images)
            case "link":
                readLink(node)
            case "title":
                if !sawTitle {
                    sawTitle = true
                    titles.add(text: node.text, source: .selector, key: "title", tier: MetadataTier.title)
                }
            case "head", "noscript":
                // Parsers move stray head content into <noscript>; the tags there still count.
                return .descend
            default:
                break
            }
            return .skipChildren
        }
        for image in images.openGraph {
            self.images.add(image, source: .openGraph, key: "og:image", tier: MetadataTier.openGraph)
        }
        for image in images.twitter {
            self.images.add(image, source: .meta, key: "twitter:image", tier: MetadataTier.meta)
        }
    }

    /// `en_US` → `en-US`: `replacingOccurrences(of: "_", with: "-")`, done over bytes for ASCII text
    /// (where Foundation's search is a byte match) and by Foundation otherwise.
    static func hyphenated(_ locale: String) -> String {
        guard locale.utf8.allSatisfy({ $0 < 0x80 }) else { return locale.replacingOccurrences(of: "_", with: "-") }
        return String(decoding: locale.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
    }

    /// Images assembled from `og:image` and its structured properties,
    /// which describe the image named just before them.
    struct OpenGraphImages {
        var openGraph: [MetadataImage] = []
        var twitter: [MetadataImage] = []
    }

    private mutating func readMeta(_ node: HTMLNode, images: inout OpenGraphImages) {
        guard let content = node.attribute("content") ?? node.attribute("value") else { return }
        // Each attribute read once: a page's head has dozens of meta tags.
        let name = node.attribute("name"), property = node.attribute("property")
        let itemprop = node.attribute("itemprop"), httpEquiv = node.attribute("http-equiv")
        for value in [name, property, itemprop, httpEquiv] {
            if let value { metaContents[value.lowercased(), default: []].append(content) }
        }
        var keys: [String] = []
        if let name { keys.append(MetaKeyTable.normalize(name)) }
        if let property {
            // RDFa allows several space-separated properties on one tag.
            let properties = property.splitAtWhitespace()
            keys.append(contentsOf: properties.map { MetaKeyTable.normalize(String($0)) })
        }
        if let equiv = httpEquiv, MetaKeyTable.normalize(equiv) == "content-language" {
            keys.append("content-language")
        }
        // Duplicates found in the short list itself: a set built for every meta tag cost more.
        for (index, key) in keys.enumerated() where !keys[..<index].contains(key) {
            if readImageProperty(key, content: content, images: &images) { continue }
            guard let rule = MetaKeyTable.rule(for: key) else { continue }
            let openGraph = MetaKeyTable.isOpenGraph(key)
            apply(rule, key: key, content: content, source: openGraph ? .openGraph : .meta,
                  tier: openGraph ? MetadataTier.openGraph : MetadataTier.meta)
        }
    }

    /// Handles `og:image*` and `twitter:image*`; `true` when the key was one of them.
    private func readImageProperty(_ key: String, content: String, images: inout OpenGraphImages) -> Bool {
        switch key {
        case "og:image", "og:image:url":
            guard let url = document.resolveURL(content) else { return true }
            if images.openGraph.last?.url != url { images.openGraph.append(MetadataImage(url: url)) }
        case "og:image:secure_url":
            guard let url = document.resolveURL(content) else { return true }
            if let last = images.openGraph.indices.last {
                // The secure URL names the same image as the og:image before it.
                if images.openGraph[last].url.scheme != "https" { images.openGraph[last].url = url }
            } else {
                images.openGraph.append(MetadataImage(url: url))
            }
        case "og:image:width":
            if let last = images.openGraph.indices.last { images.openGraph[last].width = MetadataImage.pixels(content) }
        case "og:image:height":
            if let last = images.openGraph.indices.last {
                images.openGraph[last].height = MetadataImage.pixels(content)
            }
        case "og:image:alt":
            if let last = images.openGraph.indices.last { images.openGraph[last].caption = MetadataText.clean(content) }
        case "twitter:image", "twitter:image:src":
            guard let url = document.resolveURL(content) else { return true }
            if images.twitter.last?.url != url { images.twitter.append(MetadataImage(url: url)) }
        case "twitter:image:alt":
            if let last = images.twitter.indices.last { images.twitter[last].caption = MetadataText.clean(content) }
        default:
            return false
        }
        return true
    }

    private mutating func apply(
        _ rule: MetaKeyTable.Rule, key: String, content: String, source: Provenance.Source, tier: Int
    ) {
        let priority = rule.priority
        switch rule.target {
        case .title: titles.add(text: content, source: source, key: key, tier: tier, priority: priority)
        case .description: descriptions.add(text: content, source: source, key: key, tier: tier, priority: priority)
        case .author:
            guard let name = MetadataText.clean(content) else { return }
            if MetadataURL.looksLikeWebAddress(name) {
                authorURLs.add(document.resolveURL(name), source: source, key: key, tier: tier, priority: priority)
            } else {
                authors.add(MetadataAuthor(name: name), source: source, key: key, tier: tier, priority: priority)
            }
        case .published: published.add(text: content, source: source, key: key, tier: tier, priority: priority)
        case .modified: modified.add(text: content, source: source, key: key, tier: tier, priority: priority)
        case .image:
            let image = document.resolveURL(content).map { MetadataImage(url: $0) }
            images.add(image, source: source, key: key, tier: tier, priority: priority)
        case .canonical:
            canonicalURLs.add(document.resolveURL(content), source: source, key: key, tier: tier, priority: priority)
        case .siteName: siteNames.add(text: content, source: source, key: key, tier: tier, priority: priority)
        case .section: sections.add(text: content, source: source, key: key, tier: tier, priority: priority)
        case .tag: tags.add(text: content, source: source, key: key, tier: tier, priority: priority)
        case .tagList:
            for tag in content.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                tags.add(text: String(tag), source: source, key: key, tier: tier, priority: priority)
            }
        case .language:
            let code = key == "og:locale" ? Self.hyphenated(content) : content
            languages.add(text: code, source: source, key: key, tier: tier, priority: priority)
        case .publisher:
            guard let name = MetadataText.clean(content), !MetadataURL.looksLikeWebAddress(name) else { return }
            publishers.add(name, source: source, key: key, tier: tier, priority: priority)
        case .type: types.add(text: content, source: source, key: key, tier: tier, priority: priority)
        case .twitterSite: twitterSites.add(text: content, source: source, key: key, tier: tier, priority: priority)
        case .twitterCreator:
            twitterCreators.add(text: content, source: source, key: key, tier: tier, priority: priority)
        }
    }

    private mutating func readLink(_ node: HTMLNode) {
        guard let rel = node.attribute("rel")?.lowercased(), let href = node.attribute("href") else { return }
        let relations = rel.splitAtWhitespace()
        if relations.contains("canonical") {
            canonicalURLs.add(document.resolveURL(href), source: .meta, key: "link[rel=canonical]",
                              tier: MetadataTier.canonicalLink)
        }
        if relations.contains("alternate"), let type = node.attribute("type"),
           let kind = MetadataFeed.kind(forType: type), let url = document.resolveURL(href),
           !feeds.contains(where: { $0.url == url }) {
            feeds.append(MetadataFeed(url: url, kind: kind, title: MetadataText.clean(node.attribute("title"))))
        }
        if relations.contains("author") {
            authorURLs.add(document.resolveURL(href), source: .meta, key: "link[rel=author]",
                           tier: MetadataTier.meta, priority: 5)
        }
    }
}
