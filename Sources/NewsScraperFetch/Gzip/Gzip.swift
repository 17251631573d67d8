import CZlib

/// gzip (RFC 1952) decoding, through zlib: for payloads URLSession leaves
/// compressed, such as `sitemap.xml.gz`, and for saved `.html.gz` pages.
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
        if let whole = decompressSingleMember(bytes, limit: limit) { return whole }
        return try decompressInChunks(bytes, limit: limit)
    }

    /// The common case in one call: one member whose trailer's length (ISIZE, the size modulo
    /// 2^32) is the whole output, inflated straight into an array of that size. Nil whenever
    /// anything else happens (a second member, a trailer that does not tell the size, an
    /// error), and the chunked decoder then decodes, or fails, as it always did.
    static func decompressSingleMember(_ bytes: [UInt8], limit: Int) -> [UInt8]? {
        guard let size = believableSize(ofSingleMember: bytes, limit: limit) else { return nil }
        var stream = z_stream()
        guard newsscraper_inflateInitGzip(&stream) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var finished = false
        let output = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            bytes.withUnsafeBufferPointer { input in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = UInt32(input.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(size)
                let status = inflate(&stream, Z_FINISH)
                // The whole input is this one member: no second member or padding after it.
                finished = status == Z_STREAM_END && stream.avail_out == 0 && stream.avail_in == 0
            }
            initialized = finished ? size : 0
        }
        return finished ? output : nil
    }

    /// The output size a single member's trailer states, when it can be believed: the trailer is
    /// the sender's word, and deflate never expands more than 1,032 to one, so a larger claim
    /// (or one over `limit`) is refused before a buffer of that size is allocated.
    static func believableSize(ofSingleMember bytes: [UInt8], limit: Int) -> Int? {
        guard bytes.count >= 18 else { return nil }
        let size = Int(bytes[bytes.count - 4]) | Int(bytes[bytes.count - 3]) << 8
            | Int(bytes[bytes.count - 2]) << 16 | Int(bytes[bytes.count - 1]) << 24
        guard size > 0, size <= limit, size <= bytes.count * 1032 else { return nil }
        return size
    }

    private static func decompressInChunks(_ bytes: [UInt8], limit: Int) throws(GzipError) -> [UInt8] {
        var stream = z_stream()
        guard newsscraper_inflateInitGzip(&stream) == Z_OK else { throw .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(bytes.count * 4, 1 << 16)))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let result: Result<Void, GzipError> = bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                guard output.count + produced <= limit else { return .failure(.outputTooLarge(limit: limit)) }
                output.append(contentsOf: chunk[..<produced])
                switch status {
                case Z_OK:
                    if stream.avail_in == 0 && produced == 0 { return .failure(.truncated) }
                case Z_STREAM_END:
                    // Another member may follow; trailing zero padding is common and harmless.
                    let consumed = input.count - Int(stream.avail_in)
                    let rest = input[consumed...]
                    guard rest.contains(where: { $0 != 0 }) else { return .success(()) }
                    guard isGzip(rest) else { return .success(()) }
                    guard inflateReset(&stream) == Z_OK else { return .failure(.corrupt("zlib could not restart")) }
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 { return .failure(.truncated) }
                case Z_DATA_ERROR:
                    let message = stream.msg.map { String(cString: $0) } ?? "invalid data"
                    if message.hasPrefix("incorrect data check") || message.hasPrefix("incorrect length check") {
                        return .failure(.checksumMismatch)
                    }
                    return .failure(.corrupt(message))
                default:
                    return .failure(.corrupt("zlib status \(status)"))
                }
            }
        }
        try result.get()
        return output
    }
}
