import NewsScraperHTML

/// Tells page chrome (navigation, share bars, comments, related links, ads)
/// from content by markup: tag names, roles, hidden state, and class and id
/// tokens. Class names are markup, not prose, so this holds in every language.
struct BoilerplateClassifier {
    static let chromeTags: Set<String> = [
        "nav", "footer", "aside", "button", "select", "input", "textarea", "form", "iframe", "script", "style",
        "noscript", "svg", "template", "object", "embed", "label", "dialog", "menu",
    ]

    static let chromeTokens = [
        "comment", "sidebar", "footer", "share", "sharing", "social", "related", "promo", "newsletter", "subscribe",
        "navbar", "navigation", "menu", "breadcrumb", "cookie", "consent", "banner", "advert", "ad-slot", "adslot",
        "ad-container", "ads-", "sponsor", "popup", "modal", "widget", "recommend", "outbrain", "taboola", "signup",
        "sign-up", "read-more", "readmore", "more-stories", "also-read", "see-also", "trending", "most-read",
        "popular", "masthead", "toolbar", "pagination", "pager", "skip-link", "visually-hidden", "sr-only",
        "screen-reader", "print-only", "tags", "tag-list", "byline", "author-bio", "post-meta",
        "article-meta", "timestamp", "dateline", "caption", "credit", "disclaimer", "rtcode", "embed", "subscription",
        "paywall", "login", "donate", "survey", "feedback", "follow", "print", "jump-link",
    ]

    static let contentTokens = ["article", "content", "body", "main", "post", "story", "entry", "text", "prose"]

    /// Whether the element is chrome, judged by itself (not by its ancestors).
    func isChrome(_ node: HTMLNode) -> Bool {
        let name = node.tagName
        if Self.chromeTags.contains(name) {
            // Some sites wrap the whole page in one form (ASP.NET): only small forms are chrome.
            return name != "form" || node.childElements.count < 8
        }
        if node.hasAttribute("hidden") || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = node.attribute("role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "search"]
            .contains(role) {
            return true
        }
        let tokens = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard tokens.count > 1 else { return false }
        guard Self.chromeTokens.contains(where: { tokens.contains($0) }) else { return false }
        // "article-body share-tools" is chrome; "article-content" with a stray "related" token is not,
        // unless it is small, which the caller judges by text.
        if name == "article" || name == "main" || name == "body" || name == "html" { return false }
        let contentish = Self.contentTokens.contains { tokens.contains($0) }
        return !contentish || Self.strongChromeTokens.contains { tokens.contains($0) }
    }

    static let strongChromeTokens = ["comment", "share", "social", "related", "newsletter", "cookie", "advert",
                                      "outbrain", "taboola", "read-more", "readmore", "recommend", "rtcode", "subscribe"]
}
