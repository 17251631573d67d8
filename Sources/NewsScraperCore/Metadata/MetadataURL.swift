import Foundation

/// Resolves URLs found in JSON-LD, which may be relative or contain spaces,
/// the same way the HTML layer resolves links.
enum MetadataURL {
    static func resolve(_ raw: String?, against base: URL?) -> URL? {
        guard let raw else { return nil }
        let trimmed = raw.trimmingWhitespacesAndNewlines()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.lowercased().hasPrefix("javascript:"),
              !trimmed.lowercased().hasPrefix("data:") else { return nil }
        if let url = URL(string: trimmed, relativeTo: base)?.absoluteURL, url.scheme != nil { return url }
        var allowed = CharacterSet.urlQueryAllowed
        allowed.formUnion(.urlPathAllowed)
        allowed.insert(charactersIn: "#%")
        let escaped = trimmed.addingPercentEncoding(withAllowedCharacters: allowed) ?? trimmed
        guard let url = URL(string: escaped, relativeTo: base)?.absoluteURL, url.scheme != nil else { return nil }
        return url
    }

    /// Whether a value is an absolute web address rather than a name; used
    /// where fields such as `article:author` hold either.
    static func looksLikeWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//")
    }
}
