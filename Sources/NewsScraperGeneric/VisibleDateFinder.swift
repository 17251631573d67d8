import NewsScraperCore
import NewsScraperHTML

/// Finds a publication date printed near the headline, for pages whose
/// metadata has none. The multilingual date parser decides what is a date,
/// so this works for every language it reads.
enum VisibleDateFinder {
    /// How many text nodes after the headline are examined.
    static let window = 80

    static func find(in context: ExtractionContext) -> Extracted<String>? {
        guard let body = context.document.body else { return nil }
        var seenHeadline = false
        var examined = 0
        var found: String?
        body.walk { node, event in
            guard event == .enter else { return .descend }
            if node.isElement {
                if HTMLVocabulary.skippedForText.contains(node.tagName) { return .skipChildren }
                if node.hasTagName("h1") { seenHeadline = true; return .skipChildren }
                return .descend
            }
            guard seenHeadline, node.kind == .text else { return .skipChildren }
            examined += 1
            if examined > window { return .stop }
            let text = node.text
            guard text.count >= 6, text.count <= 48, text.contains(where: \.isNumber),
                  context.dateParser.parse(text) != nil else { return .skipChildren }
            found = text
            return .stop
        }
        return found.map { Extracted($0, source: .heuristic, extractor: "generic", detail: "text after h1") }
    }
}
