import Foundation

extension HTMLNode {
    /// The absolute URL in an attribute (such as `href` or `src`), resolved
    /// against the document's base URL (`<base href>`, else the page URL).
    /// `nil` when the attribute is missing, empty, or not a URL.
    public func absoluteURL(forAttribute name: String) -> URL? {
        guard let raw = attribute(name) else { return nil }
        return document.resolveURL(raw)
    }
}

extension HTMLDocument {
    /// Resolves a URL as written in the page against the base URL.
    /// Fragment-only and `javascript:` links give `nil`.
    public func resolveURL(_ raw: String) -> URL? {
        let trimmed = raw.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#"),
              !trimmed.lowercased().hasPrefix("javascript:") else { return nil }
        if let url = URL(string: trimmed, relativeTo: baseURL) { return url.absoluteURL }
        // Pages put spaces and non-ASCII characters in links; browsers escape them.
        let escaped = trimmed.addingPercentEncoding(withAllowedCharacters: .urlAllowedInLinks) ?? trimmed
        return URL(string: escaped, relativeTo: baseURL)?.absoluteURL
    }
}

extension CharacterSet {
    static let urlAllowedInLinks: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.formUnion(.urlPathAllowed)
        set.insert(charactersIn: "#%")
        return set
    }()
}
