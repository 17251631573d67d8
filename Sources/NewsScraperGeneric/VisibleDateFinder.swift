import Foundation
import NewsScraperCore
import NewsScraperHTML

/// Finds the date a page prints by its headline: below it, or just above it
/// (where many templates put the date over the title). The multilingual date
/// parser decides what is a date, so this works for every language it reads.
enum VisibleDateFinder {
    /// How many text nodes after the headline are examined: enough to pass a buying guide's
    /// table of contents (a label and a link per product) between the headline and the byline.
    static let window = 100
    /// How far after the headline a date may stand and still win over an update printed closer.
    static let nearWindow = 30
    /// How much text (UTF-8 bytes) may stand between the headline and a date that still counts
    /// as near it: a standfirst, a caption and a byline, not the article's paragraphs.
    static let nearText = 600
    /// How many levels above the headline its block starts (the headline's container and the
    /// one holding it, where templates put a date over the title).
    static let blockLevels = 2
    /// How many text nodes just before the headline are examined.
    static let windowBefore = 8
    /// Words that say a date is an update, not the publication, in several languages.
    static let updateWords = ["updated", "update", "modified", "revised", "aktualisiert", "geändert", "mis à jour",
                              "modifié", "actualizado", "actualizada", "actualización", "atualizado", "aggiornato",
                              "bijgewerkt", "zaktualizowano", "обновлено", "обновлен", "изменено", "güncellendi",
                              "تحديث", "آخر تحديث", "更新"]

    /// A date printed by the headline.
    struct Found {
        var date: Extracted<String>
        /// Whether the page labels it as an update ("Updated March 3, 2025").
        var isUpdate: Bool
        /// Whether it stands close to the headline (above it, or among the first text after it).
        var isNear: Bool
        /// The first date close to the headline that the page labels as an update: the page's
        /// modification date, whichever date is found.
        var update: Extracted<String>? = nil
    }

    /// The date printed by the headline that is not labelled as an update (below the headline
    /// first, then the nearest above it), else the first labelled as one.
    /// - Parameters:
    ///   - headline: The page's title as extracted: the `<h1>` that holds it is the headline (a
    ///     page may put its name in an earlier `<h1>`); else the first `<h1>`; on a page without
    ///     one, the element that shows the title as its whole text.
    ///   - siteName: The site's name: a title that is only the site's name is no headline to find
    ///     without an `<h1>` (it names a home or section page, and stands in its header).
    static func find(in context: ExtractionContext, headline: String? = nil, siteName: String? = nil) -> Found? {
        guard let body = context.document.body else { return nil }
        let title = headline?.lowercased()
        // The headline is most often the first <h1>, early in the page: the search stops there
        // rather than collecting every <h1> of the body first.
        let titled = title.flatMap { title in body.firstDescendantElement(named: "h1") { $0.text.lowercased() == title } }
        let shown = { () -> HTMLNode? in
            guard let headline, let title, title != siteName?.lowercased() else { return nil }
            return shownTitle(headline, in: body)
        }
        guard let target = titled ?? body.firstDescendantElement(named: "h1", where: { _ in true }) ?? shown()
        else { return labelledAnywhere(in: body, context) }
        var block = target
        for _ in 0..<blockLevels { block = block.parent ?? block }
        // The texts are read in document order, passing over what a reader does not see as the
        // page's text and quotations and embedded posts (tweets are blockquotes), which carry the
        // date of what they quote. A headline inside such an element is never reached.
        func isPassedOver(_ element: HTMLNode) -> Bool { element.isSkippedForText || element.hasTagName("blockquote") }
        guard target != body else { return nil }
        var ancestor: HTMLNode? = target
        while let current = ancestor, current != body {
            if isPassedOver(current) { return nil }
            ancestor = current.parent
        }
        guard ancestor == body else { return nil }
        // Above the headline, only its own block counts: a date in the site's header is today's. So
        // only the block is read up to the headline (or the body, if the block holds it), not all
        // that comes before it: most of a page is above its headline and outside the block.
        let blockInBody = block.contains(body) ? body : block
        var before: [String] = []
        blockInBody.walk { node, event in
            guard event == .enter else { return .descend }
            if node.isElement {
                if node == target { return .stop }
                return isPassedOver(node) ? .skipChildren : .descend
            }
            guard node.kind == .text, !node.isBlankText else { return .skipChildren }
            before.append(node.text)
            if before.count > windowBefore { before.removeFirst() }
            return .skipChildren
        }
        // Then the texts after the headline, to the end of the body.
        func followingSkippingChildren(_ node: HTMLNode) -> HTMLNode? {
            var current = node
            while current != body {
                if let sibling = current.nextSibling { return sibling }
                guard let parent = current.parent else { return nil }
                current = parent
            }
            return nil
        }
        var after: [String] = []
        var upcoming = followingSkippingChildren(target)
        while let node = upcoming, after.count < window {
            if node.isElement {
                upcoming = isPassedOver(node) ? followingSkippingChildren(node) : node.firstChild ?? followingSkippingChildren(node)
                continue
            }
            if node.kind == .text, !node.isBlankText { after.append(node.text) }
            upcoming = followingSkippingChildren(node)
        }
        var candidates: [Found] = []
        func consider(_ texts: [String], _ index: Int, detail: String, isNear: Bool) {
            let text = texts[index]
            let length = characterCount(of: text, upTo: 48)
            guard length >= 6, length <= 48, containsNumber(text),
                  context.dateParser.parse(text) != nil else { return }
            // The label is in the date's own text or in the short text just before it.
            let label = text + " " + (index > 0 && characterCount(of: texts[index - 1], upTo: 40) <= 40 ? texts[index - 1] : "")
            let isUpdate = TextSearch.containsAny(label.lowercased(), updateWords)
            candidates.append(Found(date: Extracted(text, source: .heuristic, extractor: "generic", detail: detail),
                                    isUpdate: isUpdate, isNear: isNear))
        }
        // Text read past the headline before each text: once the article's own text has begun, a
        // date is a list's or a sidebar's, not the byline's.
        var textBefore = 0
        for index in after.indices {
            consider(after, index, detail: "text after h1", isNear: index < nearWindow && textBefore <= nearText)
            textBefore += after[index].utf8.count
        }
        for index in before.indices.reversed() { consider(before, index, detail: "text before h1", isNear: true) }
        var found = candidates.first { !$0.isUpdate && $0.isNear } ?? candidates.first ?? labelledAnywhere(in: body, context)
        found?.update = candidates.first { $0.isUpdate && $0.isNear }?.date
        return found
    }

    /// The element whose text is the title, on a page that sets its headline in a `<p>`, a `<div>`
    /// or a lower heading: page builders often do.
    static func shownTitle(_ title: String, in body: HTMLNode) -> HTMLNode? {
        let wanted = title.lowercased()
        // A text node's own bytes are never fewer than its text's (the text only collapses
        // whitespace), and a headline's seldom carry more than a line break and an indent.
        let length = title.utf8.count
        var found: HTMLNode?
        body.walk { node, event in
            guard event == .enter else { return .descend }
            if node.isElement { return node.isSkippedForText ? .skipChildren : .descend }
            guard node.kind == .text else { return .skipChildren }
            var fits = false
            _ = node.withContentUTF8 { fits = $0.count >= length && $0.count <= length + 64 }
            guard fits, node.text.lowercased() == wanted else { return .skipChildren }
            found = node.parent
            return .stop
        }
        return found
    }

    /// `min(text.count, limit + 1)`: the Character count only as far as a bound needs it.
    /// Counting Characters means finding grapheme breaks, and most text by a headline is a
    /// paragraph far longer than the bounds here.
    static func characterCount(of text: String, upTo limit: Int) -> Int {
        // Over ASCII without a carriage return, every byte is a Character (a grapheme break
        // falls between any two ASCII characters but CR LF), so the bytes answer when they
        // are ASCII one past the bound: a combining mark after the last counted one would
        // join it. Most of these texts are ASCII.
        // A plain loop: the generic `prefix(_:).contains(where:)` over the UTF-8 view cost
        // thousands of instructions per text in profiles.
        let utf8 = text.utf8
        var checked = 0
        for byte in utf8 {
            if byte >= 0x80 || byte == 0x0D { return characterCountByScalars(of: text, upTo: limit) }
            checked += 1
            if checked == limit + 2 { break }
        }
        return min(utf8.count, limit + 1)
    }

    /// ``characterCount(of:upTo:)`` for text beyond ASCII: counted by scalars while every one is
    /// a scalar that is a Character of its own beside any other such scalar (see
    /// ``isCharacterOfItsOwn(_:)``), else Character by Character. Most text here is Latin with
    /// typographic quotes and dashes, and finding grapheme breaks cost thousands of instructions
    /// a text.
    static func characterCountByScalars(of text: String, upTo limit: Int) -> Int {
        var count = 0
        for scalar in text.unicodeScalars {
            guard isCharacterOfItsOwn(scalar.value) else { return characterCountByCharacters(of: text, upTo: limit) }
            count += 1
            // Each counted scalar starts a Character: one more scalar than the bound settles it.
            if count > limit { return count }
        }
        return count
    }

    /// Scalars between any two of which a grapheme break falls: below U+0300 (where there are no
    /// combining marks) but carriage return, which joins a line feed, and the general punctuation
    /// U+2010–U+2027 and U+2030–U+205E (quotes, dashes, bullets, ellipsis), which join nothing.
    /// (Checked over every pair against Swift's own Character breaking.)
    static func isCharacterOfItsOwn(_ value: UInt32) -> Bool {
        (value < 0x300 && value != 0x0D) || (value >= 0x2010 && value <= 0x2027) || (value >= 0x2030 && value <= 0x205E)
    }

    /// ``characterCount(of:upTo:)`` counted Character by Character.
    static func characterCountByCharacters(of text: String, upTo limit: Int) -> Int {
        var count = 0
        for _ in text {
            count += 1
            if count > limit { break }
        }
        return count
    }

    /// `text.contains(where: \.isNumber)`, answered over the bytes for ASCII text, where the
    /// digits are the only numbers; other text is read Character by Character.
    static func containsNumber(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
        return text.contains(where: \.isNumber)
    }

    /// Whether a text node's ``HTMLNode/text`` may hold a character that `Character.isNumber`
    /// accepts: false only for ASCII text without a digit (the only ASCII numbers are the digits),
    /// so that check is answered over the bytes for most text.
    static func mayHoldNumber(_ node: HTMLNode) -> Bool {
        var mayHold = false
        _ = node.withContentUTF8 { bytes in
            mayHold = bytes.contains { $0 >= 0x80 || ($0 >= 0x30 && $0 <= 0x39) }
        }
        return mayHold
    }

    /// Words that label a publication date, in several languages.
    static let publishedWords = ["published", "publié", "publiée", "veröffentlicht", "publicado", "publicada",
                                 "pubblicato", "gepubliceerd", "opublikowano", "опубликовано", "yayınlandı", "نشر",
                                 "تاريخ النشر", "发布"]

    /// A date the page labels as its publication ("Published On: 15 August 2025") anywhere in the
    /// body, for pages with no date by the headline: the label says what it is.
    private static func labelledAnywhere(in body: HTMLNode, _ context: ExtractionContext) -> Found? {
        // The text node examined before this one; its text is built only when a number needs its label.
        var previousNode: HTMLNode?
        var examined = 0
        var found: String?
        body.walk { node, event in
            guard event == .enter else { return .descend }
            if node.isElement {
                return node.isSkippedForText || node.hasTagName("blockquote") ? .skipChildren : .descend
            }
            guard node.kind == .text, !node.isBlankText else { return .skipChildren }
            examined += 1
            if examined > 3000 { return .stop }
            let previousExamined = previousNode
            previousNode = node
            // Most text holds no number: ruled out over its bytes before any String is built.
            guard mayHoldNumber(node) else { return .skipChildren }
            let text = node.text
            guard characterCount(of: text, upTo: 60) <= 60, containsNumber(text) else { return .skipChildren }
            let previous = previousExamined?.text ?? ""
            let label = (text + " " + (characterCount(of: previous, upTo: 30) <= 30 ? previous : "")).lowercased()
            guard TextSearch.containsAny(label, publishedWords), !TextSearch.containsAny(label, updateWords),
                  context.dateParser.parse(text) != nil else { return .skipChildren }
            found = text
            return .stop
        }
        return found.map {
            Found(date: Extracted($0, source: .heuristic, extractor: "generic", detail: "labelled date"), isUpdate: false,
                  isNear: false)
        }
    }
}
