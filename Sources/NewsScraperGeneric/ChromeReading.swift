import NewsScraperCore

/// How much of a page's chrome a reading of its body leaves out.
struct ChromeReading {
    /// Chrome judged below this level is kept.
    var least: BoilerplateClassifier.Level = .weak
    /// Class lists whose chrome words do not count (those the chosen content carries itself).
    var released: Set<String> = []
    /// Whether lists of links stay (a listing's entries are links).
    var keepsLinkLists = false
    /// Whether customers' reviews go (see ``BoilerplateClassifier/reviewWords``).
    var dropsReviews = false
    /// Whether the text beside a picture is read as its caption and credit (``CaptionedImageReader``),
    /// out of the body's text. Only in an article: on other pages a picture with a line under it is a
    /// product card or a feature of a service, content of its own.
    var readsCaptions = false

    /// An article's reading: chrome of every kind goes.
    static func article(released: Set<String> = [], readsCaptions: Bool = true) -> ChromeReading {
        ChromeReading(released: released, readsCaptions: readsCaptions)
    }

    /// The reading of a page that is not an article. Its class-word chrome ("carousel", "teaser",
    /// "banner") is as often a section of its content, so only chrome by tag, role or hidden state
    /// goes, with consent banners and a product's customer reviews; its entries are often links
    /// (product cards, listed stories), so link lists stay unless a class word marks them.
    static func wide(for kind: PageKind, released: Set<String> = []) -> ChromeReading {
        ChromeReading(least: .hard, released: released, keepsLinkLists: true, dropsReviews: kind == .product)
    }
}
