import Foundation
import NewsScraperHTML

/// Gathers candidates from every source of one page, then orders them.
struct PageMetadataCollector {
    let document: HTMLDocument
    var titles = CandidateAccumulator<String>()
    var descriptions = CandidateAccumulator<String>()
    var authors = CandidateAccumulator<MetadataAuthor>()
    var authorURLs = CandidateAccumulator<URL>()
    var published = CandidateAccumulator<String>()
    var modified = CandidateAccumulator<String>()
    var images = CandidateAccumulator<MetadataImage>()
    var canonicalURLs = CandidateAccumulator<URL>()
    var siteNames = CandidateAccumulator<String>()
    var sections = CandidateAccumulator<String>()
    var tags = CandidateAccumulator<String>()
    var languages = CandidateAccumulator<String>()
    var publishers = CandidateAccumulator<String>()
    var types = CandidateAccumulator<String>()
    var twitterSites = CandidateAccumulator<String>()
    var twitterCreators = CandidateAccumulator<String>()
    var feeds: [MetadataFeed] = []
    var metaContents: [String: [String]] = [:]
    var direction: TextDirection?
    var graph = JSONLDGraph(scripts: [])

    init(document: HTMLDocument) {
        self.document = document
    }

    mutating func readJSONLD(_ graph: JSONLDGraph) {
        self.graph = graph
        let tier = MetadataTier.jsonLD
        if let article = graph.article {
            let type = article.types.first ?? "Article"
            func key(_ property: String) -> String { "\(type).\(property)" }
            titles.add(text: article.headline, source: .jsonLD, key: key("headline"), tier: tier)
            descriptions.add(text: article.description, source: .jsonLD, key: key("description"), tier: tier)
            for author in article.authors { authors.add(author, source: .jsonLD, key: key("author"), tier: tier) }
            published.add(article.datePublished, source: .jsonLD, key: key("datePublished"), tier: tier)
            modified.add(article.dateModified, source: .jsonLD, key: key("dateModified"), tier: tier)
            for image in article.images { images.add(image, source: .jsonLD, key: key("image"), tier: tier) }
            canonicalURLs.add(article.mainEntityOfPage, source: .jsonLD, key: key("mainEntityOfPage"), tier: tier)
            canonicalURLs.add(article.url, source: .jsonLD, key: key("url"), tier: tier, priority: 1)
            for section in article.sections {
                sections.add(text: section, source: .jsonLD, key: key("articleSection"), tier: tier)
            }
            for keyword in article.keywords {
                tags.add(text: keyword, source: .jsonLD, key: key("keywords"), tier: tier)
            }
            languages.add(text: article.language, source: .jsonLD, key: key("inLanguage"), tier: tier)
            for name in article.publisherNames {
                publishers.add(text: name, source: .jsonLD, key: key("publisher"), tier: tier)
            }
            for type in article.types { types.add(text: type, source: .jsonLD, key: "@type", tier: tier) }
        }
        sections.add(text: graph.breadcrumbSection, source: .jsonLD, key: "BreadcrumbList", tier: tier, priority: 1)
        siteNames.add(text: graph.websiteName, source: .jsonLD, key: "WebSite.name", tier: tier)
    }

    /// `<html lang dir>`, and `<body dir>` when the root has none.
    mutating func readRootAttributes() {
        guard let root = document.root else { return }
        let lang = root.attribute("lang") ?? root.attribute("xml:lang")
        languages.add(text: lang, source: .selector, key: "html[lang]", tier: MetadataTier.document)
        let dir = root.attribute("dir") ?? document.body?.attribute("dir")
        direction = dir.flatMap { TextDirection(rawValue: $0.trimmingCharacters(in: .whitespaces).lowercased()) }
    }

    func finish() -> PageMetadata {
        var metadata = PageMetadata()
        metadata.metaContents = metaContents
        metadata.titles = titles.orderedIgnoringCase()
        metadata.descriptions = descriptions.orderedIgnoringCase()
        metadata.authors = authors.ordered(identity: { $0.name.lowercased() }, merge: { kept, other in
            if kept.url == nil { kept.url = other.url }
            kept.isOrganization = kept.isOrganization || other.isOrganization
        })
        metadata.authorURLs = authorURLs.ordered(identity: \.absoluteString)
        metadata.publishedDates = published.orderedExactly()
        metadata.modifiedDates = modified.orderedExactly()
        metadata.images = images.ordered(identity: \.url.absoluteString, merge: { kept, other in
            if kept.width == nil, kept.height == nil {
                kept.width = other.width
                kept.height = other.height
            }
            if kept.caption == nil { kept.caption = other.caption }
        }).filter { candidate in
            // Inline `data:` images are lazy-loading placeholders, never the real picture.
            candidate.value.url.scheme?.lowercased() != "data"
        }
        metadata.canonicalURLs = canonicalURLs.ordered(identity: \.absoluteString)
        metadata.siteNames = siteNames.orderedIgnoringCase()
        metadata.sections = sections.orderedIgnoringCase()
        metadata.tags = tags.orderedIgnoringCase()
        metadata.languages = languages.orderedIgnoringCase()
        metadata.direction = direction
        metadata.feeds = feeds
        metadata.publisherNames = publishers.orderedIgnoringCase()
        metadata.types = types.orderedIgnoringCase()
        metadata.twitterSites = twitterSites.orderedIgnoringCase()
        metadata.twitterCreators = twitterCreators.orderedIgnoringCase()
        metadata.baseURL = document.baseURL
        metadata.jsonLD = graph
        return metadata
    }
}
