/// Tests on eight ASCII bytes at once: a `UInt64` loaded from text in which no byte is at or
/// above 0x80. For such bytes, adding a constant below 0x80 to every byte carries into no
/// other byte, so the top bit of each byte of a sum answers one comparison for that byte.
/// Text scans (word counts, letter counts, the scoring walk's text measure) count eight
/// bytes a step this way while the text is ASCII.
package enum ASCIIWord {
    /// The top bit of each byte that is white space: a space, or a tab to a carriage return
    /// (U+0009–U+000D), the ASCII characters Unicode calls White_Space.
    @inlinable @inline(__always)
    package static func whiteSpaceFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        let atLeastTab = (word &+ 0x77 &* ones) & tops  // byte >= 0x09
        let pastReturn = (word &+ 0x72 &* ones) & tops  // byte >= 0x0E
        return (atLeastTab & ~pastReturn) | byteFlags(word, equalTo: 0x20)
    }

    /// The top bit of each byte equal to `value` (an ASCII byte).
    @inlinable @inline(__always)
    package static func byteFlags(_ word: UInt64, equalTo value: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return ~((word ^ (UInt64(value) &* ones)) &+ 0x7F &* ones) & 0x8080_8080_8080_8080
    }

    /// How many bytes are flagged by top bits: one bit per byte summed by a multiplication into
    /// the top byte (at most 8, no overflow).
    @inlinable @inline(__always)
    package static func flagCount(_ flags: UInt64) -> Int {
        Int(truncatingIfNeeded: ((flags >> 7) &* 0x0101_0101_0101_0101) >> 56)
    }
}
