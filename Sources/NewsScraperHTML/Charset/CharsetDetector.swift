/// Decides a page's character encoding from its bytes, as browsers do:
/// byte-order mark, then the transport (HTTP) charset, then a `<meta>` prescan
/// of the first 1024 bytes, then UTF-8 when the bytes validate, else windows-1252.
///
/// libxml2 is always told the result: left to itself it switches the rest of
/// a page to Latin-1 at the first invalid UTF-8 byte and ignores a `<meta>`
/// that follows non-ASCII text.
public enum CharsetDetector {
    /// Decides the encoding of `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: The page as received.
    ///   - transportHint: The charset label from the HTTP `Content-Type`, if any.
    ///     An unknown label is ignored, as browsers ignore it.
    public static func decide(_ bytes: UnsafeBufferPointer<UInt8>, transportHint: String? = nil) -> CharsetDecision {
        if let bom = byteOrderMark(bytes) {
            return CharsetDecision(encoding: bom.encoding, source: .byteOrderMark)
        }
        if let hint = transportHint, let name = CharsetLabels.canonicalName(for: hint) {
            return CharsetDecision(encoding: name, source: .transportHint, declaredLabel: hint)
        }
        if let label = MetaPrescanner.declaredCharset(in: bytes),
           var name = CharsetLabels.canonicalName(for: label) {
            // A page cannot be UTF-16 if its ASCII meta was readable: browsers read UTF-8 then.
            if name.hasPrefix("utf-16") { name = "utf-8" }
            return CharsetDecision(encoding: name, source: .metaPrescan, declaredLabel: label)
        }
        let census = UTF8Census(bytes)
        if census.invalidSequences == 0 {
            return CharsetDecision(encoding: "utf-8", source: .validUTF8)
        }
        // A few stray bytes among many well-formed multi-byte sequences is a
        // UTF-8 page with damage, not a legacy page; decoding it as
        // windows-1252 would garble every character.
        if census.multiByteSequences >= 4 * census.invalidSequences {
            return CharsetDecision(encoding: "utf-8", source: .mostlyUTF8)
        }
        return CharsetDecision(encoding: "windows-1252", source: .fallback)
    }

    /// Convenience for byte arrays.
    public static func decide(_ bytes: [UInt8], transportHint: String? = nil) -> CharsetDecision {
        bytes.withUnsafeBufferPointer { decide($0, transportHint: transportHint) }
    }

    /// The encoding named by a byte-order mark, and the mark's length.
    static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> (encoding: String, length: Int)? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return ("utf-8", 3) }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return ("utf-16be", 2) }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return ("utf-16le", 2) }
        return nil
    }
}

/// Counts well-formed multi-byte and invalid UTF-8 sequences in one pass.
struct UTF8Census {
    private(set) var multiByteSequences = 0
    private(set) var invalidSequences = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                // Pages are mostly ASCII markup: skip it eight bytes at a time.
                index += 1
                while index + 8 <= count,
                      UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                          & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                continue
            }
            guard let sequence = UTF8LeadByte(lead) else { invalidSequences += 1; index += 1; continue }
            let length = sequence.length
            guard index + length <= count else { invalidSequences += 1; break }
            let second = bytes[index + 1]
            var valid = sequence.secondByte.contains(second)
            if valid && length > 2 {
                for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false; break }
            }
            if valid {
                multiByteSequences += 1
                index += length
            } else {
                invalidSequences += 1
                index += 1
            }
        }
    }
}
