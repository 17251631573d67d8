import CLibXML2

/// A step of a tree walk.
public enum HTMLWalkEvent: Sendable {
    /// The walk arrives at a node, before its children.
    case enter
    /// The walk leaves an element, after its children.
    case leave
}

/// What a walk does after entering a node.
public enum HTMLWalkDecision: Sendable {
    /// Visit the node's children.
    case descend
    /// Go on with the node's next sibling.
    case skipChildren
    /// End the walk.
    case stop
}

extension HTMLNode {
    /// Walks the node's descendants in document order without recursion,
    /// calling `visitor` when entering every node and when leaving every
    /// element that was descended into. This node itself is not visited.
    ///
    /// One walk that does several jobs is much cheaper than several broad
    /// queries over the same tree.
    public func walk(_ visitor: (HTMLNode, HTMLWalkEvent) throws -> HTMLWalkDecision) rethrows {
        let root = pointer
        guard root.pointee.type == XML_ELEMENT_NODE || root.pointee.type == XML_HTML_DOCUMENT_NODE else { return }
        var next = root.pointee.children
        while let node = next {
            let wrapped = HTMLNode(document: document, pointer: node)
            let decision = try visitor(wrapped, .enter)
            if decision == .stop { return }
            if decision == .descend, node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children {
                next = child
                continue
            }
            if decision == .descend, node.pointee.type == XML_ELEMENT_NODE {
                if try visitor(wrapped, .leave) == .stop { return }
            }
            var current = node
            next = nil
            while true {
                if let sibling = current.pointee.next { next = sibling; break }
                guard let parent = current.pointee.parent, parent != root else { break }
                if try visitor(HTMLNode(document: document, pointer: parent), .leave) == .stop { return }
                current = parent
            }
        }
    }
}

extension HTMLNode {
    /// How many nodes ``walk(_:)`` would enter (every descendant reached
    /// through elements), counting no further than `limit + 1`. A walk over
    /// raw pointers: size checks need no node values.
    public func descendantCount(upTo limit: Int) -> Int {
        let root = pointer
        guard root.pointee.type == XML_ELEMENT_NODE || root.pointee.type == XML_HTML_DOCUMENT_NODE else { return 0 }
        var count = 0
        var next = root.pointee.children
        while let node = next, count <= limit {
            count += 1
            next = TreeWalk.following(node, within: root)
        }
        return count
    }
}
