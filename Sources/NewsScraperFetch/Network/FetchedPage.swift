import Foundation

/// A successfully fetched resource.
public struct FetchedPage: Sendable, Equatable {
    /// The URL that was asked for.
    public var url: URL
    /// The URL that answered, after redirects.
    public var finalURL: URL
    /// The HTTP status (2xx).
    public var statusCode: Int
    /// Response headers, names lowercased.
    public var headers: [String: String]
    /// The body, with any `Content-Encoding` (gzip, deflate) already removed.
    /// A `.gz` file served as such stays compressed: see ``Gzip``.
    public var body: [UInt8]
    /// The `Content-Type` media type, lowercased, without parameters.
    public var contentType: String?
    /// The `charset` parameter of `Content-Type`, exactly as the server sent it
    /// (it may be wrong; decide the real encoding with the document layer).
    public var charset: String?

    public init(url: URL, finalURL: URL, statusCode: Int, headers: [String: String], body: [UInt8]) {
        self.url = url
        self.finalURL = finalURL
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
        let parsed = ContentType(headers["content-type"])
        self.contentType = parsed.mediaType
        self.charset = parsed.charset
    }
}
