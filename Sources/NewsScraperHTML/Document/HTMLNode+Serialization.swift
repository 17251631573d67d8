import CLibXML2

extension HTMLNode {
    /// The node and its subtree as HTML, serialised exactly as parsed
    /// (no indentation or line breaks added). For an attribute, its value.
    public var outerHTML: String {
        if pointer.pointee.type == XML_ATTRIBUTE_NODE { return textContent }
        return serialize { output in
            htmlNodeDumpFormatOutput(output, document.pointer, pointer, nil, 0)
        }
    }

    /// The node's children as HTML.
    public var innerHTML: String {
        guard pointer.pointee.type != XML_ATTRIBUTE_NODE else { return textContent }
        return serialize { output in
            var child = pointer.pointee.children
            while let node = child {
                htmlNodeDumpFormatOutput(output, document.pointer, node, nil, 0)
                child = node.pointee.next
            }
        }
    }

    /// `htmlNodeDump` would indent (format = 1); the output-buffer API lets
    /// us pass format = 0 and keep the page's own whitespace.
    private func serialize(_ write: (xmlOutputBufferPtr) -> Void) -> String {
        guard let output = xmlAllocOutputBuffer(nil) else { return "" }
        defer { _ = xmlOutputBufferClose(output) }
        write(output)
        _ = xmlOutputBufferFlush(output)
        guard let content = xmlOutputBufferGetContent(output) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: content, count: Int(xmlOutputBufferGetSize(output))),
                      as: UTF8.self)
    }
}
