import Foundation
import NewsScraperCore
import NewsScraperHTML

/// German op-eds open with an emphasised "Von X" paragraph naming the author.
enum GermanByline {
    static let prefix = "Von "

    @Sendable static func read(_ context: ExtractionContext) -> [String] {
        guard let selector = try? CSSSelector("div.ViewText-root > p > em, div.ViewText-root > p > i"),
              let emphasis = context.document.selectFirst(selector) else { return [] }
        let text = emphasis.text
        guard text.hasPrefix(prefix), text.count < 80 else { return [] }
        return [String(text.dropFirst(prefix.count))]
    }

    static func isByline(_ paragraph: HTMLNode) -> Bool {
        let children = paragraph.childElements
        guard children.count == 1, children[0].hasTagName("em") || children[0].hasTagName("i") else { return false }
        let text = paragraph.text
        return text.hasPrefix(prefix) && text.count < 80
    }
}

/// Read-more lists RT's editions put between paragraphs: German "Mehr zum
/// Thema" with its links, Spanish `strong + a` lists, French "Lire aussi".
enum ReadMoreLists {
    static let labels = ["Mehr zum Thema", "Lire aussi", "Leer más", "Читайте также", "Pročitajte još"]

    @Sendable static func remove(_ container: HTMLNode, _ context: ExtractionContext) {
        var removing = false
        for paragraph in container.childElements {
            guard paragraph.hasTagName("p") || paragraph.hasTagName("div") || paragraph.hasTagName("ul") else { continue }
            let text = paragraph.text
            if GermanByline.isByline(paragraph) {
                paragraph.remove()
                continue
            }
            if labels.contains(where: { text.hasPrefix($0) }) {
                paragraph.remove()
                removing = true
                continue
            }
            // A paragraph made of a bold label followed by links is a read-more list.
            let elements = paragraph.childElements
            if let first = elements.first, first.hasTagName("strong") || first.hasTagName("b"),
               elements.dropFirst().contains(where: { $0.hasTagName("a") }), isMostlyLinks(paragraph, ignoring: first) {
                paragraph.remove()
                removing = true
                continue
            }
            if removing && isMostlyLinks(paragraph, ignoring: nil) {
                paragraph.remove()
                continue
            }
            removing = false
        }
    }

    private static func isMostlyLinks(_ node: HTMLNode, ignoring label: HTMLNode?) -> Bool {
        let total = node.text.count - (label?.text.count ?? 0)
        guard total > 0 else { return true }
        let linked = node.descendants.filter { $0.hasTagName("a") }.reduce(0) { $0 + $1.text.count }
        return Double(linked) >= Double(total) * 0.6
    }
}

/// Pre-2017 rt.com pages print both dates as labelled text in the same kind of element.
enum LegacyDates {
    static let publishedLabel = "Published time:"
    static let editedLabel = "Edited time:"

    @Sendable static func published(_ text: String) -> String? {
        if text.contains(editedLabel) { return nil }
        return text.replacingOccurrences(of: publishedLabel, with: "").trimmingCharacters(in: .whitespaces)
    }

    @Sendable static func edited(_ text: String) -> String? {
        if text.contains(publishedLabel) { return nil }
        return text.replacingOccurrences(of: editedLabel, with: "").trimmingCharacters(in: .whitespaces)
    }
}
