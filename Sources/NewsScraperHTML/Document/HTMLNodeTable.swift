import CLibXML2

/// Values attached to nodes of one document, kept in one contiguous array
/// rather than a dictionary keyed by node.
///
/// A scoring walk stores figures for every element of a page; hashing each
/// node and growing a dictionary cost more than the scoring itself. Here a
/// node is found by the number its document gives it on first use (see
/// ``HTMLNode/number``), so a lookup is an array read. The members are
/// inlinable so that callers get code specialised for their value type.
public struct HTMLNodeTable<Value> {
    @usableFromInline
    struct Slot {
        /// The node the slot belongs to, checked on every read so that a
        /// number copied along with a node by libxml2 can never alias. A
        /// pointer, not a node value: the table holds the document once (see
        /// ``document``), so that storing and moving slots retains nothing, and
        /// slots of plain values are plain bytes.
        @usableFromInline let pointer: xmlNodePtr
        @usableFromInline var value: Value

        @inlinable init(pointer: xmlNodePtr, value: Value) {
            self.pointer = pointer
            self.value = value
        }
    }

    /// Slots by node number; most documents number only the nodes one table stores.
    @usableFromInline var slots: [Slot?] = []
    /// The document of the nodes stored, kept alive by the table while it holds them.
    @usableFromInline var document: HTMLDocument?

    @inlinable public init() {}

    /// The value stored for `node`, if any.
    ///
    /// - Precondition: every node stored belongs to one document.
    @inlinable public subscript(node: HTMLNode) -> Value? {
        get {
            guard let number = node.numberIfGiven, number < slots.count, let slot = slots[number],
                  slot.pointer == node.pointer else { return nil }
            return slot.value
        }
        set {
            if document == nil {
                document = node.document
            } else {
                precondition(document === node.document, "an HTMLNodeTable holds the nodes of one document")
            }
            let number = node.number
            let slot = newValue.map { Slot(pointer: node.pointer, value: $0) }
            // A walk stores each node as it numbers it: then the slot is appended in one step.
            if number == slots.count {
                slots.append(slot)
                return
            }
            while number >= slots.count { slots.append(nil) }
            slots[number] = slot
        }
    }

    /// Calls `body` with every node and its value, in the order the nodes were first numbered
    /// (document order for a table filled by a walk).
    @inlinable public func forEach(_ body: (HTMLNode, Value) throws -> Void) rethrows {
        guard let document else { return }
        for case let slot? in slots { try body(HTMLNode(document: document, pointer: slot.pointer), slot.value) }
    }
}

extension HTMLNode {
    /// A number for this node, unique within its document, given on first
    /// request (kept in libxml2's per-node `_private` slot, which nothing
    /// else here uses). Numbers count up from 0, so they index arrays.
    public var number: Int {
        if let given = numberIfGiven { return given }
        let number = document.nextNodeNumber
        document.nextNodeNumber += 1
        pointer.pointee._private = UnsafeMutableRawPointer(bitPattern: number + 1)
        return number
    }

    /// The number given to this node earlier, if any.
    public var numberIfGiven: Int? {
        guard let stored = pointer.pointee._private else { return nil }
        return Int(bitPattern: stored) - 1
    }
}
