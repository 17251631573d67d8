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

    /// The readable text inside the node with whitespace normalised: runs of
    /// spaces, tabs, newlines and no-break spaces become one space, block
    /// elements and `<br>` separate words, script, style and template content
    /// is skipped, and the result is trimmed.
    public var text: String {
        var builder = NormalizedTextBuilder()
        appendText(to: &builder)
        return builder.finish()
    }

    /// Appends this node's readable text to a builder; used by walks that
    /// collect text from many nodes without intermediate strings.
    public func appendText(to builder: inout NormalizedTextBuilder) {
        let type = pointer.pointee.type
        if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
            builder.append(cString: pointer.pointee.content)
            return
        }
        if type == XML_ATTRIBUTE_NODE {
            builder.append(textContent)
            return
        }
        guard type == XML_ELEMENT_NODE || type == XML_HTML_DOCUMENT_NODE else { return }
        walk { node, event in
            switch event {
            case .enter:
                if node.kind == .text {
                    builder.append(cString: node.pointer.pointee.content)
                    return .skipChildren
                }
                guard node.isElement else { return .skipChildren }
                let name = node.tagName
                if HTMLVocabulary.skippedForText.contains(name) { return .skipChildren }
                if HTMLVocabulary.separatesWords.contains(name) { builder.appendBreak() }
                return .descend
            case .leave:
                if HTMLVocabulary.separatesWords.contains(node.tagName) { builder.appendBreak() }
                return .descend
            }
        }
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
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                if !bytes.isEmpty { pendingSpace = true }
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < count, input[index + 1] == 0xA0 {
                if !bytes.isEmpty { pendingSpace = true }
                index += 2
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(byte)
            index += 1
        }
    }

    /// The text collected, trimmed.
    public func finish() -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
