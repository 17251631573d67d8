import NewsScraperHTML
// Temporary stand-in until the metadata collector lands.
public struct PageMetadata: Sendable {
    public static func collect(from document: HTMLDocument) -> PageMetadata { PageMetadata() }
}
