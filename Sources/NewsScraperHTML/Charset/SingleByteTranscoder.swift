import Foundation

/// Decodes single-byte legacy encodings for the pages libxml2 cannot read.
///
/// libxml2 converts through iconv and, at the first byte iconv has no
/// mapping for (windows-1252's 0x81, windows-1251's 0x98, the holes of
/// iso-8859-8, …), stops and drops the rest of the page. Such pages are
/// decoded here instead, to UTF-8, with the byte mapped as browsers map it:
/// to the C1 control of the same value in the windows-125x encodings, else
/// to U+FFFD. Pages without such bytes still go to libxml2 untouched.
struct SingleByteTranscoder: Sendable {
    /// The code point of each byte from 0x80 up; `nil` where iconv has none.
    private let highHalf: [Unicode.Scalar?]
    /// The windows-125x encodings map their holes to C1 controls in browsers.
    private let holesAreC1Controls: Bool

    /// The transcoder for a canonical encoding name, or `nil` when the
    /// encoding is not single-byte (or iconv does not know it).
    static func forEncoding(_ canonical: String) -> SingleByteTranscoder? {
        // One `static let` per encoding: built at most once per process, on
        // first use, and immutable afterwards.
        switch canonical {
        case "windows-1250": return windows1250
        case "windows-1251": return windows1251
        case "windows-1252": return windows1252
        case "windows-1253": return windows1253
        case "windows-1254": return windows1254
        case "windows-1255": return windows1255
        case "windows-1256": return windows1256
        case "windows-1257": return windows1257
        case "windows-1258": return windows1258
        case "windows-874": return windows874
        case "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7", "iso-8859-8",
             "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15", "iso-8859-16", "koi8-r", "koi8-u",
             "ibm866", "macintosh", "x-mac-cyrillic":
            // Rare enough not to deserve a cached table each.
            return SingleByteTranscoder(canonical: canonical)
        default: return nil
        }
    }

    private static let windows1250 = SingleByteTranscoder(canonical: "windows-1250")
    private static let windows1251 = SingleByteTranscoder(canonical: "windows-1251")
    private static let windows1252 = SingleByteTranscoder(canonical: "windows-1252")
    private static let windows1253 = SingleByteTranscoder(canonical: "windows-1253")
    private static let windows1254 = SingleByteTranscoder(canonical: "windows-1254")
    private static let windows1255 = SingleByteTranscoder(canonical: "windows-1255")
    private static let windows1256 = SingleByteTranscoder(canonical: "windows-1256")
    private static let windows1257 = SingleByteTranscoder(canonical: "windows-1257")
    private static let windows1258 = SingleByteTranscoder(canonical: "windows-1258")
    private static let windows874 = SingleByteTranscoder(canonical: "windows-874")

    private init?(canonical: String) {
        guard let table = Self.iconvTable(CharsetLabels.parserName(for: canonical)) else { return nil }
        highHalf = table
        holesAreC1Controls = canonical.hasPrefix("windows-125")
    }

    /// Whether libxml2 would stop at some byte of `bytes`.
    func hasUnmappedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 >= 0x80 && highHalf[Int($0 - 0x80)] == nil }
    }

    /// The bytes as UTF-8, with NUL bytes dropped as the parser would lose them.
    func utf8(from bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            if byte < 0x80 {
                if byte != 0 { output.append(byte) }
                continue
            }
            let scalar = highHalf[Int(byte - 0x80)] ?? (holesAreC1Controls ? Unicode.Scalar(byte) : "\u{FFFD}")
            output.append(contentsOf: UTF8.encode(scalar)!)
        }
        return output
    }

    /// Asks iconv for each high byte on its own.
    private static func iconvTable(_ name: String) -> [Unicode.Scalar?]? {
        let converter = iconv_open("UTF-32LE", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        return (0x80...0xFF).map { (value: Int) -> Unicode.Scalar? in
            var input = [CChar(bitPattern: UInt8(value))]
            var output = [UInt8](repeating: 0, count: 8)
            return input.withUnsafeMutableBufferPointer { inputBuffer in
                output.withUnsafeMutableBufferPointer { outputBuffer -> Unicode.Scalar? in
                    var inPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress
                    var inLeft = 1
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBuffer.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = 8
                    _ = iconv(converter, nil, nil, nil, nil)
                    guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, outLeft == 4 else {
                        return nil
                    }
                    let code = UInt32(outputBuffer[0]) | UInt32(outputBuffer[1]) << 8 | UInt32(outputBuffer[2]) << 16
                        | UInt32(outputBuffer[3]) << 24
                    return Unicode.Scalar(code)
                }
            }
        }
    }
}
