import Foundation

/// Decodes the multi-byte legacy encodings (GBK, Big5, Shift_JIS, EUC-KR, …)
/// to UTF-8 in Swift, through iconv, before libxml2 sees the page.
///
/// libxml2 converts through iconv too, but at the first invalid sequence it
/// stops and drops the rest of the page. Here an invalid byte becomes U+FFFD
/// and decoding goes on, as in browsers. The cost is about what libxml2's own
/// conversion would have been, since libxml2 then reads UTF-8 as is.
enum MultiByteTranscoder {
    static func handles(_ canonical: String) -> Bool {
        switch canonical {
        case "gbk", "gb18030", "big5", "euc-jp", "iso-2022-jp", "shift_jis", "euc-kr": return true
        default: return false
        }
    }

    /// The bytes as UTF-8 with NUL bytes dropped, or `nil` when iconv does not know the encoding.
    static func utf8(from bytes: UnsafeBufferPointer<UInt8>, canonical: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", iconvName(for: canonical))
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }

        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var written = 0
        var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
            .assumingMemoryBound(to: CChar.self)
        var inputLeft = bytes.count
        while inputLeft > 0 {
            if output.count - written < 16 { output.append(contentsOf: repeatElement(0, count: output.count)) }
            let (result, failure, produced) = output.withUnsafeMutableBufferPointer { buffer in
                var target: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(buffer.baseAddress! + written)
                    .assumingMemoryBound(to: CChar.self)
                var targetLeft = buffer.count - written
                let result = iconv(converter, &input, &inputLeft, &target, &targetLeft)
                return (result, errno, buffer.count - written - targetLeft)
            }
            written += produced
            guard result == -1 else { break }
            switch failure {
            case E2BIG:
                continue
            case EILSEQ, EINVAL:
                // An invalid or truncated sequence: one replacement character, then resynchronise.
                output.replaceSubrange(written..<min(written + 3, output.count), with: [0xEF, 0xBF, 0xBD])
                written += 3
                input = input.map { $0 + 1 }
                inputLeft -= 1
                _ = iconv(converter, nil, nil, nil, nil)
            default:
                return nil
            }
        }
        output.removeSubrange(written...)
        if output.contains(0) { output.removeAll { $0 == 0 } }
        return output
    }

    /// The WHATWG encodings are the Microsoft supersets browsers decode with
    /// (Shift_JIS means windows-31j, EUC-KR means windows-949, Big5 includes HKSCS).
    private static func iconvName(for canonical: String) -> String {
        switch canonical {
        case "gbk": return "GBK"
        case "gb18030": return "GB18030"
        case "big5": return "BIG5-HKSCS"
        case "shift_jis": return "CP932"
        case "euc-kr": return "CP949"
        default: return canonical.uppercased()
        }
    }
}
