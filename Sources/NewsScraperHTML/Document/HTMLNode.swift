import CLibXML2
import Foundation

/// A node of a parsed page: an element, a run of text, a comment, or an
/// attribute selected by XPath.
///
/// A node keeps its ``HTMLDocument`` alive; like the document it stays inside
/// one task.
public struct HTMLNode {
    /// The document this node belongs to.
    public let document: HTMLDocument
    @usableFromInline let pointer: xmlNodePtr

    @inlinable
    init(document: HTMLDocument, pointer: xmlNodePtr) {
        self.document = document
        self.pointer = pointer
    }

    /// What kind of node this is.
    public enum Kind: Sendable, Hashable {
        case element, text, comment, attribute, document, other
    }

    /// The kind of this node.
    public var kind: Kind {
        switch pointer.pointee.type {
        case XML_ELEMENT_NODE: return .element
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
        case XML_COMMENT_NODE: return .comment
        case XML_ATTRIBUTE_NODE: return .attribute
        case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE: return .document
        default: return .other
        }
    }

    /// Whether this node is an element.
    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// The lowercase tag name of an element (or the name of an attribute);
    /// empty for other nodes.
    public var tagName: String {
        guard isElement || pointer.pointee.type == XML_ATTRIBUTE_NODE, let name = pointer.pointee.name else {
            return ""
        }
        return document.name(of: name)
    }

    /// Whether this element's tag name equals `name`, ignoring ASCII case.
    /// Compares bytes in place: this runs for every element a selector or
    /// walk looks at, so it must not allocate.
    public func hasTagName(_ name: String) -> Bool {
        guard isElement, let own = pointer.pointee.name else { return false }
        return ASCII.equalsIgnoringCase(own, name)
    }

    /// 1 to 6 for an `<h1>` to `<h6>` element, `nil` for every other node. Reads the name's bytes in place.
    public var headingLevel: Int? {
        guard isElement, let own = pointer.pointee.name, ASCII.lowercase(own[0]) == 0x68 else { return nil }
        let digit = own[1]
        guard digit >= 0x31, digit <= 0x36, own[2] == 0 else { return nil }
        return Int(digit - 0x30)
    }

    // MARK: Attributes

    /// The value of an attribute, or `nil` when the element does not have it.
    /// Names match ignoring ASCII case.
    public func attribute(_ name: String) -> String? {
        property(named: name).flatMap(Self.attributeValue)
    }

    /// The attribute called `name` (ignoring ASCII case). The name's bytes are taken once
    /// and compared in place with each attribute's: several lookups run for every element
    /// the scoring walk judges, and iterating the String for each attribute cost more.
    private func property(named name: String) -> xmlAttrPtr? {
        guard isElement, let first = pointer.pointee.properties else { return nil }
        var name = name
        return name.withUTF8 { wanted in
            var property: xmlAttrPtr? = first
            while let current = property {
                if let raw = current.pointee.name, ASCII.equalsIgnoringCase(raw, wanted) { return current }
                property = current.pointee.next
            }
            return nil
        }
    }

    /// Calls `body` with the UTF-8 bytes of an attribute's value, read in
    /// place where libxml2 holds the value as one run of text; returns false
    /// when the element does not have the attribute. For hot loops that only
    /// scan a value (class and id words) and need no String of it. (Not
    /// generic, so that calls from other modules need no type metadata.)
    public func withAttributeUTF8(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard let current = property(named: name) else { return false }
        HTMLAttribute(pointer: current).withValueUTF8(body)
        return true
    }

    /// Whether the element has an attribute (ignoring ASCII case).
    public func hasAttribute(_ name: String) -> Bool {
        property(named: name) != nil
    }

    /// Whether the element has any attribute at all.
    public var hasAnyAttribute: Bool { isElement && pointer.pointee.properties != nil }

    /// All attributes in source order.
    public var attributes: [(name: String, value: String)] {
        guard isElement else { return [] }
        var result: [(String, String)] = []
        var property = pointer.pointee.properties
        while let current = property {
            if let raw = current.pointee.name {
                result.append((document.name(of: raw), Self.attributeValue(current) ?? ""))
            }
            property = current.pointee.next
        }
        return result
    }

    /// The element's classes, split on ASCII whitespace as HTML does
    /// (so `class=" a  b "` gives `["a", "b"]`).
    public var classNames: [Substring] {
        guard let value = attribute("class") else { return [] }
        return value.split(whereSeparator: { $0.isASCIIWhitespaceCharacter })
    }

    /// Whether the element's class list contains `name` exactly (case-sensitive).
    public func hasClass(_ name: String) -> Bool {
        // An ASCII name in an ASCII class list is found over the bytes in place: there every
        // Character is one byte (CR LF aside, which separates either way) and equal Strings
        // are equal bytes. Selectors test this for every element they pass.
        var name = name
        let answer: Bool? = name.withUTF8 { wanted in
            guard wanted.allSatisfy({ $0 < 0x80 }) else { return nil }
            var found: Bool?
            let hasClassList = withAttributeUTF8("class") { value in
                if value.allSatisfy({ $0 < 0x80 }) { found = Self.classList(value, contains: wanted) }
            }
            return hasClassList ? found : false
        }
        if let answer { return answer }
        guard let value = attribute("class") else { return false }
        return value.split(whereSeparator: { $0.isASCIIWhitespaceCharacter }).contains { $0 == name }
    }

    /// Whether the ASCII class list `value` holds the token `wanted`, split at HTML's ASCII whitespace.
    private static func classList(_ value: UnsafeBufferPointer<UInt8>, contains wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < value.count {
            var end = start
            while end < value.count, !ASCII.isWhitespace(value[end]) { end += 1 }
            if end > start, end - start == wanted.count, (0..<wanted.count).allSatisfy({ value[start + $0] == wanted[$0] }) {
                return true
            }
            start = end + 1
        }
        return false
    }

    /// The element's `id`, if any.
    public var id: String? { attribute("id") }

    static func attributeValue(_ attribute: xmlAttrPtr) -> String? {
        // Most attributes hold exactly one text child: read it without allocation by libxml2.
        if let child = attribute.pointee.children, child.pointee.next == nil,
           child.pointee.type == XML_TEXT_NODE, let content = child.pointee.content {
            return String(cString: content)
        }
        guard let raw = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else { return "" }
        defer { newsscraper_xmlFree(raw) }
        return String(cString: raw)
    }

    // MARK: Navigation

    /// The parent node, `nil` for the root element.
    public var parent: HTMLNode? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(document: document, pointer: parent)
    }

    /// The first child node of any kind.
    public var firstChild: HTMLNode? { wrap(pointer.pointee.children) }
    /// The last child node of any kind.
    public var lastChild: HTMLNode? { wrap(pointer.pointee.last) }
    /// The next sibling node of any kind.
    public var nextSibling: HTMLNode? { wrap(pointer.pointee.next) }
    /// The previous sibling node of any kind.
    public var previousSibling: HTMLNode? { wrap(pointer.pointee.prev) }

    /// The next sibling that is an element.
    public var nextElementSibling: HTMLNode? {
        var current = pointer.pointee.next
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE { return HTMLNode(document: document, pointer: node) }
            current = node.pointee.next
        }
        return nil
    }

    /// The previous sibling that is an element.
    public var previousElementSibling: HTMLNode? {
        var current = pointer.pointee.prev
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE { return HTMLNode(document: document, pointer: node) }
            current = node.pointee.prev
        }
        return nil
    }

    /// All child nodes, of every kind.
    public var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var current = pointer.pointee.children
        while let node = current {
            result.append(HTMLNode(document: document, pointer: node))
            current = node.pointee.next
        }
        return result
    }

    /// The child nodes that are elements.
    public var childElements: [HTMLNode] {
        var result: [HTMLNode] = []
        var current = pointer.pointee.children
        while let node = current {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(HTMLNode(document: document, pointer: node)) }
            current = node.pointee.next
        }
        return result
    }

    /// The first child element with the given tag name.
    public func firstChildElement(named name: String) -> HTMLNode? {
        var current = pointer.pointee.children
        while let node = current {
            let candidate = HTMLNode(document: document, pointer: node)
            if candidate.hasTagName(name) { return candidate }
            current = node.pointee.next
        }
        return nil
    }

    /// The first descendant element with the given tag name, in document order.
    public func firstDescendant(named name: String) -> HTMLNode? {
        descendants.first { $0.hasTagName(name) }
    }

    /// Every descendant node in document order (not this node itself),
    /// walked without recursion so deep trees cannot overflow the stack.
    public var descendants: HTMLDescendants { HTMLDescendants(root: self) }

    /// Every descendant element with the given tag name (ignoring ASCII
    /// case), in document order: `descendants.filter { $0.hasTagName(name) }`
    /// over raw pointers, so that a search of a whole body (for its `<h1>`s)
    /// makes no node value for the nodes it passes.
    public func descendantElements(named name: String) -> [HTMLNode] {
        var found: [HTMLNode] = []
        forEachDescendantElement(named: name) { found.append($0); return true }
        return found
    }

    /// The first descendant element with the given tag name (ignoring ASCII
    /// case) for which `predicate` holds, in document order: like
    /// ``descendantElements(named:)``, but the walk stops at that element.
    public func firstDescendantElement(named name: String, where predicate: (HTMLNode) -> Bool) -> HTMLNode? {
        var found: HTMLNode?
        forEachDescendantElement(named: name) { element in
            guard predicate(element) else { return true }
            found = element
            return false
        }
        return found
    }

    /// Calls `body` with each descendant element with the given tag name
    /// (ignoring ASCII case) in document order, until it returns false.
    private func forEachDescendantElement(named name: String, _ body: (HTMLNode) -> Bool) {
        guard pointer.pointee.type != XML_ATTRIBUTE_NODE else { return }
        let wanted = name.utf8.map(ASCII.lowercase)
        let root = pointer
        var next = root.pointee.children
        while let node = next {
            if node.pointee.type == XML_ELEMENT_NODE, let own = node.pointee.name, ASCII.equalsIgnoringCase(own, wanted),
               !body(HTMLNode(document: document, pointer: node)) {
                return
            }
            next = TreeWalk.following(node, within: root)
        }
    }

    /// Whether `other` is this node or inside it.
    public func contains(_ other: HTMLNode) -> Bool {
        var current: xmlNodePtr? = other.pointer
        while let node = current {
            if node == pointer { return true }
            current = node.pointee.parent
        }
        return false
    }

    /// How many element ancestors this node has.
    public var depth: Int {
        var count = 0
        var current = pointer.pointee.parent
        while let node = current, node.pointee.type == XML_ELEMENT_NODE {
            count += 1
            current = node.pointee.parent
        }
        return count
    }

    private func wrap(_ pointer: xmlNodePtr?) -> HTMLNode? {
        pointer.map { HTMLNode(document: document, pointer: $0) }
    }
}

extension HTMLNode: Hashable {
    @inlinable
    public static func == (lhs: HTMLNode, rhs: HTMLNode) -> Bool { lhs.pointer == rhs.pointer }
    public func hash(into hasher: inout Hasher) { hasher.combine(pointer) }
}

extension HTMLNode: CustomStringConvertible {
    public var description: String {
        switch kind {
        case .element:
            var text = "<\(tagName)"
            for (name, value) in attributes { text += " \(name)=\"\(value)\"" }
            return text + ">"
        case .text: return "#text(\(textContent.prefix(40)))"
        case .comment: return "#comment"
        case .attribute: return "@\(tagName)"
        case .document: return "#document"
        case .other: return "#node"
        }
    }
}

/// The descendants of a node in document order, walked without recursion.
public struct HTMLDescendants: Sequence {
    let root: HTMLNode

    public func makeIterator() -> Iterator { Iterator(root: root) }

    public struct Iterator: IteratorProtocol {
        let root: HTMLNode
        var upcoming: xmlNodePtr?

        init(root: HTMLNode) {
            self.root = root
            self.upcoming = root.pointer.pointee.type == XML_ATTRIBUTE_NODE ? nil : root.pointer.pointee.children
        }

        public mutating func next() -> HTMLNode? {
            guard let current = upcoming else { return nil }
            upcoming = TreeWalk.following(current, within: root.pointer)
            return HTMLNode(document: root.document, pointer: current)
        }
    }
}

/// Pre-order successor computation shared by every walk of the tree.
enum TreeWalk {
    /// The next node after `node` in document order, staying inside `root`.
    @inline(__always)
    static func following(_ node: xmlNodePtr, within root: xmlNodePtr) -> xmlNodePtr? {
        if node.pointee.type != XML_ATTRIBUTE_NODE, let child = node.pointee.children,
           node.pointee.type == XML_ELEMENT_NODE || node.pointee.type == XML_HTML_DOCUMENT_NODE {
            return child
        }
        return followingSkippingChildren(node, within: root)
    }

    /// The next node after `node` and its subtree, staying inside `root`.
    @inline(__always)
    static func followingSkippingChildren(_ node: xmlNodePtr, within root: xmlNodePtr) -> xmlNodePtr? {
        var current = node
        while current != root {
            if let sibling = current.pointee.next { return sibling }
            guard let parent = current.pointee.parent else { return nil }
            current = parent
        }
        return nil
    }
}
