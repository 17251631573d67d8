import Foundation
import NewsScraperCore
import NewsScraperHTML

/// Finds, for the lead picture the metadata names (`og:image`, JSON-LD
/// `image`), the caption and credit the page prints under it. The metadata
/// gives the picture's address only; the page shows it by the headline, most
/// often beside the body's container rather than inside it, so the body's
/// blocks never hold it.
enum LeadPictureCaption {
    /// The lead picture with the page's caption and credit, when the article around the body's
    /// container shows the same picture with either; `nil` otherwise.
    static func captioned(_ lead: ArticleImage, near container: HTMLNode) -> ArticleImage? {
        // The article around the container: its parent and the one above, never past <body>.
        var scope = container
        for _ in 0..<scopeLevels {
            guard let parent = scope.parent, !parent.hasTagName("html") else { break }
            scope = parent
        }
        let file = lead.url.lastPathComponent
        guard file.count > 4 else { return nil }
        var found: ArticleImage?
        var seen = 0
        scope.walk { node, event in
            guard event == .enter, node.isElement else { return .descend }
            seen += 1
            // Bounded: the scope can be the whole page when the container sits high in it.
            if seen > maxElementsRead { return .stop }
            if node.isSkippedForText { return .skipChildren }
            guard node.hasTagName("img"), names(node, file), let url = ImageReader.imageURL(node),
                  showsSamePicture(url, lead.url) else { return .descend }
            // The picture's holder: a <figure>, or an element with lines under the picture.
            var holder = node.parent
            for _ in 0..<holderLevels {
                guard let current = holder, current != scope.parent else { break }
                if let image = CaptionedImageReader.picture(current), image.caption != nil || image.credit != nil {
                    found = image
                    return .stop
                }
                holder = current.parent
            }
            return .descend
        }
        guard let found else { return nil }
        var captioned = lead
        captioned.caption = found.caption
        captioned.credit = found.credit
        return captioned
    }

    /// Whether an image element's source attributes name the file at all: most images of a page
    /// are other pictures, and need no URL resolved.
    private static func names(_ img: HTMLNode, _ file: String) -> Bool {
        sourceAttributes.contains { img.attribute($0)?.contains(file) == true }
    }

    private static let sourceAttributes = ImageReader.sourceAttributes + ImageReader.sourceSetAttributes

    /// How many levels above the picture its holder is looked for (a picture in a link in a wrapper).
    static let holderLevels = 3
    /// How many levels above the body's container the lead picture is looked for.
    static let scopeLevels = 2
    /// Elements read at most.
    static let maxElementsRead = 3_000

    /// The same picture: the same address, or the same file on the same host (pages print a
    /// picture at another size or with other query parameters than the metadata names).
    static func showsSamePicture(_ shown: URL, _ named: URL) -> Bool {
        if shown == named { return true }
        let file = shown.lastPathComponent
        return file.count > 4 && file == named.lastPathComponent && shown.host == named.host
    }
}
