extension StringProtocol {
    /// `lowercased()`, computed over the UTF-8 bytes: ASCII bytes are lowercased in place and
    /// only other scalars go through their Unicode lowercase mapping.
    ///
    /// Swift lowercases a string scalar by scalar (each scalar's `lowercaseMapping`, with no
    /// context), so this is the same string; but the standard library takes its fast path only
    /// for all-ASCII strings, and one curly quote in a line sent the whole line through the
    /// per-scalar property lookup, at several hundred instructions a byte.
    package func lowercasedOverUTF8() -> String {
        let result: [UInt8]? = utf8.withContiguousStorageIfAvailable { bytes in
            var lowered: [UInt8] = []
            lowered.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    lowered.append(lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead)
                    index += 1
                    continue
                }
                // A String's bytes are valid UTF-8: the lead byte gives the length.
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                if let scalar = Unicode.Scalar(value) {
                    lowered.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
                index += length
            }
            return lowered
        }
        guard let result else { return lowercased() }
        return String(decoding: result, as: UTF8.self)
    }
}
