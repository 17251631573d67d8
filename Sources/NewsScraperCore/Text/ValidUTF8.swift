/// Reading scalars straight from a `String`'s own UTF-8 bytes.
///
/// A `String` holds valid UTF-8, so a sequence's lead byte alone gives its length and none of
/// the checks a decoder of untrusted bytes makes are needed. The text scans that read bytes in
/// place (word counts, the script census, lowercasing, whitespace collapsing) share these two
/// steps rather than each spelling out the bit layout of RFC 3629.
enum ValidUTF8 {
    /// The number of bytes of the sequence that `lead` starts: 1 for ASCII, else 2 to 4.
    @inline(__always)
    static func sequenceLength(startingWith lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar value of the sequence at `index` of `bytes`, and how many bytes it takes.
    @inline(__always)
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        switch sequenceLength(startingWith: lead) {
        case 1:
            return (UInt32(lead), 1)
        case 2:
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case 3:
            return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F), 3)
        default:
            return (UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }
    }
}
