import CLibXML2

// Mutations used to clean a body before reading it. Removed nodes are kept
// by the document until it is freed, so node values that still refer to them
// stay valid (they are just no longer in the tree).
extension HTMLNode {
    /// Takes the node (and its subtree) out of the tree.
    public func remove() {
        guard pointer.pointee.type != XML_ATTRIBUTE_NODE, pointer.pointee.parent != nil else { return }
        document.detach(pointer)
    }

    /// Replaces the element by its children, keeping their order.
    public func unwrap() {
        guard isElement, pointer.pointee.parent != nil else { return }
        while let child = pointer.pointee.children {
            xmlUnlinkNode(child)
            xmlAddPrevSibling(pointer, child)
        }
        document.detach(pointer)
    }

    /// Puts `other` where this node is and takes this node out of the tree.
    /// `other` must belong to the same document. Nothing happens when `other`
    /// contains this node (the tree would become a cycle) or either is an attribute.
    public func replace(with other: HTMLNode) {
        precondition(other.document === document, "a node can only be replaced by a node of its own document")
        guard pointer.pointee.parent != nil, other.pointer != pointer, !other.contains(self),
              pointer.pointee.type != XML_ATTRIBUTE_NODE, other.pointer.pointee.type != XML_ATTRIBUTE_NODE,
              other.pointer.pointee.type != XML_HTML_DOCUMENT_NODE else { return }
        xmlUnlinkNode(other.pointer)
        xmlAddPrevSibling(pointer, other.pointer)
        document.detach(pointer)
    }

    /// Puts a text node with `text` where this node is and takes this node out of the tree.
    public func replace(withText text: String) {
        guard pointer.pointee.parent != nil, pointer.pointee.type != XML_ATTRIBUTE_NODE else { return }
        let created = text.withCString { chars in
            chars.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1) {
                xmlNewDocText(document.pointer, $0)
            }
        }
        guard let created else { return }
        xmlAddPrevSibling(pointer, created)
        document.detach(pointer)
    }

    /// Sets (or, with `nil`, removes) an attribute of the element.
    public func setAttribute(_ name: String, to value: String?) {
        guard isElement else { return }
        name.withCString { rawName in
            rawName.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { xmlName in
                if let value {
                    value.withCString { rawValue in
                        rawValue.withMemoryRebound(to: xmlChar.self, capacity: value.utf8.count + 1) { xmlValue in
                            _ = xmlSetProp(pointer, xmlName, xmlValue)
                        }
                    }
                } else {
                    _ = xmlUnsetProp(pointer, xmlName)
                }
            }
        }
    }
}
