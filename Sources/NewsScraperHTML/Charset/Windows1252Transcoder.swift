/// Decodes windows-1252 the way browsers do, for the pages iconv cannot read.
///
/// iconv leaves five windows-1252 bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
/// unassigned, and libxml2 stops converting, dropping the rest of the page,
/// at the first one. The WHATWG table maps them to the C1 controls of the
/// same value. Pages without those bytes still go to libxml2 untouched.
enum Windows1252Transcoder {
    static func containsBytesIconvRejects(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 == 0x81 || $0 == 0x8D || $0 == 0x8F || $0 == 0x90 || $0 == 0x9D }
    }

    /// The bytes as UTF-8, with NUL bytes dropped as the parser would lose them.
    static func utf8(from bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                if byte != 0 { output.append(byte) }
                continue
            }
            let scalar = byte < 0xA0 ? highHalf[Int(byte - 0x80)] : UInt32(byte)
            if scalar < 0x800 {
                output.append(UInt8(0xC0 | (scalar >> 6)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            } else {
                output.append(UInt8(0xE0 | (scalar >> 12)))
                output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                output.append(UInt8(0x80 | (scalar & 0x3F)))
            }
        }
        return output
    }

    /// 0x80–0x9F; the rest of the high half is Latin-1.
    private static let highHalf: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
