import NewsScraperCore
import NewsScraperHTML

/// Reads a picture written without `<figure>`: an element that holds an image
/// and, after it, a line or two of text about it ("Wheat harvest in Stavropol
/// Krai" / "RIA Novosti"). Without this reading the caption and the credit
/// come out as paragraphs of the article; with it they are the image's, out
/// of the body's text, as a `<figcaption>` is.
///
/// Only the markup decides: the image comes first, nothing but short text
/// elements follow it, and none of them is a heading, list, table, quote or
/// paragraph of prose. A `<p>` after an image is the article's next paragraph
/// unless its class or id names a caption, and a `<p>` or `<span>` holding a
/// picture and text is a paragraph unless its own class or id names one.
enum CaptionedImageReader {
    /// The image with its caption and credit when `node` wraps one that way, `nil` otherwise.
    /// `hides` says which elements readers cannot see: they are neither caption nor credit.
    static func image(_ node: HTMLNode, hides: (HTMLNode) -> Bool) -> ArticleImage? {
        guard node.isElement, node.firstChild != nil else { return nil }
        let isInline = node.hasTagName("p") || node.hasTagName("span")
        guard isInline || node.hasTagName("div") else { return nil }
        var image: ArticleImage?
        var parts: [(text: String, marksCredit: Bool)] = []
        var textLength = 0
        var child = node.firstChild
        while let current = child {
            child = current.nextSibling
            switch current.kind {
            case .text:
                if !current.isBlankText { return nil }
                continue
            case .element: break
            default: continue
            }
            // A <noscript> copy of the picture for pages read without scripts.
            if hides(current) || current.hasTagName("noscript") { continue }
            if parts.isEmpty, let found = pictureOnly(current) {
                // A second picture makes a gallery or a grid of cards, not one captioned image.
                if image != nil, found.url != image?.url { return nil }
                image = found
                continue
            }
            guard image != nil, let part = captionPart(current) else { return nil }
            textLength += part.text.utf8.count
            parts.append(part)
            if parts.count > maxParts || textLength > maxCaptionLength { return nil }
        }
        guard var captioned = image, !parts.isEmpty else { return nil }
        // Inside a paragraph, a picture and a run of text are the paragraph's own words (text pasted
        // from an editor comes as a <span> per run): there the holder must say it holds a caption.
        // (Asked last: most paragraphs fail the cheaper tests above, at their first words.)
        if isInline, classWords(node).isDisjoint(with: pictureHolderWords) { return nil }
        var caption: String?
        var credit: String?
        for part in parts {
            if part.marksCredit, credit == nil {
                credit = part.text
            } else if let first = caption {
                if credit == nil, part.text.utf8.count <= maxCreditLength {
                    credit = part.text
                } else {
                    caption = first + " " + part.text
                }
            } else {
                caption = part.text
            }
        }
        (captioned.caption, captioned.credit) = CaptionSplitter.split(caption: caption, credit: credit)
        return captioned
    }

    /// At most a caption and a credit.
    static let maxParts = 2
    /// In UTF-8 bytes: a caption of a few lines, not a paragraph of the article.
    static let maxCaptionLength = 400
    /// In UTF-8 bytes: a credit is a name or an agency.
    static let maxCreditLength = 80

    /// The image of an element that shows a picture and no text: the `<img>` itself, or a
    /// `<picture>`, link or wrapper around one.
    private static func pictureOnly(_ element: HTMLNode) -> ArticleImage? {
        if element.hasTagName("img") { return ImageReader.image(element) }
        guard element.hasTagName("picture") || element.hasTagName("a") || element.hasTagName("span")
                || element.hasTagName("div") else { return nil }
        var img: HTMLNode?
        var showsText = false
        var seen = 0
        element.walk { inner, event in
            guard event == .enter else { return .descend }
            seen += 1
            // Bounded: this runs on every element of a body, and wrappers can nest without end.
            if seen > maxElementsRead { showsText = true; return .stop }
            switch inner.kind {
            case .text:
                if !inner.isBlankText { showsText = true; return .stop }
            case .element:
                if inner.isSkippedForText { return .skipChildren }
                if img == nil, inner.hasTagName("img") { img = inner }
            default: break
            }
            return .descend
        }
        guard !showsText, let img else { return nil }
        return ImageReader.image(img)
    }

    /// Nodes read inside one candidate picture or caption at most.
    static let maxElementsRead = 64

    private static let captionTags: Set<String> = ["div", "span", "small", "figcaption", "em", "i", "cite", "p"]
    /// Elements no caption holds: what they hold is content of its own.
    private static let contentTags: Set<String> = [
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "img", "p", "form", "iframe",
    ]

    /// The text of an element that can be a caption or a credit, and whether its class names a credit.
    private static func captionPart(_ element: HTMLNode) -> (text: String, marksCredit: Bool)? {
        let name = element.tagName
        guard captionTags.contains(name) else { return nil }
        let words = classWords(element)
        if name == "p", words.isDisjoint(with: captionWords) { return nil }
        var holdsContent = false
        var linkedText = 0
        var seen = 0
        element.walk { inner, event in
            guard event == .enter, inner.isElement else { return .descend }
            seen += 1
            let innerName = inner.tagName
            if seen > maxElementsRead || contentTags.contains(innerName) {
                holdsContent = true
                return .stop
            }
            if innerName == "a" { linkedText += inner.text(maxUTF8Count: maxCaptionLength)?.utf8.count ?? maxCaptionLength }
            return .descend
        }
        guard !holdsContent, let text = element.text(maxUTF8Count: maxCaptionLength), !text.isEmpty,
              // A teaser card's headline is a link to another story, not a caption.
              linkedText * 2 <= text.utf8.count else { return nil }
        return (text, !words.isDisjoint(with: creditWords))
    }

    /// Class and id words that name a caption; a `<p>` needs one to be read as a caption.
    static let captionWords: Set<String> = [
        "caption", "captions", "credit", "credits", "copyright", "description", "desc", "legend", "source",
    ]
    /// Class and id words that name a holder of a picture and its caption; a `<p>` or `<span>` needs one.
    static let pictureHolderWords = captionWords.union(["figure", "image", "img", "photo", "picture", "media"])
    /// Class and id words that name the credit of a picture rather than its caption.
    static let creditWords: Set<String> = [
        "credit", "credits", "copyright", "source", "photographer", "attribution", "byline", "author",
    ]

    /// The words of an element's class and id, as the chrome classifier splits them (lowercased,
    /// at anything but ASCII letters and at case changes: "article__img-copyright", "imageCredit").
    static func classWords(_ element: HTMLNode) -> Set<String> {
        var words: Set<String> = []
        for value in [element.attribute("class"), element.attribute("id")] {
            if let value { BoilerplateClassifier.forEachWord(value) { words.insert($0) } }
        }
        return words
    }

    /// A picture with the text shown with it: a `<figure>`'s image and caption, or an image with
    /// lines under it as ``image(_:hides:)`` reads it. Readers' hidden text is neither.
    static func picture(_ node: HTMLNode) -> ArticleImage? {
        node.hasTagName("figure") ? ImageReader.figureImage(node)
            : image(node, hides: BoilerplateClassifier.isHiddenFromSight)
    }
}
