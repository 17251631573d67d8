import Foundation
import NewsScraperHTML

/// Turns a body container into structured ``Block``s in one walk:
/// paragraphs, headings, lists, quotes, tables, images with captions and
/// preformatted text. Loose inline text between blocks becomes paragraphs.
public struct BlockBuilder {
    /// Decides, for each element met, whether it is left out with its subtree.
    public var skip: (HTMLNode) -> Bool
    /// Reads a site's own image markup: returns the image for an element that
    /// wraps one (with caption and credit), `nil` for every other element.
    /// Asked of every element the walk meets, inside paragraphs too.
    public var figure: (HTMLNode) -> ArticleImage?
    /// Decides, for each element inside a heading, a list item or a table cell (blocks read whole),
    /// whether readers cannot see it: its text is left out of the block's.
    public var hides: (HTMLNode) -> Bool

    public init(skip: @escaping (HTMLNode) -> Bool = { _ in false },
                figure: @escaping (HTMLNode) -> ArticleImage? = { _ in nil },
                hides: @escaping (HTMLNode) -> Bool = { _ in false }) {
        self.skip = skip
        self.figure = figure
        self.hides = hides
    }

    /// The blocks inside `container`.
    public func blocks(in container: HTMLNode) -> [Block] {
        var blocks: [Block] = []
        var inline = NormalizedTextBuilder()
        func flush() {
            let text = inline.finish()
            if !text.isEmpty { blocks.append(.paragraph(text)) }
            inline = NormalizedTextBuilder()
        }
        container.walk { node, event in
            if event == .leave {
                if HTMLVocabulary.blockElements.contains(node.tagName) { flush() }
                return .descend
            }
            switch node.kind {
            case .text:
                node.appendText(to: &inline)
                return .skipChildren
            case .element: break
            default: return .skipChildren
            }
            if skip(node) { return .skipChildren }
            if let image = figure(node) {
                flush()
                blocks.append(.image(image))
                return .skipChildren
            }
            let name = node.tagName
            if HTMLVocabulary.skippedForText.contains(name) && name != "noscript" { return .skipChildren }
            switch name {
            case "noscript":
                return .skipChildren
            case "br":
                // Two breaks in a row separate paragraphs in pages without <p>.
                if node.previousSibling.map({ $0.hasTagName("br") }) == true { flush() } else { inline.appendBreak() }
                return .skipChildren
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush()
                appendHeadings(node, to: &blocks)
                return .skipChildren
            case "p":
                flush()
                if let paragraph = paragraphBlocks(node) { blocks.append(contentsOf: paragraph) }
                return .skipChildren
            case "ul", "ol":
                flush()
                let items = listItems(node)
                if !items.isEmpty { blocks.append(.list(items: items, ordered: name == "ol")) }
                return .skipChildren
            case "blockquote":
                flush()
                if let quote = quoteBlock(node) { blocks.append(quote) }
                return .skipChildren
            case "pre":
                flush()
                let text = node.preformattedText.trimmingCharacters(in: .newlines)
                if !text.trimmingCharacters(in: .whitespaces).isEmpty { blocks.append(.preformatted(text)) }
                return .skipChildren
            case "table":
                if isLayoutTable(node) { return .descend }
                flush()
                // A table's title: the model's table has rows only, so it goes before them.
                if let caption = node.childElements.first(where: { $0.hasTagName("caption") }), !skip(caption) {
                    let text = caption.text
                    if !text.isEmpty { blocks.append(.paragraph(text)) }
                }
                let rows = tableRows(node)
                if !rows.isEmpty { blocks.append(.table(rows: rows)) }
                return .skipChildren
            case "figure":
                flush()
                if let image = ImageReader.figureImage(node) {
                    blocks.append(.image(image))
                    return .skipChildren
                }
                return .descend
            case "img":
                if let image = ImageReader.image(node) {
                    flush()
                    blocks.append(.image(image))
                }
                return .skipChildren
            default:
                if HTMLVocabulary.blockElements.contains(name) { flush() }
                return .descend
            }
        }
        flush()
        return blocks
    }

    /// A heading's block, then a block for each heading inside it: libxml2 nests a heading that follows
    /// an unclosed one ("<h1>Title<h3>Posted on …</h3>") where a browser closes the first, and one
    /// block of both texts would make neither heading right.
    private func appendHeadings(_ heading: HTMLNode, to blocks: inout [Block]) {
        let text = heading.text(omitting: { hides($0) || $0.headingLevel != nil })
        if !text.isEmpty, let level = heading.headingLevel { blocks.append(.heading(level: level, text: text)) }
        heading.walk { node, event in
            guard event == .enter, node != heading, node.isElement else { return .descend }
            if hides(node) || skip(node) { return .skipChildren }
            guard node.headingLevel != nil else { return .descend }
            appendHeadings(node, to: &blocks)
            return .skipChildren
        }
    }

    /// The items of a list, in order. Content-management systems often nest
    /// a list straight inside another, without the `<li>` HTML asks for, and
    /// put wrappers between a list and its items; both would otherwise lose
    /// their text, so a nested list's items join this list's, and a wrapper
    /// that holds no item is read as one. One walk, however deep the nesting.
    private func listItems(_ list: HTMLNode) -> [String] {
        var items: [String] = []
        // For each open wrapper, the number of items found before it.
        var openWrappers: [Int] = []
        list.walk { node, event in
            let name = node.tagName
            if event == .leave {
                if name != "ul", name != "ol", let before = openWrappers.popLast(), items.count == before {
                    let text = node.text(omitting: hides)
                    if !text.isEmpty { items.append(text) }
                }
                return .descend
            }
            guard node.isElement, !skip(node) else { return .skipChildren }
            switch name {
            case "li":
                let text = node.text(omitting: hides)
                if !text.isEmpty { items.append(text) }
                return .skipChildren
            case "ul", "ol":
                return .descend
            case _ where HTMLVocabulary.skippedForText.contains(name):
                return .skipChildren
            default:
                // Inline elements inside a wrapper are words of its text, not wrappers of their own.
                guard openWrappers.isEmpty || HTMLVocabulary.blockElements.contains(name) else { return .skipChildren }
                openWrappers.append(items.count)
                return .descend
            }
        }
        return items
    }

    private func paragraphBlocks(_ node: HTMLNode) -> [Block]? {
        var builder = NormalizedTextBuilder()
        var images: [Block] = []
        node.walk { child, event in
            guard event == .enter else { return .descend }
            if child.kind == .text {
                child.appendText(to: &builder)
                return .skipChildren
            }
            guard child.isElement, !skip(child) else { return .skipChildren }
            // A picture with its caption, set inside a paragraph, is an image of its own.
            if let image = figure(child) {
                images.append(.image(image))
                return .skipChildren
            }
            let name = child.tagName
            if name == "img", let image = ImageReader.image(child) { images.append(.image(image)) }
            if name == "br" { builder.appendBreak() }
            if HTMLVocabulary.skippedForText.contains(name) { return .skipChildren }
            return .descend
        }
        let text = builder.finish()
        var result = images
        if !text.isEmpty { result.append(.paragraph(text)) }
        return result.isEmpty ? nil : result
    }

    private func quoteBlock(_ node: HTMLNode) -> Block? {
        var attribution: String?
        var parts: [String] = []
        // A quote's own <footer> is its attribution, not page chrome, whatever the skip rule says.
        for child in node.childElements {
            if child.hasTagName("footer") || child.hasTagName("cite") && child == node.childElements.last {
                attribution = child.text
            }
        }
        for block in BlockBuilder(skip: { skip($0) || $0.hasTagName("footer") }, hides: hides).blocks(in: node) {
            if let text = block.plainText, !text.isEmpty { parts.append(text) }
        }
        let text = parts.joined(separator: "\n")
        guard !text.isEmpty else { return nil }
        if let attribution, text.hasSuffix(attribution) { return .quote(text: text, attribution: nil) }
        return .quote(text: text, attribution: attribution?.isEmpty == true ? nil : attribution)
    }

    /// Tables used for page layout hold blocks of prose, not data.
    private func isLayoutTable(_ node: HTMLNode) -> Bool {
        var cells = 0
        var blockChildren = 0
        for child in node.descendants where child.isElement {
            switch child.tagName {
            case "td", "th": cells += 1
            case "p", "div", "table", "h1", "h2", "h3", "ul", "ol": blockChildren += 1
            default: break
            }
            if blockChildren > 2 { return true }
        }
        return cells <= 1
    }

    private func tableRows(_ table: HTMLNode) -> [[String]] {
        var rows: [[String]] = []
        for row in table.descendants where row.hasTagName("tr") {
            let cells = row.childElements.filter { $0.hasTagName("td") || $0.hasTagName("th") }.map { $0.text(omitting: hides) }
            if cells.contains(where: { !$0.isEmpty }) { rows.append(cells) }
        }
        return rows
    }
}

/// Reads images the way lazy-loading pages write them.
public enum ImageReader {
    /// Attributes that hold the real URL of lazily loaded images, most specific first.
    public static let sourceAttributes = ["data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "src"]
    /// Attributes that list an image's sources by width or density; the first source is taken.
    public static let sourceSetAttributes = ["data-srcset", "srcset"]

    /// The image of an `<img>`, skipping `data:` placeholders, tracking pixels and icons.
    public static func image(_ node: HTMLNode, caption: String? = nil, credit: String? = nil) -> ArticleImage? {
        guard let url = imageURL(node) else { return nil }
        let width = node.attribute("width").flatMap { Int($0) }
        let height = node.attribute("height").flatMap { Int($0) }
        if let width, width < 50 { return nil }
        if let height, height < 50 { return nil }
        return ArticleImage(url: url, caption: caption, credit: credit, width: width, height: height)
    }

    /// The real URL of an image element, resolved against the page.
    public static func imageURL(_ node: HTMLNode) -> URL? {
        for attribute in sourceAttributes {
            guard let raw = node.attribute(attribute)?.trimmingWhitespaces(), !raw.isEmpty,
                  !raw.hasPrefix("data:") else { continue }
            if let url = node.document.resolveURL(raw) { return url }
        }
        for attribute in sourceSetAttributes {
            if let first = node.attribute(attribute)?.split(separator: ",").first?
                .split(whereSeparator: { $0.isWhitespace }).first,
               !first.hasPrefix("data:"), let url = node.document.resolveURL(String(first)) {
                return url
            }
        }
        return nil
    }

    /// The image of a `<figure>`: its first image and its `<figcaption>`.
    public static func figureImage(_ figure: HTMLNode) -> ArticleImage? {
        guard let img = figure.descendants.first(where: { $0.hasTagName("img") }) ?? figure.descendants.first(where: {
            $0.hasTagName("source") && $0.hasAttribute("srcset")
        }) else { return nil }
        let caption = figure.descendants.first { $0.hasTagName("figcaption") }.map(\.text)
        guard var image = image(img) else { return nil }
        if let caption, !caption.isEmpty { image.caption = caption }
        return image
    }
}
