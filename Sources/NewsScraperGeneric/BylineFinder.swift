import NewsScraperCore
import NewsScraperHTML

/// Finds the authors a page names in its visible byline, for pages whose
/// metadata names none. Bylines are recognised by markup (`rel=author`,
/// `itemprop=author`, class and id words such as `author` or `byline`), not
/// by their wording, and cleaned by the multilingual ``AuthorNormalizer``
/// ("By", "Von", "بقلم"… are stripped there).
enum BylineFinder {
    /// Class and id words that mark a byline or an author's name.
    static let markers: Set<String> = ["author", "byline", "by-line", "writer", "author-name", "authorname",
                                       "byline-name", "article-author", "post-author", "entry-author", "fn",
                                       "contributor", "byline__name", "author__name", "authors"]
    /// Words that mark the author of something else (a comment, a quote) or a bio box.
    static let excluded = ["comment", "reply", "review", "testimonial", "quote", "avatar", "bio", "about"]
    /// How many elements after the first `<h1>` a byline may appear.
    static let window = 120

    static func find(in context: ExtractionContext, publishers: [String]) -> Extracted<[Author]>? {
        guard let body = context.document.body else { return nil }
        let normalizer = AuthorNormalizer(publisherNames: publishers)
        var found: [Author] = []
        var detail = ""
        var examined = 0
        var sinceHeadline: Int?
        body.walk { node, event in
            guard event == .enter, node.isElement else { return .descend }
            let name = node.tagName
            if HTMLVocabulary.skippedForText.contains(name) || name == "nav" || name == "footer" { return .skipChildren }
            examined += 1
            // Bylines sit near the headline; names further down are contributors, commenters, related authors.
            if name == "h1", sinceHeadline == nil { sinceHeadline = 0 }
            if let count = sinceHeadline { sinceHeadline = count + 1 }
            if (sinceHeadline ?? 0) > window || examined > 3000 { return .stop }
            guard let marker = marker(of: node) else { return .descend }
            // A byline wrapping a more specific author element ("Posted by <span class=author>…"): use that one.
            if marker.hasPrefix(".byline") || marker == ".by-line",
               node.descendants.contains(where: { $0.isElement && Self.marker(of: $0).map { !$0.hasPrefix(".byline") } == true }) {
                return .descend
            }
            let text = node.text
            guard !text.isEmpty, text.utf8.count <= 160 else { return .descend }
            let names = normalizer.normalize([text])
            guard !names.isEmpty else { return .skipChildren }
            let link = node.hasTagName("a") ? node : node.descendants.first { $0.hasTagName("a") }
            for name in names where !found.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                found.append(Author(name: name, url: names.count == 1 ? link?.absoluteURL(forAttribute: "href") : nil))
            }
            detail = marker
            return found.count >= 4 ? .stop : .skipChildren
        }
        guard !found.isEmpty else { return nil }
        return Extracted(found, source: .selector, extractor: "generic", detail: detail)
    }

    /// How the element is marked as a byline, or `nil`.
    private static func marker(of node: HTMLNode) -> String? {
        if node.attribute("rel")?.lowercased().split(separator: " ").contains("author") == true { return "[rel=author]" }
        if node.attribute("itemprop")?.lowercased() == "author" { return "[itemprop=author]" }
        let tokens = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard !tokens.trimmingASCIISpaces.isEmpty else { return nil }
        let words = tokens.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard let hit = words.first(where: { markers.contains(String($0)) }) else { return nil }
        if TextSearch.containsAny(tokens, excluded) { return nil }
        return "." + hit
    }
}

private extension String {
    var trimmingASCIISpaces: Substring { self.drop(while: { $0 == " " }) }
}
