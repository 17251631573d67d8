/// Why a gzip or DEFLATE stream could not be decoded.
public enum GzipError: Error, Sendable, Equatable {
    /// The input does not start with the gzip magic bytes `1f 8b`.
    case notGzip
    /// The stream ended before its last block or trailer.
    case truncated
    /// The compressed data breaks RFC 1951 or RFC 1952 (the reason says where).
    case corrupt(String)
    /// The decoded output would exceed the caller's limit (protects against
    /// decompression bombs, where a few KB expand to gigabytes).
    case outputTooLarge(limit: Int)
    /// The trailer's CRC-32 or length does not match the decoded data.
    case checksumMismatch
}
