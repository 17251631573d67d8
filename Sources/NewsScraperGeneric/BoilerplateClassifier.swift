import NewsScraperHTML

/// Tells page chrome (navigation, share bars, comments, related links, ads)
/// from content by markup: tag names, roles, hidden state, and class and id
/// words. Class names are markup, not prose, so this holds in every language.
struct BoilerplateClassifier {
    /// How sure the markup is that an element is chrome.
    enum Level: UInt8, Comparable {
        case none
        /// A class word that often marks chrome but also wraps whole pages
        /// ("sidebar-layout", "widget Blog"): the caller weighs it by size.
        case weak
        /// A class word that nearly always marks chrome (comments, sharing,
        /// ads); only a wrapper holding most of the page escapes it.
        case strong
        /// Chrome whatever its size: hidden, or a chrome tag or role.
        case hard

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    static let chromeTags: Set<String> = [
        "nav", "footer", "aside", "button", "select", "input", "textarea", "form", "iframe", "script", "style",
        "svg", "template", "object", "embed", "label", "dialog", "menu",
    ]

    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "search",
    ]

    /// Class and id words (split on "-", "_", spaces and case changes) that mark chrome outright.
    static let strongWords: Set<String> = [
        "comment", "comments", "share", "sharing", "sharebar", "social", "related", "newsletter", "cookie",
        "cookies", "consent", "advert", "advertisement", "ads", "adslot", "outbrain", "taboola", "recommended",
        "recommendations", "subscribe", "subscription", "popup", "breadcrumb", "breadcrumbs",
        "invisible", "offscreen", "disqus", "sponsored", "promoted",
    ]

    /// Words that usually mark chrome but also appear on page-wide wrappers.
    /// ("widget" is left out: page builders wrap every text block in one.)
    static let weakWords: Set<String> = [
        "sidebar", "footer", "navbar", "nav", "navigation", "menu", "banner", "ad", "sponsor", "promo",
        "recommend", "signup", "trending", "popular", "masthead", "toolbar", "pagination", "pager", "skip", "tags",
        "tag", "byline", "author", "bio", "meta", "timestamp", "dateline", "caption", "credit", "credits",
        "disclaimer", "login", "donate", "survey", "feedback", "follow", "print", "jump", "more", "readmore",
        "also", "header", "topbar", "login", "account", "search", "rail", "aside", "teaser", "teasers", "headlines",
        "carousel", "slider", "ticker", "overlay", "toc", "copyright", "legal", "hidden", "paywall", "modal",
    ]

    static let contentWords: Set<String> = [
        "article", "content", "body", "main", "post", "story", "entry", "text", "prose", "blog", "single",
    ]

    /// What the markup says about one element: how surely it is chrome, and
    /// how many hints say it holds the main content.
    struct Judgement {
        var level = Level.none
        /// Content class words, an `<article>`/`<main>` tag, `itemprop=articleBody`.
        var contentHints = 0
    }

    /// The judgement of the element by itself (not by its ancestors).
    func judge(_ node: HTMLNode, name: String) -> Judgement {
        var judgement = Judgement()
        judgement.level = level(node, name: name, hints: &judgement.contentHints)
        if name == "article" || name == "main" { judgement.contentHints += 1 }
        return judgement
    }

    private func level(_ node: HTMLNode, name: String, hints: inout Int) -> Level {
        // Usually a tracking pixel or a "turn on JavaScript" line; sometimes a whole page's content.
        if name == "noscript" { return .weak }
        if Self.chromeTags.contains(name) {
            // Some sites wrap the whole page in one form (ASP.NET): only small forms are chrome.
            return name != "form" || node.childElements.count < 8 ? .hard : .none
        }
        guard node.hasAnyAttribute else { return .none }
        // Direct lookups compare names in place; materialising every attribute
        // (hrefs, srcs, data-*) for each element cost more than the rest of this.
        if node.hasAttribute("hidden") && !Self.isStreamedSegment(node) || node.attribute("aria-hidden") == "true" {
            return .hard
        }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { hints += 2 }
        let classValue = node.attribute("class")
        let idValue = node.attribute("id")
        let styleValue = node.attribute("style")
        let roleValue = node.attribute("role")
        if let style = styleValue, Self.hidesElement(style) { return .hard }
        if let role = roleValue?.lowercased(), Self.chromeRoles.contains(role) { return .hard }
        var weak = false, strong = false, content = false
        for value in [classValue, idValue] {
            guard let value else { continue }
            Self.forEachWord(value) { word in
                if Self.strongWords.contains(word) { strong = true }
                else if Self.weakWords.contains(word) { weak = true }
                else if Self.contentWords.contains(word) { content = true }
            }
        }
        if content { hints += 1 }
        if name == "article" || name == "main" || name == "body" || name == "html" { return .none }
        if strong { return .strong }
        // "article-body" with a stray "meta" word is content; "byline" alone is not.
        return weak && !content ? .weak : .none
    }

    /// React's streaming renderer sends each late part of a page as `<div hidden id="S:n">`, which a
    /// script moves into its place on arrival: it is the content of the page, not hidden chrome.
    static func isStreamedSegment(_ node: HTMLNode) -> Bool {
        guard let id = node.attribute("id"), id.hasPrefix("S:") else { return false }
        return id.utf8.count > 2 && id.utf8.dropFirst(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// `display:none` or `visibility:hidden`, ignoring spaces and case.
    static func hidesElement(_ style: String) -> Bool {
        let compact = String(style.lowercased().unicodeScalars.filter { $0 != " " })
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Calls `body` with each lowercase word of a class or id value; words
    /// break at anything but ASCII letters and at lower-to-upper case changes
    /// ("shareBar" → "share", "bar"), so tokens are matched whole, never as
    /// substrings ("sprint" is not "print").
    static func forEachWord(_ value: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        var previousLower = false
        func flush() {
            if !word.isEmpty { body(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isUpper {
                if previousLower { flush() }
                word.append(byte + 0x20)
            } else if isLower {
                word.append(byte)
            } else {
                flush()
            }
            previousLower = isLower
        }
        flush()
    }
}
