import Foundation

/// An image named by metadata, its URL resolved against the page.
public struct MetadataImage: Sendable, Hashable {
    /// The image address, resolved against the page.
    public var url: URL
    /// Width in pixels, when the source states it.
    public var width: Int?
    /// Height in pixels, when the source states it.
    public var height: Int?
    /// A caption or alternative text.
    public var caption: String?

    /// Creates an image value.
    public init(url: URL, width: Int? = nil, height: Int? = nil, caption: String? = nil) {
        self.url = url
        self.width = width
        self.height = height
        self.caption = caption
    }

    /// The model's image value.
    public var articleImage: ArticleImage { ArticleImage(url: url, caption: caption, width: width, height: height) }

    /// Reads a pixel size written as a number, `"1200"`, `"1200px"` or
    /// `"1200.0"`; `nil` for anything else or non-positive values.
    static func pixels(_ raw: String?) -> Int? {
        guard let raw else { return nil }
        var text = raw.trimmingWhitespaces().lowercased()
        if text.hasSuffix("px") { text.removeLast(2) }
        if let value = Int(text), value > 0 { return value }
        if let value = Double(text), value >= 1, value < 1e6 { return Int(value) }
        return nil
    }
}
