import CLibXML2

/// A fixed list of tag names, in which an element's name is found by its
/// bytes in place.
///
/// Walks that judge every element of a page by its tag name (a scoring walk
/// looks up what the name means for text, for chrome and for the page's kind)
/// spent more on making each name a String and hashing it into a set than on
/// the judging. Here a name is packed into two integers and looked up in a
/// small open-addressing table, with no String and no allocation.
public struct HTMLTagNames: Sendable {
    /// One slot of the table: a packed name and its position in the list, -1 when empty.
    private struct Slot: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = -1
    }

    private let slots: [Slot]
    /// The number of slots less one (their count is a power of two).
    private let mask: Int

    /// Lists `names`; each is found at its position in the array.
    ///
    /// - Precondition: every name is non-empty, free of NUL bytes, at most 16 UTF-8 bytes long,
    ///   and listed once.
    public init(_ names: [String]) {
        var count = 8
        while count < names.count * 4 { count *= 2 }
        var slots = [Slot](repeating: Slot(), count: count)
        for (index, name) in names.enumerated() {
            let bytes = Array(name.utf8) + [0]
            guard let packed = bytes.withUnsafeBufferPointer({ PackedName($0.baseAddress!) }), !name.isEmpty else {
                preconditionFailure("tag name \(name) cannot be listed")
            }
            var slot = packed.slot(among: count)
            while slots[slot].index >= 0 {
                precondition(slots[slot].low != packed.low || slots[slot].high != packed.high, "\(name) listed twice")
                slot = (slot + 1) & (count - 1)
            }
            slots[slot] = Slot(low: packed.low, high: packed.high, index: index)
        }
        self.slots = slots
        mask = count - 1
    }

    /// The position in the list of the element's tag name (compared byte for byte, as String
    /// equality compares the ASCII names libxml2 gives elements); nil for a name not listed
    /// and for nodes that are not elements.
    public func index(of node: HTMLNode) -> Int? {
        guard node.isElement, let name = node.pointer.pointee.name else { return nil }
        return index(ofName: name)
    }

    /// The position in the list of the NUL-terminated name at `name`, if it is listed.
    func index(ofName name: UnsafePointer<xmlChar>) -> Int? {
        guard let packed = PackedName(name) else { return nil }
        var slot = packed.slot(among: mask + 1)
        while true {
            let entry = slots[slot]
            if entry.index < 0 { return nil }
            if entry.low == packed.low, entry.high == packed.high { return entry.index }
            slot = (slot + 1) & mask
        }
    }
}
