import CLibXML2

/// Puts content that libxml2 left outside `<body>` back into it, as browsers do.
///
/// After an early `</body>` or `</html>` (common in pages stitched from
/// templates), libxml2 2.9 starts a second top-level `<html>` element, or
/// adds elements beside `<body>`, for everything that follows. Browsers keep
/// that content in the body; so do we, so that every consumer that starts
/// from `<body>` sees the whole page.
enum StrayContentRepair {
    static func repair(_ document: htmlDocPtr) {
        guard let root = xmlDocGetRootElement(document) else { return }
        var body: xmlNodePtr?
        var child = root.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, isNamed(current, "body") { body = current; break }
            child = current.pointee.next
        }
        guard let body else { return }
        // Elements after <body> inside <html>.
        var stray = body.pointee.next
        while let current = stray {
            stray = current.pointee.next
            move(current, into: body)
        }
        // Top-level nodes after the root: a second <html> gives up its children.
        var sibling = root.pointee.next
        while let current = sibling {
            sibling = current.pointee.next
            guard current.pointee.type == XML_ELEMENT_NODE || current.pointee.type == XML_TEXT_NODE else { continue }
            if current.pointee.type == XML_ELEMENT_NODE, isNamed(current, "html") || isNamed(current, "body") {
                while let grandchild = current.pointee.children {
                    if grandchild.pointee.type == XML_ELEMENT_NODE, isNamed(grandchild, "body") || isNamed(grandchild, "head") {
                        while let inner = grandchild.pointee.children { move(inner, into: body) }
                        xmlUnlinkNode(grandchild)
                        xmlFreeNode(grandchild)
                    } else {
                        move(grandchild, into: body)
                    }
                }
                xmlUnlinkNode(current)
                xmlFreeNode(current)
            } else {
                move(current, into: body)
            }
        }
    }

    private static func move(_ node: xmlNodePtr, into parent: xmlNodePtr) {
        xmlUnlinkNode(node)
        // xmlAddChild merges adjacent text nodes and may free `node`; nothing refers to it yet.
        xmlAddChild(parent, node)
    }

    private static func isNamed(_ node: xmlNodePtr, _ name: StaticString) -> Bool {
        guard let own = node.pointee.name else { return false }
        return xmlStrcasecmp(own, UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: xmlChar.self)) == 0
    }
}
