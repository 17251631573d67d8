// Temporary stand-in until the author normaliser lands.
public struct AuthorNormalizer: Sendable {
    public init(publisherNames: [String] = []) {}
    public func normalize(_ raw: [String]) -> [String] { raw }
}
