import CLibXML2

extension HTMLNode {
    /// All text inside the node exactly as in the page, like the DOM's `textContent`
    /// (script and style text included, whitespace untouched).
    public var textContent: String {
        if pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE
            || pointer.pointee.type == XML_COMMENT_NODE {
            return pointer.pointee.content.map { String(cString: $0) } ?? ""
        }
        guard let raw = xmlNodeGetContent(pointer) else { return "" }
        defer { newsscraper_xmlFree(raw) }
        return String(cString: raw)
    }

    /// The text of preformatted content (`<pre>`) as it is shown: whitespace
    /// kept, a line break for each `<br>` and at the end of each block element
    /// inside (code highlighters write a line as `<br>`-separated text or as
    /// one `<div>` per line, which ``textContent`` runs together), script,
    /// style and template content skipped.
    public var preformattedText: String {
        var text = ""
        walk { node, event in
            switch node.kind {
            case .text:
                if event == .enter { text += node.textContent }
                return .skipChildren
            case .element:
                let name = node.tagName
                if event == .leave {
                    if HTMLVocabulary.blockElements.contains(name), !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
                    return .descend
                }
                if name == "br" {
                    text += "\n"
                    return .skipChildren
                }
                return HTMLVocabulary.skippedForText.contains(name) ? .skipChildren : .descend
            default:
                return .skipChildren
            }
        }
        return text
    }

    /// The readable text inside the node with whitespace normalised: runs of
    /// spaces, tabs, newlines and no-break spaces become one space, block
    /// elements and `<br>` separate words, script, style and template content
    /// is skipped, and the result is trimmed.
    public var text: String {
        var builder = NormalizedTextBuilder()
        appendText(to: &builder)
        return builder.finish()
    }

    /// The readable text, as ``text``, without the elements `omitted` says to
    /// leave out, with all they hold (a heading without its screen-reader label).
    public func text(omitting omitted: (HTMLNode) -> Bool) -> String {
        withoutActuallyEscaping(omitted) { omitted in
            var builder = NormalizedTextBuilder()
            _ = appendText(to: &builder, stoppingAfter: Int.max, omitting: omitted)
            return builder.finish()
        }
    }

    /// Appends this node's readable text to a builder; used by walks that
    /// collect text from many nodes without intermediate strings.
    public func appendText(to builder: inout NormalizedTextBuilder) {
        _ = appendText(to: &builder, stoppingAfter: Int.max)
    }

    /// Appends this node's readable text to a builder, giving up (and
    /// returning false) once the builder holds more than `limit` bytes; the
    /// builder's count only grows, so the finished text would be too long too.
    /// Elements `omitted` says to leave out are passed over with their subtrees.
    func appendText(to builder: inout NormalizedTextBuilder, stoppingAfter limit: Int,
                    omitting omitted: ((HTMLNode) -> Bool)? = nil) -> Bool {
        let type = pointer.pointee.type
        if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
            builder.append(cString: pointer.pointee.content)
            return builder.utf8Count <= limit
        }
        if type == XML_ATTRIBUTE_NODE {
            builder.append(textContent)
            return builder.utf8Count <= limit
        }
        guard type == XML_ELEMENT_NODE || type == XML_HTML_DOCUMENT_NODE else { return true }
        // A walk over raw pointers rather than `walk`: this runs over whole
        // bodies, and node values would retain the document at every step.
        let root = pointer
        var next = root.pointee.children
        while let node = next {
            var descend = false
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                builder.append(cString: node.pointee.content)
                if builder.utf8Count > limit { return false }
            case XML_ELEMENT_NODE:
                if let omitted, omitted(HTMLNode(document: document, pointer: node)) { break }
                let role = document.textRole(of: node)
                if role == .separatesWords { builder.appendBreak() }
                descend = role != .skipped && node.pointee.children != nil
            default:
                break
            }
            if descend {
                next = node.pointee.children
                continue
            }
            next = nil
            var current = node
            while true {
                if let sibling = current.pointee.next { next = sibling; break }
                guard let parent = current.pointee.parent, parent != root else { break }
                if document.textRole(of: parent) == .separatesWords { builder.appendBreak() }
                current = parent
            }
        }
        return true
    }
}

/// Builds whitespace-normalised text from many pieces without intermediate strings.
public struct NormalizedTextBuilder {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    public init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Whether nothing but whitespace has been appended.
    public var isEmpty: Bool { bytes.isEmpty }

    /// The number of UTF-8 bytes collected so far.
    public var utf8Count: Int { bytes.count }

    /// Marks a word boundary: the next text starts after one space.
    public mutating func appendBreak() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    /// Appends text, collapsing whitespace.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(bytes: $0) }
    }

    mutating func append(cString: UnsafePointer<xmlChar>?) {
        guard let cString else { return }
        append(bytes: UnsafeBufferPointer(start: cString, count: Int(xmlStrlen(cString))))
    }

    mutating func append(bytes input: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            if ASCII.isWhitespace(byte) {
                if !bytes.isEmpty { pendingSpace = true }
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, input[index + 1] == 0xA0 {
                if !bytes.isEmpty { pendingSpace = true }
                index += 2
                continue
            }
            if byte >= 0xC2, let (length, isSpace) = Self.invisible(input, at: index) {
                if isSpace, !bytes.isEmpty { pendingSpace = true }
                index += length
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            // Copy the whole run of words at once; byte-by-byte appends dominate long texts. A
            // run goes on over single spaces between words, which come out as they are.
            let start = index
            index += 1
            while index < count {
                let next = input[index]
                if next == 0x20, index + 1 < count, Self.startsWord(input, at: index + 1) {
                    index += 2
                    continue
                }
                if ASCII.isWhitespace(next) { break }
                if next == 0xC2, index + 1 < count, input[index + 1] == 0xA0 { break }
                if next >= 0xC2, Self.invisible(input, at: index) != nil { break }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<index]))
        }
    }

    /// For the invisible characters pages scatter through their text, the length of the one at
    /// `index` in bytes and whether it separates words (a line or paragraph separator); `nil` for
    /// any other character. Zero-width spaces, word joiners, byte-order marks and soft hyphens show
    /// nothing and break words in two for anything that searches or tokenises the text
    /// ("cli\u{200B}mate"), so they go. Zero-width joiners and non-joiners stay: they change how
    /// Persian, Indic and emoji text is drawn.
    @inline(__always)
    static func invisible(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> (length: Int, isSpace: Bool)? {
        let byte = input[index]
        let count = input.count
        switch byte {
        case 0xC2:  // U+00AD soft hyphen
            return index + 1 < count && input[index + 1] == 0xAD ? (2, false) : nil
        case 0xE2:
            guard index + 2 < count else { return nil }
            let second = input[index + 1], third = input[index + 2]
            if second == 0x80 {
                if third == 0x8B { return (3, false) }  // U+200B zero-width space
                if third == 0xA8 || third == 0xA9 { return (3, true) }  // U+2028, U+2029 separators
            } else if second == 0x81, third == 0xA0 {
                return (3, false)  // U+2060 word joiner
            }
            return nil
        case 0xEF:  // U+FEFF byte-order mark, or zero-width no-break space
            return index + 2 < count && input[index + 1] == 0xBB && input[index + 2] == 0xBF ? (3, false) : nil
        default:
            return nil
        }
    }

    /// Whether the byte at `index` is text rather than whitespace, a no-break space or an invisible character.
    @inline(__always)
    static func startsWord(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = input[index]
        if ASCII.isWhitespace(byte) { return false }
        if byte == 0xC2, index + 1 < input.count, input[index + 1] == 0xA0 { return false }
        return byte < 0xC2 || invisible(input, at: index) == nil
    }

    /// The text collected, trimmed.
    public func finish() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

extension HTMLNode {
    /// Calls `body` with the UTF-8 bytes of a text, CDATA or comment node's
    /// own content, read in place, and returns true; returns false for other
    /// nodes. Walks that only measure text (lengths, commas) need no String
    /// for each run of it. (Not generic, so that calls from other modules
    /// need no type metadata.)
    public func withContentUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let type = pointer.pointee.type
        guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE || type == XML_COMMENT_NODE else { return false }
        guard let content = pointer.pointee.content else {
            body(UnsafeBufferPointer(start: nil, count: 0))
            return true
        }
        body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        return true
    }
}

extension HTMLNode {
    /// Whether this is an element whose content is never readable text
    /// (``HTMLVocabulary/skippedForText``: script, style, svg…). Answered
    /// from the document's cache of tag names, so walks that test every
    /// element need neither a tag-name String nor a set lookup.
    public var isSkippedForText: Bool {
        isElement && document.textRole(of: pointer) == .skipped
    }

    /// For a text or CDATA node, whether its ``text`` is empty: its content
    /// is nothing but the whitespace and invisible characters ``NormalizedTextBuilder`` drops. Decided
    /// over the bytes in place, without building the String.
    public var isBlankText: Bool {
        var blank = true
        _ = withContentUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if ASCII.isWhitespace(byte) {
                    index += 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    index += 2
                } else if byte >= 0xC2, let (length, _) = NormalizedTextBuilder.invisible(bytes, at: index) {
                    index += length
                } else {
                    blank = false
                    return
                }
            }
        }
        return blank
    }

    /// The node's ``text`` when it is at most `limit` UTF-8 bytes long, else
    /// `nil`. Stops reading as soon as the text is too long: checks such as
    /// "a byline is short" run on large containers, whose whole text would be
    /// built only to be thrown away.
    public func text(maxUTF8Count limit: Int) -> String? {
        var builder = NormalizedTextBuilder()
        guard appendText(to: &builder, stoppingAfter: limit) else { return nil }
        return builder.finish()
    }
}
