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
                let (value, length) = ValidUTF8.scalar(at: index, in: bytes)
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
