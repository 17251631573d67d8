/// A parsed XML element as a plain value: feeds and sitemaps are read by
/// local name, so namespaces (`news:`, `atom:`, `dc:`) are kept only as a prefix.
struct ParsedXMLElement: Sendable {
    /// The local name, without prefix (`publication_date` for `news:publication_date`).
    var name: String
    /// The namespace prefix, if any (`news`).
    var prefix: String?
    /// Attributes by local name.
    var attributes: [String: String]
    var children: [ParsedXMLElement]
    /// The element's own text and CDATA, concatenated (not its children's).
    var text: String

    /// The first child element with this local name.
    func child(_ localName: String) -> ParsedXMLElement? {
        children.first { $0.name == localName }
    }

    /// All child elements with this local name.
    func children(_ localName: String) -> [ParsedXMLElement] {
        children.filter { $0.name == localName }
    }

    /// The trimmed text of the first child with this local name, if not empty.
    func childText(_ localName: String) -> String? {
        guard let value = child(localName)?.deepText.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// The text of this element and all its descendants.
    var deepText: String {
        children.isEmpty ? text : text + children.map(\.deepText).joined()
    }
}

import Foundation
