/// What a UTF-8 lead byte promises about its sequence, as RFC 3629 allows it: no overlong
/// forms, no surrogates, nothing past U+10FFFF. The restriction falls on the second byte,
/// so it is given as that byte's range; later bytes are plain continuation bytes.
struct UTF8LeadByte {
    /// The sequence's length in bytes, lead included (2 to 4).
    let length: Int
    /// The values its second byte may take.
    let secondByte: ClosedRange<UInt8>

    /// Nil for a byte that cannot start a multi-byte sequence (ASCII, a continuation byte,
    /// C0, C1, F5–FF).
    @inline(__always)
    init?(_ lead: UInt8) {
        switch lead {
        case 0xC2...0xDF: self.init(length: 2, secondByte: 0x80...0xBF)
        case 0xE0: self.init(length: 3, secondByte: 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: self.init(length: 3, secondByte: 0x80...0xBF)
        case 0xED: self.init(length: 3, secondByte: 0x80...0x9F)
        case 0xF0: self.init(length: 4, secondByte: 0x90...0xBF)
        case 0xF1...0xF3: self.init(length: 4, secondByte: 0x80...0xBF)
        case 0xF4: self.init(length: 4, secondByte: 0x80...0x8F)
        default: return nil
        }
    }

    private init(length: Int, secondByte: ClosedRange<UInt8>) {
        self.length = length
        self.secondByte = secondByte
    }
}
