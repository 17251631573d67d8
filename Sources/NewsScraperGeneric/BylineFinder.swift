import Foundation
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
    /// Words that mark the author of something else (a comment, a quote, a fact-check's statement,
    /// a related story's link) or a bio box.
    static let excluded = ["comment", "reply", "review", "testimonial", "quote", "statement", "related", "avatar", "bio",
                           "about"]
    /// The words of ``excluded`` that name other work: an author element marked with one holds
    /// that work's author throughout (`<div class="statement-author"><h4 class="author">…`), while
    /// a bio box or an avatar may wrap the article's own byline.
    static let otherWork = ["comment", "reply", "review", "testimonial", "quote", "statement", "related"]
    /// How many elements after the first `<h1>` a byline may appear.
    static let window = 120
    /// How many elements after the first `<h1>` an unmarked byline ("By Jane Doe", or a
    /// "Written by" label followed by the name) may appear.
    static let labelWindow = 40
    /// Class and id words that mark a byline when they are one part of a compound class name
    /// (`post-hero__author__name`, `article-authorname`, `the-byline`).
    static let markerParts: Set<String> = ["author", "authorname", "byline", "authors"]

    static func find(in context: ExtractionContext, publishers: [String]) -> Extracted<[Author]>? {
        guard let body = context.document.body else { return nil }
        let normalizer = AuthorNormalizer(publisherNames: publishers)
        var found: [Author] = []
        // Co-authors are named together: once a byline is found, only its neighbourhood (the
        // element's grandparent) is read on; later author elements belong to other stories or boxes.
        var scope: HTMLNode?
        var detail = ""
        var examined = 0
        var sinceHeadline: Int?
        body.walk { node, event in
            guard event == .enter, node.isElement else { return .descend }
            if node.isSkippedForText { return .skipChildren }
            let name = node.tagName
            if name == "nav" || name == "footer" { return .skipChildren }
            // A figure's credit names its photographer or illustrator, not the article's author.
            if name == "figure" || name == "figcaption" { return .skipChildren }
            // A block of other stories (related, recommended, popular) credits their authors, a
            // block of comments or testimonials the people quoted.
            let attributes = MarkupAttributes(node)
            if attributes.holdOtherStories { return .skipChildren }
            examined += 1
            // Bylines sit near the headline; names further down are contributors, commenters, related authors.
            if name == "h1", sinceHeadline == nil { sinceHeadline = 0 }
            if let count = sinceHeadline { sinceHeadline = count + 1 }
            if (sinceHeadline ?? 0) > window || examined > 3000 { return .stop }
            if let scope, !scope.contains(node) { return .stop }
            let marking = marker(of: node, attributes)
            if case .otherWork = marking { return .skipChildren }
            guard case .byline(let marker) = marking else {
                guard found.isEmpty, let count = sinceHeadline, count <= labelWindow else { return .descend }
                if let names = profileLinkNames(node, normalizer: normalizer) {
                    found = names.map { Author(name: $0, url: names.count == 1 ? node.absoluteURL(forAttribute: "href") : nil) }
                    detail = "author profile link"
                    return .stop
                }
                guard let names = labelledNames(node, normalizer: normalizer) else { return .descend }
                for name in names.names where !found.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                    found.append(Author(name: name, url: nil))
                }
                detail = names.detail
                return .stop
            }
            // A byline wrapping a more specific author element ("Posted by <span class=author>…"): use that one.
            if marker.hasPrefix(".byline") || marker == ".by-line", node.descendants.contains(where: {
                guard $0.isElement, case .byline(let inner) = Self.marker(of: $0) else { return false }
                return !inner.hasPrefix(".byline")
            }) {
                return .descend
            }
            guard let text = node.text(maxUTF8Count: 160), !text.isEmpty else { return .descend }
            let names = normalizer.normalize([text])
            guard !names.isEmpty else { return .skipChildren }
            let link = node.hasTagName("a") ? node : node.descendants.first { $0.hasTagName("a") }
            for name in names where !found.contains(where: { $0.name.lowercased() == name.lowercased() }) {
                found.append(Author(name: name, url: names.count == 1 ? link?.absoluteURL(forAttribute: "href") : nil))
            }
            detail = marker
            if scope == nil { scope = node.parent?.parent ?? node }
            return found.count >= 4 ? .stop : .skipChildren
        }
        guard !found.isEmpty else { return nil }
        return Extracted(found, source: .selector, extractor: "generic", detail: detail)
    }

    /// Path segments and query names of author profile addresses, in several languages
    /// (`/author/jane-doe`, `/autoren/anna-mueller`, `/blog?author=…`).
    static let profileSegments: Set<String> = [
        "author", "authors", "autor", "autores", "autoren", "auteur", "auteurs", "autore", "autori", "autorzy",
        "yazar", "yazarlar", "avtor", "автор", "авторы", "كاتب", "writer", "writers", "contributor", "contributors",
        "columnist", "columnists", "journalist", "journalists", "reporter", "reporters", "redakteur", "redacteur",
    ]

    /// The name a link to an author's profile page shows, when the address spells it
    /// (`<a href="/author/yucy/">Yucy</a>`).
    private static func profileLinkNames(_ node: HTMLNode, normalizer: AuthorNormalizer) -> [String]? {
        guard node.hasTagName("a"), let url = node.absoluteURL(forAttribute: "href"),
              let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return nil }
        let segments = components.path.lowercased().split(separator: "/").map(String.init)
        var slug: String?
        if let index = segments.firstIndex(where: { profileSegments.contains($0) }), index + 1 < segments.count {
            slug = segments[index + 1]
        } else if let item = components.queryItems?.first(where: { profileSegments.contains($0.name.lowercased()) }) {
            slug = item.value?.lowercased()
        }
        guard let slug, !slug.isEmpty else { return nil }
        guard let text = node.text(maxUTF8Count: 80), !text.isEmpty else { return nil }
        let names = normalizer.normalize([text])
        // The address must spell the name (`/authors/chris-toy` for "Chris Toy"): links to a list of
        // contributors or a bio ("Full Bio") are no byline.
        let letters = { (value: String) in value.lowercased().filter(\.isLetter) }
        let key = letters(slug)
        guard key.count >= 3, names.count == 1, let name = names.first,
              letters(name).contains(key) || key.contains(letters(name)) else { return nil }
        return names
    }

    /// Names in an element that is a byline by its wording, not its markup: a label alone
    /// ("Written by", "Auteur :") whose name is the next element, or text that starts with one
    /// ("By Jane Doe"). Headings and controls are never bylines.
    private static func labelledNames(_ node: HTMLNode, normalizer: AuthorNormalizer)
        -> (names: [String], detail: String)? {
        switch node.tagName {
        case "h1", "h2", "h3", "h4", "button", "select", "option", "label", "form": return nil
        default: break
        }
        // Bounded: this runs on the large containers around the headline too.
        guard let text = node.text(maxUTF8Count: 100), !text.isEmpty else { return nil }
        if AuthorNormalizer.isBylineLabel(text) {
            guard let next = node.nextElementSibling ?? node.parent?.nextElementSibling else { return nil }
            guard let nameText = next.text(maxUTF8Count: 100), !nameText.isEmpty else { return nil }
            let names = normalizer.normalize([nameText])
            return names.isEmpty ? nil : (names, "label + next element")
        }
        guard AuthorNormalizer.startsWithBylineLabel(text) else { return nil }
        // "By <a>Jane Doe</a> · Updated …": the name is the element after the label. Other mixed
        // content is left to the children, which are visited next.
        let elements = node.childElements
        // Markup gives no sign here, so one word after "By" is too weak: it is as often a word ("By Link").
        let fullNames = { (names: [String]) in names.allSatisfy { $0.split(separator: " ").count >= 2 } }
        if elements.isEmpty {
            let names = normalizer.normalize([text])
            return names.isEmpty || !fullNames(names) ? nil : (names, "labelled text")
        }
        guard let first = node.firstChild, first.kind == .text, AuthorNormalizer.isBylineLabel(first.text),
              let nameElement = first.nextElementSibling else { return nil }
        let names = normalizer.normalize([nameElement.text])
        return names.isEmpty || !fullNames(names) ? nil : (names, "label + element")
    }

    /// A compound class name whose last part, or the part before `name`, is a byline word
    /// (`post-hero__author__name`, `the-byline`, `blog__authorname`), not one where the word
    /// qualifies something else (`author-tooltip__link`, `author-list`).
    private static func isCompoundMarker(_ word: Substring) -> Bool {
        let parts = word.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard parts.count >= 2 else { return false }
        for (index, part) in parts.enumerated() where markerParts.contains(part) {
            if part == "authorname" || index == parts.count - 1 || parts[index + 1] == "name" { return true }
        }
        return false
    }

    /// How an element is marked.
    enum Marking {
        /// A byline, marked this way (`[rel=author]`, `.byline`).
        case byline(String)
        /// The author of other work: a comment, a quote, a related story (see ``otherWork``).
        case otherWork
        /// Not as an author at all, or as a bio box.
        case none
    }

    /// How the element is marked.
    private static func marker(of node: HTMLNode) -> Marking {
        marker(of: node, MarkupAttributes(node))
    }

    /// How the element is marked, given its ``MarkupAttributes``.
    private static func marker(of node: HTMLNode, _ attributes: MarkupAttributes) -> Marking {
        if attributes.rel?.value?.lowercased().split(separator: " ").contains("author") == true {
            return .byline("[rel=author]")
        }
        if attributes.itemprop?.value?.lowercased() == "author" { return .byline("[itemprop=author]") }
        guard attributes.mayMarkByline else { return .none }
        return classOrIDMarking(of: node)
    }

    /// How the element's class or id words mark it as a byline, or `nil`.
    static func classOrIDMarker(of node: HTMLNode) -> String? {
        guard case .byline(let marker) = classOrIDMarking(of: node) else { return nil }
        return marker
    }

    /// How the element's class or id words mark it.
    static func classOrIDMarking(of node: HTMLNode) -> Marking {
        let tokens = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard !tokens.trimmingASCIISpaces.isEmpty else { return .none }
        let words = tokens.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        guard let hit = words.first(where: { markers.contains(String($0)) }) ?? words.first(where: isCompoundMarker)
        else { return .none }
        if TextSearch.containsAny(tokens, otherWork) { return .otherWork }
        if TextSearch.containsAny(tokens, excluded) { return .none }
        return .byline("." + hit)
    }
}

extension BylineFinder {
    /// Lowercase fragments of which every byline class or id word holds one: each of ``markers``
    /// does, and a compound marker holds one of ``markerParts`` ("author…" or "byline").
    static let markerFragments: [[UInt8]] = ["author", "byline", "by-line", "writer", "fn", "contributor"]
        .map { Array($0.utf8) }

    /// Whether the element's class or id can mark it as a byline: false when neither holds one of
    /// ``markerFragments``, ignoring ASCII case. Decided over the attribute bytes in place, because
    /// this runs for every element near the headline and almost none is a byline; the full test
    /// (``classOrIDMarker(of:)``) lowercases, splits and looks up every word. (Unicode lowercasing
    /// turns no non-ASCII character into a letter of these fragments but "K", which none holds.)
    static func classOrIDMayMarkByline(_ node: HTMLNode) -> Bool {
        MarkupAttributes(node).mayMarkByline
    }
}

extension BylineFinder {
    /// Lowercase fragments of the class and id words of blocks that list other stories, the
    /// comments on this one, or testimonials. (Not "review": a review article's own wrapper says it.)
    static let otherStoriesFragments: [[UInt8]] = ["related", "recommend", "popular", "trending", "comment",
                                                   "testimonial"].map { Array($0.utf8) }

    /// ``markerFragments`` and ``otherStoriesFragments``, made ready for searching.
    static let markerSearch = FragmentSearch(markerFragments)
    static let otherStoriesSearch = FragmentSearch(otherStoriesFragments)

    /// Lowercase ASCII fragments to find in bytes, ignoring ASCII case, as
    /// ``containsFragment(of:in:)`` finds them: bytes that cannot start a fragment are passed with
    /// one bit test, where the search compared each with the initial of every fragment.
    struct FragmentSearch {
        let fragments: [[UInt8]]
        /// A bit for each ASCII byte, either case, that starts a fragment.
        private let initials: (low: UInt64, high: UInt64)

        init(_ fragments: [[UInt8]]) {
            var initials: (low: UInt64, high: UInt64) = (0, 0)
            for fragment in fragments {
                precondition(!fragment.isEmpty && fragment.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) })
                let initial = fragment[0]
                for byte in (0x61...0x7A).contains(initial) ? [initial, initial - 0x20] : [initial] {
                    if byte < 64 { initials.low |= 1 << UInt64(byte) } else { initials.high |= 1 << UInt64(byte - 64) }
                }
            }
            self.fragments = fragments
            self.initials = initials
        }

        /// Whether the bytes hold one of the fragments, ignoring ASCII case.
        func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for start in bytes.indices {
                let byte = bytes[start]
                guard byte < 0x80, (byte < 64 ? initials.low >> UInt64(byte) : initials.high >> UInt64(byte - 64)) & 1 != 0
                else { continue }
                let initial = Self.lowercase(byte)
                for fragment in fragments where fragment[0] == initial && start + fragment.count <= bytes.count {
                    var offset = 1
                    while offset < fragment.count, Self.lowercase(bytes[start + offset]) == fragment[offset] { offset += 1 }
                    if offset == fragment.count { return true }
                }
            }
            return false
        }

        private static func lowercase(_ byte: UInt8) -> UInt8 { (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte }
    }

    /// Whether the bytes hold one of `fragments`, ignoring ASCII case (the plain search, which
    /// ``FragmentSearch`` answers faster).
    static func containsFragment(of fragments: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func lowercase(_ byte: UInt8) -> UInt8 { (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte }
        for start in bytes.indices {
            let initial = lowercase(bytes[start])
            for fragment in fragments where fragment[0] == initial && start + fragment.count <= bytes.count {
                if fragment.indices.allSatisfy({ lowercase(bytes[start + $0]) == fragment[$0] }) { return true }
            }
        }
        return false
    }
}

private extension String {
    var trimmingASCIISpaces: Substring { self.drop(while: { $0 == " " }) }
}

extension MarkupAttributes {
    /// Whether the class or id holds one of ``BylineFinder/markerFragments`` (see
    /// ``BylineFinder/classOrIDMayMarkByline(_:)``).
    var mayMarkByline: Bool { classOrIDContains(BylineFinder.markerSearch) }

    /// Whether the class or id marks a block of other stories, comments or testimonials
    /// (``BylineFinder/otherStoriesFragments``), ignoring ASCII case.
    var holdOtherStories: Bool { classOrIDContains(BylineFinder.otherStoriesSearch) }

    private func classOrIDContains(_ search: BylineFinder.FragmentSearch) -> Bool {
        var found = false
        classList?.withValueUTF8 { found = search.occurs(in: $0) }
        if !found { id?.withValueUTF8 { found = search.occurs(in: $0) } }
        return found
    }
}
