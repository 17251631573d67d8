import Foundation
import NewsScraper
import Testing

/// Behaviours of the generic extractor, each on a small hand-made page in Fixtures/.
struct GenericExtractionTests {
    static func article(_ name: String, url: String = "https://example.com/2025/03/04/a-story-about-things") throws
        -> Article {
        let fixtures = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        let html = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
        return try NewsScraper().extract(html: html, url: URL(string: url))
    }

    @Test func textWrittenStraightIntoAContainerIsTheBody() throws {
        let article = try Self.article("br-separated.html")
        #expect(article.text.contains("Le conseil municipal a voté mardi soir"))
        #expect(article.text.contains("Les travaux commenceront au printemps"))
        #expect(!article.text.contains("Contact"))
    }

    @Test func chromeWordsOnAWrapperHoldingThePageDoNotHideIt() throws {
        let article = try Self.article("layout-wrapper.html")
        #expect(article.text.contains("The harbour reopened on Friday"))
        #expect(article.text.contains("Fishermen, who had moored"))
        // Small chrome inside and beside the body still goes.
        #expect(!article.text.contains("Share this story"))
        #expect(!article.text.contains("Sign up to our weekly letter"))
    }

    @Test func sectionsWaitingForAnEntranceAnimationAreContent() throws {
        let article = try Self.article("animated-sections.html")
        #expect(article.text.contains("Page builders hide a section until it scrolls into view"))
        #expect(article.text.contains("The most important factor in choosing an app"))
        #expect(!article.text.contains("Share this story"))
    }

    @Test func aSummaryThatOpensTheBodyStaysInTheBodyOnce() throws {
        let article = try Self.article("layout-wrapper.html")
        #expect(article.text.hasPrefix("The harbour reopened on Friday"))
        #expect(article.summary == nil)
        #expect(!article.validation.issues.contains { $0.code == "summary.repeatedInBody" })
    }

    @Test func repeatedParagraphsStayAndTrailingHeadingsGo() throws {
        let article = try Self.article("repeated-lines.html")
        let porridge = article.blocks.filter { $0.plainText?.hasPrefix("Oat porridge") == true }
        #expect(porridge.count == 2)
        #expect(article.blocks.last == .paragraph(
            "Chickpea salad with tomatoes, cucumber and feta at lunch, and a vegetable stir-fry with rice for dinner."))
        #expect(!article.text.contains("Comments"))
    }

    @Test func aBlockPrintedOncePerScreenSizeIsReadOnce() throws {
        let article = try Self.article("layout-copies.html")
        let times = { (line: String) in article.text.components(separatedBy: line).count - 1 }
        #expect(times("A kitchen remodel costs between") == 1)
        #expect(times("Cabinets take about a third") == 1)
        // The copy after a hidden twin, or after one named as chrome, is the one the reader sees: it stays.
        #expect(times("Keep the sink where it is") == 1)
        #expect(times("Ask two or three builders") == 1)
        #expect(article.text.hasSuffix("when the rest of the crew can start on the room."))
    }

    @Test func sectionsInOverflowClippedBoxesAreContent() throws {
        let article = try Self.article("overflow-utility.html")
        #expect(article.text.contains("The snake plant stores water in its stiff leaves"))
        #expect(article.text.contains("The ZZ plant grows from thick roots"))
        #expect(article.text.hasSuffix("its share of the light there is."))
        #expect(!article.text.contains("Thanks for signing up"))
    }

    @Test func titleSkipsALogoHeading() throws {
        let article = try Self.article("layout-wrapper.html")
        #expect(article.title == "Harbour reopens after storm repairs")
    }

    @Test func newsArticleMarkupMakesAnArticle() throws {
        #expect(try Self.article("layout-wrapper.html").validation.isArticle)
    }

    @Test func postsOfAThreadAreTakenTogetherFromNoscript() throws {
        let article = try Self.article("thread.html", url: "https://forum.example.com/t/which-tent/123")
        #expect(article.text.contains("I am planning a winter trip"))
        #expect(article.text.contains("A four-season dome"))
        #expect(article.text.contains("Look at the snow skirts"))
        #expect(!article.validation.isArticle)
    }
}

extension GenericExtractionTests {
    @Test func aLandingPageWithoutMainKeepsEveryContentBlock() throws {
        let article = try Self.article("landing-page.html", url: "https://harbourline.example.com/")
        #expect(!article.validation.isArticle)
        #expect(article.text.contains("Harbourline stores your boat"))
        #expect(article.text.contains("Covered racks keep hulls"))
        #expect(article.text.contains("Antifouling, winterising"))
        #expect(article.text.contains("Members of local sailing clubs"))
        // A class word ("banner") names a section of such a page as often as chrome.
        #expect(article.text.contains("Spring offer"))
        // Chrome is still left out.
        #expect(!article.text.contains("All rights reserved"))
        #expect(!article.text.contains("Pricing"))
    }
}

extension GenericExtractionTests {
    @Test func aProductPageKeepsTheSectionsOfItsMainRegion() throws {
        let article = try Self.article("product-main.html", url: "https://shop.example.com/p/dry-bag-20")
        #expect(!article.validation.isArticle)
        #expect(article.text.contains("A roll-top bag of welded"))
        // "carousel" and "slide" are class words of chrome on news pages, of content here.
        #expect(article.text.contains("No stitches for water to find"))
        #expect(article.text.contains("310 grams"))
        // Chrome by tag goes, inside <main> too.
        #expect(!article.text.contains("Home / Bags"))
        #expect(!article.text.contains("All rights reserved"))
    }

    @Test func aProductPageLeavesOutItsReviewsAndConsentBanner() throws {
        let article = try Self.article("product-reviews.html", url: "https://shop.example.com/p/dry-bag-20")
        #expect(!article.validation.isArticle)
        #expect(article.text.contains("A roll-top bag of welded"))
        #expect(article.text.contains("No stitches for water to find"))
        #expect(article.text.contains("310 grams"))
        // Customers' reviews and a consent banner are beside a product's content, whatever the class words.
        #expect(!article.text.contains("bone dry"))
        #expect(!article.text.contains("We use cookies"))
    }

    @Test func consentSettingsThatOutweighAShortPageAreNotItsBody() throws {
        let article = try Self.article("consent-settings.html", url: "https://forum.example.com/t/which-tent/123")
        #expect(article.text.contains("I am planning a winter trip"))
        #expect(article.text.contains("Take a four-season dome"))
        #expect(!article.text.contains("Targeting cookies"))
        #expect(!article.text.contains("These cookies may be set"))
    }

    @Test func aPageWhoseOnlyContentIsChromeWordedIsNotEmpty() throws {
        let article = try Self.article("chrome-worded-grid.html", url: "https://shop.example.com/trail-running-shoes")
        #expect(!article.validation.isArticle)
        // "skip" marks the grid as chrome by class word; nothing else on the page is content.
        #expect(article.text.contains("Trail running shoe with a rock plate"))
        #expect(article.text.contains("Light racing shoe for dry, fast trails"))
        #expect(!article.text.contains("All rights reserved"))
    }

    @Test func aServicePageKeepsItsTestimonials() throws {
        let article = try Self.article("landing-page.html", url: "https://harbourline.example.com/")
        #expect(article.text.contains("Our boat has never looked better"))
    }
}

extension GenericExtractionTests {
    @Test func theLinkedEntriesOfAListingStay() throws {
        let article = try Self.article("listing.html", url: "https://paddle.example.com/kayaks")
        #expect(!article.validation.isArticle)
        #expect(article.text.contains("Touring and expedition kayaks"))
        #expect(article.text.contains("Nordkapp 17 expedition kayak"))
        #expect(article.text.contains("Fjord 14 stable beginner"))
        // A link list its class marks as chrome still goes.
        #expect(!article.text.contains("Facebook"))
    }

    @Test func aFooterOfSmallPrintIsNotTheBody() throws {
        let article = try Self.article("legal-footer.html", url: "https://watch.example.com/watches/")
        // The footer's legal notes outweigh the page's tiles; they are still its footer.
        #expect(article.text.contains("The lightest watch we make"))
        #expect(!article.text.contains("Monthly instalments are an interest-free payment option"))
    }

    @Test func aPageThatIsNotAnArticleWithAllItsTextInChromeWordedSectionsKeepsThem() throws {
        let article = try Self.article("chrome-worded-sections.html", url: "https://paddle.example.com/kayaks")
        #expect(!article.validation.isArticle)
        // Every container that scores is inside class-word chrome ("slider", "carousel", "overlay").
        #expect(article.text.contains("An expedition kayak for open water"))
        #expect(article.text.contains("A fast day tourer"))
    }

    @Test func sectionsSharingTheClassWordedWrapperOfTheBodyAreBodyToo() throws {
        let article = try Self.article("chapters-in-chrome-words.html", url: "https://registry.example.org/guides/cooperative")
        // "toc" marks chrome, but the largest chapter escapes it by its size: its sister chapters are content too.
        #expect(article.text.contains("A cooperative is owned by its members"))
        #expect(article.text.contains("Filing the articles costs a fixed fee"))
        #expect(article.text.contains("Changes to the articles need a vote"))
        #expect(!article.text.contains("Registry of cooperatives, open weekdays"))
    }

    @Test func aLaterBlockOfTheBodysOwnClassJoinsIt() throws {
        let article = try Self.article("split-widgets.html", url: "https://cameras.example.com/guides/choosing-a-camera")
        #expect(article.text.contains("A compact camera fits in a pocket"))
        // The page split its text over two blocks of the same class; the second says little, and is still the article's end.
        #expect(article.text.contains("the best camera is the one you take with you"))
        #expect(!article.text.contains("Camera Guides, written by photographers"))
    }

    @Test func anIntroBlockOfTheBodysClassBesideItJoinsIt() throws {
        let article = try Self.article("intro-block.html", url: "https://travel.example.com/guides/renting-a-car-abroad")
        // One short paragraph scores little, but it is a block of the same class as the body beside it.
        #expect(article.text.hasPrefix("Whether you cross a border or an ocean"))
        #expect(article.text.contains("Keep the receipts, the contract"))
        #expect(!article.text.contains("Travel Guides, written by travellers"))
    }

    @Test func aHeadingsAnchorIdIsNoChromeLabel() throws {
        // "social" and "share" in an id mark chrome, but a heading's id is its own text made an anchor.
        let article = try Self.article("heading-anchors.html")
        let headings = article.blocks.compactMap { block -> String? in
            if case let .heading(_, text) = block { return text }
            return nil
        }
        #expect(headings == ["What social media marketing is", "How to share your work"])
        #expect(!article.text.contains("Share this page"))
    }

    @Test func aBlockOfTheBodysClassWithALinkedTableJoinsIt() throws {
        // Linked company names put the intro's link density above prose's, below a link list's.
        let article = try Self.article("same-class-linked-table.html")
        #expect(article.text.hasPrefix("We ranked the county's electrical contractors"))
        #expect(article.text.contains("Revenue is only one measure"))
        #expect(article.text.contains("none expected to cut its crews"))
    }

    @Test func wordsInFormattedLinksAndLinkedItemsStayInTheirBlock() throws {
        let article = try Self.article("linked-words.html")
        #expect(article.text.contains("in the spring, the full report says."))
        #expect(article.text.contains("read the minutes and notes of the meeting"))
        #expect(article.text.contains("keep its facade, a listed front that dates"))
        // An item that is mostly its link belongs to the list around it, which is no link list.
        #expect(article.text.contains("The new opening hours, from May."))
        // The dateline printed again at the top of the body is no part of it.
        #expect(article.text.hasPrefix("The council decided on Tuesday"))
        // A card of related stories that shows on hovering a name is no part of the sentence.
        #expect(article.text.contains("The mayor, Jo Park, backed the plan."))
        #expect(!article.text.contains("second term"))
        // A short paragraph that is all link points elsewhere.
        #expect(!article.text.contains("Town hall to reopen"))
        #expect(article.text.contains("The library will close for a year"))
        // A block of links is still a link list.
        #expect(!article.text.contains("Other news"))
    }

    @Test func linesUnderAPictureAreItsCaptionAndCreditNotBodyText() throws {
        let article = try Self.article("captioned-pictures.html",
                                       url: "https://farm.example.com/2025/04/18/wheat-forecast")
        let images = article.blocks.compactMap { block -> ArticleImage? in
            if case let .image(image) = block { image } else { nil }
        }
        let cover = try #require(images.first { $0.url.path == "/images/harvest.jpg" })
        #expect(cover.caption == "Harvesting wheat near Stavropol in July")
        #expect(cover.credit == "Farm Agency")
        let terminal = try #require(images.first { $0.url.path == "/images/terminal.jpg" })
        #expect(terminal.caption == "The grain terminal at the port, in May")
        #expect(!article.text.contains("Stavropol"))
        #expect(!article.text.contains("Farm Agency"))
        #expect(!article.text.contains("grain terminal"))
        // A paragraph after a picture is the article's, unless its class names a caption.
        #expect(article.text.contains("Prices on the world market have risen"))
        #expect(images.first { $0.url.path == "/images/field.jpg" }?.caption == nil)
        #expect(article.text.hasPrefix("Analysts raised their forecast"))
        // Holders named for their caption ("wp-caption") are no chrome: the picture is the article's.
        #expect(images.first { $0.url.path == "/images/silo.jpg" }?.caption == "Silos at the elevator")
        #expect(images.first { $0.url.path == "/images/truck.jpg" }?.caption == "Trucks queue at the elevator")
        // So is a captioned picture set inside a paragraph.
        #expect(images.first { $0.url.path == "/images/map.jpg" }?.caption == "Where the wheat grows. (Farm Maps)")
        #expect(!article.text.contains("elevator"))
        #expect(!article.text.contains("wheat grows"))
        // A paragraph that opens with a picture keeps its words.
        #expect(article.text.contains("Farmers in the south began the harvest early."))
        // Other weak chrome around a picture, an author's portrait with a bio, stays out, picture and all.
        #expect(!images.contains { $0.url.path == "/images/portrait.jpg" })
        #expect(!article.text.contains("Anna Lee"))
        #expect(article.text.hasSuffix("when most of the crop forms, the analysts said."))
    }

    @Test func onAPageThatIsNotAnArticleTheLineUnderAPictureIsContent() throws {
        let page = try Self.article("picture-cards.html", url: "https://greenhands.example.com/services")
        #expect(!page.validation.isArticle)
        #expect(page.text.contains("Garden design: we draw a plan with you"))
        #expect(page.text.contains("Tree work: felling, crown reduction"))
    }

    @Test func aPictureBehindThousandsOfWrappersIsNoCaptionedPicture() throws {
        // Each wrapper is offered to the caption reader, which looks only a bounded way into it
        // (64 nodes): past that, the line after the wrappers stays text. (Within the bound, the
        // <div> holding the wrappers and the line would be a captioned picture.)
        let depth = 20_000
        let html = "<html><body><article><p>" + String(repeating: "The story goes on. ", count: 40) + "</p><div>"
            + String(repeating: "<div>", count: depth) + "<img src=\"/a.jpg\">" + String(repeating: "</div>", count: depth)
            + "<div>Caption</div></div></article></body></html>"
        let article = try NewsScraper().extract(html: html, url: URL(string: "https://example.com/2025/01/02/story"))
        #expect(article.text.hasPrefix("The story goes on."))
        #expect(article.text.hasSuffix("Caption"))
    }

    @Test func aJapanesePageIsReadWithoutSpacesBetweenWords() throws {
        let article = try Self.article("japanese-article.html", url: "https://news.example.jp/2025/03/04/library")
        #expect(article.title == "市立図書館が来春に改装へ、閲覧席を倍増")
        #expect(article.language?.hasPrefix("ja") == true)
        #expect(article.direction == .ltr)
        #expect(article.authors.map(\.name) == ["山田花子"])
        #expect(article.published?.iso8601 == "2025-03-04T09:15:00+09:00")
        #expect(article.blocks == [
            .paragraph("市は四日、老朽化が進む市立図書館を来年春から一年かけて改装すると発表した。閲覧席を現在の二倍に増やし、学生向けの自習室も新たに設ける。"),
            .paragraph("図書館は開館から四十年が経ち、雨漏りや空調の故障が続いていた。市の担当者は「利用者の声を反映し、長く使える施設にしたい」と話している。"),
            .heading(level: 2, text: "工事中は移動図書館で対応"),
            .paragraph("改装期間中は休館となるが、市内の公民館を巡る移動図書館を週三回運行する。予約した本は最寄りの公民館で受け取ることができる。"),
            .paragraph("総事業費は約十二億円で、国の補助金も活用する。市議会は三月の定例会で関連予算を審議する予定だ。"),
        ])
        #expect(article.validation.isArticle)
    }

    @Test func aChinesePageKeepsItsParagraphsAndLeavesItsChrome() throws {
        let article = try Self.article("chinese-article.html", url: "https://news.example.cn/local/river")
        #expect(article.title == "城市河道清理工程完工 沿岸步道重新开放")
        #expect(article.language?.hasPrefix("zh") == true)
        #expect(article.published?.iso8601.hasPrefix("2025-03-14T10:30") == true)
        #expect(article.text.hasPrefix("历时八个月的城市河道清理工程于本周完工"))
        #expect(article.text.hasSuffix("傍晚来散步的人也越来越多。"))
        for chrome in ["首页", "相关阅读", "新建公园下月开放", "版权所有", "来源"] {
            #expect(!article.text.contains(chrome), "chrome in the body: \(chrome)")
        }
    }

    @Test func theLeadPictureGetsTheCaptionThePageShowsUnderIt() throws {
        func page(figure: String) -> String {
            """
            <html><head><title>River cleanup</title>
            <meta property="og:type" content="article">
            <meta property="og:image" content="https://news.example.com/images/river-cleanup.jpg?w=1200"></head>
            <body><article><h1>River cleanup</h1>\(figure)<div class="story-body">
            \(String(repeating: "<p>Volunteers cleared the river banks on Saturday, removing tyres, trolleys and bottles.</p>", count: 6))
            </div></article></body></html>
            """
        }
        let url = URL(string: "https://news.example.com/2025/03/14/river-cleanup")
        let shown = #"<figure><img src="/images/river-cleanup.jpg?w=800"><figcaption>Volunteers near Mill Bridge</figcaption></figure>"#
        let article = try NewsScraper().extract(html: page(figure: shown), url: url)
        #expect(article.leadImage?.url.absoluteString == "https://news.example.com/images/river-cleanup.jpg?w=1200")
        #expect(article.leadImage?.caption == "Volunteers near Mill Bridge")
        #expect(!article.text.contains("Mill Bridge"))
        // Another picture's caption is not the lead picture's.
        let other = #"<figure><img src="/images/bridge.jpg"><figcaption>The old bridge</figcaption></figure>"#
        #expect(try NewsScraper().extract(html: page(figure: other), url: url).leadImage?.caption == nil)
    }
}
