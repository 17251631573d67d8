import CLibXML2

extension HTMLNode {
    /// The node and its subtree as HTML.
    public var outerHTML: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        if pointer.pointee.type == XML_ATTRIBUTE_NODE {
            return textContent
        }
        _ = htmlNodeDump(buffer, document.pointer, pointer)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// The node's children as HTML.
    public var innerHTML: String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        var child = pointer.pointee.children
        while let node = child {
            _ = htmlNodeDump(buffer, document.pointer, node)
            child = node.pointee.next
        }
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }
}
