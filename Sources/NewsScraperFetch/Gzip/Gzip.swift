/// gzip (RFC 1952) decoding for payloads URLSession leaves compressed, such as
/// `sitemap.xml.gz` files served as `application/gzip` / `application/x-gzip`.
public enum Gzip {
    /// Whether the bytes start with the gzip magic number `1f 8b`.
    public static func isGzip<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    /// Decodes a gzip stream (all members, if several are concatenated).
    ///
    /// - Parameters:
    ///   - bytes: The compressed bytes.
    ///   - limit: The largest output accepted, in bytes. Decoding stops as soon
    ///     as the output would exceed it.
    /// - Returns: The decompressed bytes.
    /// - Throws: ``GzipError``.
    public static func decompress(_ bytes: [UInt8], limit: Int = 64 * 1024 * 1024) throws(GzipError) -> [UInt8] {
        guard isGzip(bytes) else { throw .notGzip }
        var output: [UInt8] = []
        var offset = 0
        // Trailing zero padding after the last member is common and harmless.
        while offset < bytes.count, bytes[offset...].contains(where: { $0 != 0 }) {
            guard isGzip(bytes[offset...]) else {
                if output.isEmpty { throw .notGzip }
                break
            }
            let dataStart = try headerEnd(bytes, from: offset)
            var inflater = Inflater(input: bytes, start: dataStart, outputLimit: limit - output.count)
            try inflater.inflate()
            let trailer = inflater.endOffset
            guard trailer + 8 <= bytes.count else { throw .truncated }
            let crc = littleEndian32(bytes, at: trailer)
            let size = littleEndian32(bytes, at: trailer + 4)
            guard crc == CRC32.checksum(inflater.output), size == UInt32(truncatingIfNeeded: inflater.output.count) else {
                throw .checksumMismatch
            }
            output.append(contentsOf: inflater.output)
            offset = trailer + 8
        }
        return output
    }

    private static func littleEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }

    /// Skips the member header (RFC 1952 §2.3) and returns where DEFLATE data begins.
    private static func headerEnd(_ bytes: [UInt8], from start: Int) throws(GzipError) -> Int {
        guard start + 10 <= bytes.count else { throw .truncated }
        guard bytes[start + 2] == 8 else { throw .corrupt("compression method \(bytes[start + 2]) is not DEFLATE") }
        let flags = bytes[start + 3]
        var position = start + 10
        if flags & 0x04 != 0 {  // FEXTRA
            guard position + 2 <= bytes.count else { throw .truncated }
            position += 2 + (Int(bytes[position]) | Int(bytes[position + 1]) << 8)
        }
        for flag in [UInt8(0x08), 0x10] where flags & flag != 0 {  // FNAME, FCOMMENT: zero-terminated
            while position < bytes.count, bytes[position] != 0 { position += 1 }
            position += 1
        }
        if flags & 0x02 != 0 { position += 2 }  // FHCRC
        guard position <= bytes.count else { throw .truncated }
        return position
    }
}
