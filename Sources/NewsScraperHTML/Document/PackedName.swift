import CLibXML2

/// A name of up to 16 bytes packed into two integers, so that comparing two
/// names is comparing two pairs of integers. Names hold no NUL byte, so the
/// zero padding cannot be confused with content.
package struct PackedName: Equatable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    init() {}

    /// Nil for names longer than 16 bytes.
    init?(_ name: UnsafePointer<xmlChar>) {
        var length = 0
        while length < 16 {
            let byte = name[length]
            if byte == 0 { return }
            if length < 8 {
                low |= UInt64(byte) << UInt64(8 * length)
            } else {
                high |= UInt64(byte) << UInt64(8 * (length - 8))
            }
            length += 1
        }
        if name[16] != 0 { return nil }
    }

    /// A word of ASCII letters (either case), lowercased.
    /// - Precondition: the word has at most 16 letters.
    package init(asciiLettersLowercased word: UnsafeBufferPointer<UInt8>) {
        for index in 0..<word.count {
            let byte = UInt64(word[index] | 0x20)
            if index < 8 { low |= byte << UInt64(8 * index) } else { high |= byte << UInt64(8 * (index - 8)) }
        }
    }

    func slot(among count: Int) -> Int {
        let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 40) & (count - 1)
    }
}

/// Packed names and their positions in a list, in a small open-addressing table: a name is
/// found with one multiplication and a probe or two, with no String and no hashing of one.
package struct PackedNameTable: Sendable {
    /// One slot of the table: a name and its position in the list, -1 when empty.
    private struct Slot: Sendable {
        var name = PackedName()
        var index = -1
    }

    private let slots: [Slot]
    /// The number of slots less one (their count is a power of two).
    private let mask: Int

    /// Lists `names`; each is found at its position in the array.
    /// - Precondition: no name is listed twice.
    package init(_ names: [PackedName]) {
        var count = 8
        while count < names.count * 4 { count *= 2 }
        var slots = [Slot](repeating: Slot(), count: count)
        for (index, name) in names.enumerated() {
            var slot = name.slot(among: count)
            while slots[slot].index >= 0 {
                precondition(slots[slot].name != name, "a name listed twice")
                slot = (slot + 1) & (count - 1)
            }
            slots[slot] = Slot(name: name, index: index)
        }
        self.slots = slots
        mask = count - 1
    }

    /// The position of `name` in the list, if it is listed.
    package func index(of name: PackedName) -> Int? {
        var slot = name.slot(among: mask + 1)
        while true {
            let entry = slots[slot]
            if entry.index < 0 { return nil }
            if entry.name == name { return entry.index }
            slot = (slot + 1) & mask
        }
    }
}
