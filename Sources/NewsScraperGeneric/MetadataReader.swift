import Foundation
import NewsScraperCore
import NewsScraperHTML

/// Reads the metadata fields of any page, each from the most reliable source
/// that has it, with provenance.
struct MetadataReader {
    let context: ExtractionContext
    let extractor: String

    func fields() -> ExtractedFields {
        var fields = structuredFields()
        fields.title = title(siteName: fields.siteName?.value)
        if fields.published == nil { fields.published = timeElement() ?? VisibleDateFinder.find(in: context) }
        return fields
    }

    // MARK: Fields

    private func title(siteName: String?) -> Extracted<String>? {
        let headings = context.document.body?.descendants.lazy.filter { $0.hasTagName("h1") }.prefix(3).map(\.text)
            .filter { !$0.isEmpty } ?? []
        let social = metaField(["og:title", "twitter:title", "dc.title", "parsely-title"], field: .title)
        let documentTitle = context.document.title
        // The visible headline is what readers see; social titles are often rewritten.
        // Trust an <h1> that the other titles agree with, or the only <h1> on the page.
        for heading in headings {
            let lower = heading.lowercased()
            let agrees = [social?.value, documentTitle].compactMap { $0?.lowercased() }.contains {
                $0.contains(lower) || lower.contains($0)
            }
            if agrees || headings.count == 1 && heading.count >= 10 && heading.lowercased() != siteName?.lowercased() {
                return Extracted(heading, source: .selector, extractor: extractor, detail: "h1")
            }
        }
        if let social { return social }
        if let documentTitle { return Extracted(documentTitle, source: .meta, extractor: extractor, detail: "title") }
        return nil
    }

    private func timeElement() -> Extracted<String>? {
        guard let body = context.document.body else { return nil }
        for node in body.descendants where node.hasTagName("time") {
            if let value = node.attribute("datetime"), !value.isEmpty {
                return Extracted(value, source: .selector, extractor: extractor, detail: "time[datetime]")
            }
        }
        return nil
    }

    // MARK: Sources

    private func metaField(_ names: [String], field: Field) -> Extracted<String>? {
        for name in names {
            if let value = context.meta(name) {
                let source: Provenance.Source = name.hasPrefix("og:") || name.hasPrefix("article:") ? .openGraph : .meta
                return Extracted(decodeEntities(value), source: source, extractor: extractor, detail: "meta[\(name)]")
            }
        }
        return nil
    }

    private func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&#039;", with: "'")
    }
}
