import NewsScraperHTML

/// Tells page chrome (navigation, share bars, comments, related links, ads)
/// from content by markup: tag names, roles, hidden state, and class and id
/// words. Class names are markup, not prose, so this holds in every language.
struct BoilerplateClassifier {
    /// How sure the markup is that an element is chrome.
    enum Level: UInt8, Comparable {
        case none
        /// A class word that often marks chrome but also wraps whole pages
        /// ("sidebar-layout", "widget Blog"): the caller weighs it by size.
        case weak
        /// A class word that nearly always marks chrome (comments, sharing,
        /// ads); only a wrapper holding most of the page escapes it.
        case strong
        /// Chrome whatever its size: hidden, or a chrome tag or role.
        case hard

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    static let chromeTags: Set<String> = [
        "nav", "footer", "aside", "button", "select", "input", "textarea", "form", "iframe", "script", "style",
        "svg", "template", "object", "embed", "label", "dialog", "menu",
    ]

    static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alert", "search",
    ]

    /// Class and id words (split on "-", "_", spaces and case changes) that mark chrome outright.
    /// ("invisible" is left out: page builders put it on every section that waits for an entrance animation.)
    static let strongWords: Set<String> = [
        "comment", "comments", "share", "sharing", "sharebar", "social", "related", "newsletter", "advert",
        "advertisement", "ads", "adslot", "outbrain", "taboola", "recommended",
        "recommendations", "subscribe", "subscription", "popup", "breadcrumb", "breadcrumbs",
        "offscreen", "disqus", "sponsored", "promoted",
    ]

    /// Words that usually mark chrome but also appear on page-wide wrappers.
    /// ("widget" is left out: page builders wrap every text block in one.)
    static let weakWords: Set<String> = [
        "sidebar", "footer", "navbar", "nav", "navigation", "menu", "banner", "ad", "sponsor", "promo",
        "recommend", "signup", "trending", "popular", "masthead", "toolbar", "pagination", "pager", "skip", "tags",
        "tag", "byline", "author", "bio", "meta", "timestamp", "dateline", "caption", "credit", "credits",
        "disclaimer", "login", "donate", "survey", "feedback", "follow", "print", "jump", "more", "readmore",
        "also", "header", "topbar", "login", "account", "search", "rail", "aside", "teaser", "teasers", "headlines",
        "carousel", "slider", "ticker", "overlay", "toc", "copyright", "legal", "hidden", "paywall", "modal",
    ]

    /// Strong words whose chrome goes from every reading, also the wide one of a page that is not an
    /// article (which keeps class-word chrome): consent banners are never any page's content.
    static let alwaysChromeWords: Set<String> = ["cookie", "cookies", "consent"]

    /// Words of what a product page carries beside its content: its customers' reviews. Not chrome
    /// under an article (a review is an article) nor on a service's page (its testimonials are content).
    static let reviewWords: Set<String> = ["review", "reviews"]

    static let contentWords: Set<String> = [
        "article", "content", "body", "main", "post", "story", "entry", "text", "prose", "blog", "single",
    ]

    /// What a class or id word says, for one dictionary lookup per word instead of one per set.
    /// A word in several sets has the meaning of the set entered last below.
    enum WordMeaning {
        case strong, weak, content
        /// Strong, and chrome in wide readings too (``alwaysChromeWords``).
        case alwaysChrome
        /// Reviews (``reviewWords``): chrome only in the wide reading of a product page.
        case reviews

        var bit: UInt8 {
            switch self {
            case .strong: 1
            case .weak: 2
            case .content: 4
            case .alwaysChrome: 8
            case .reviews: 16
            }
        }
    }

    static let wordMeanings: [String: WordMeaning] = {
        var table: [String: WordMeaning] = [:]
        for word in contentWords { table[word] = .content }
        for word in weakWords { table[word] = .weak }
        for word in strongWords { table[word] = .strong }
        for word in alwaysChromeWords { table[word] = .alwaysChrome }
        for word in reviewWords { table[word] = .reviews }
        return table
    }()

    /// No word of the sets is longer; longer words need no lookup.
    static let longestWord = wordMeanings.keys.map(\.utf8.count).max() ?? 0

    /// For each word length and first letter, the last letters of the words of the sets: a word whose
    /// ends are not listed here is in no set, and needs no String and no dictionary lookup. Most class
    /// words ("col", "wrapper", "container") fail here.
    static let wordEnds: [UInt32] = {
        var table = [UInt32](repeating: 0, count: (longestWord + 1) * 26)
        for word in wordMeanings.keys {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, let last = bytes.last, (0x61...0x7A).contains(first),
                  (0x61...0x7A).contains(last) else { continue }
            table[bytes.count * 26 + Int(first - 0x61)] |= 1 << UInt32(last - 0x61)
        }
        return table
    }()

    /// What the markup says about one element: how surely it is chrome, and
    /// how many hints say it holds the main content.
    struct Judgement: Equatable {
        var level = Level.none
        /// Content class words, an `<article>`/`<main>` tag, `itemprop=articleBody`.
        var contentHints = 0
        /// What the element is when a wide reading of a page that is not an article weighs it.
        var wideReading = WideReadingChrome.none
    }

    /// Class-word chrome that a wide reading of a page that is not an article still leaves out.
    enum WideReadingChrome: UInt8 {
        case none
        /// A consent banner: never any page's content.
        case consent
        /// Customer reviews: left out of a product page.
        case reviews
    }

    /// What an element's tag name tells the classifier, so that a walk which knows the name
    /// without a String of it (see ``ContentLocator``) can be judged the same way.
    struct TagRole: OptionSet {
        let rawValue: UInt8
        static let noscript = TagRole(rawValue: 1)
        /// One of ``chromeTags``.
        static let chromeTag = TagRole(rawValue: 2)
        static let form = TagRole(rawValue: 4)
        /// `<article>` or `<main>`: a content hint, never chrome.
        static let contentTag = TagRole(rawValue: 8)
        /// `<body>` or `<html>`: never chrome.
        static let pageTag = TagRole(rawValue: 16)
        /// `<h1>` to `<h6>`: their `id` is the anchor a table of contents links to.
        static let heading = TagRole(rawValue: 32)
    }

    static let headingTags: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The role of a lowercase tag name.
    static func tagRole(ofName name: String) -> TagRole {
        var role: TagRole = []
        if name == "noscript" { role.insert(.noscript) }
        if chromeTags.contains(name) { role.insert(.chromeTag) }
        if name == "form" { role.insert(.form) }
        if name == "article" || name == "main" { role.insert(.contentTag) }
        if name == "body" || name == "html" { role.insert(.pageTag) }
        if headingTags.contains(name) { role.insert(.heading) }
        return role
    }

    /// The judgement of the element by itself (not by its ancestors).
    func judge(_ node: HTMLNode, name: String) -> Judgement {
        judge(node, role: Self.tagRole(ofName: name))
    }

    /// The judgement of the element by itself, its tag name given by its role.
    func judge(_ node: HTMLNode, role: TagRole) -> Judgement {
        var judgement = Judgement()
        judgement.level = level(node, role: role, hints: &judgement.contentHints,
                                wideReading: &judgement.wideReading)
        if role.contains(.contentTag) { judgement.contentHints += 1 }
        return judgement
    }

    private func level(_ node: HTMLNode, role: TagRole, hints: inout Int,
                       wideReading: inout WideReadingChrome) -> Level {
        // Usually a tracking pixel or a "turn on JavaScript" line; sometimes a whole page's content.
        if role.contains(.noscript) { return .weak }
        if role.contains(.chromeTag) {
            // Some sites wrap the whole page in one form (ASP.NET): only small forms are chrome.
            return !role.contains(.form) || node.childElements.count < 8 ? .hard : .none
        }
        guard node.hasAnyAttribute else { return .none }
        let found = MarkupAttributes(node)
        if Self.hasHiddenAttribute(found) || found.ariaHidden?.value == "true" { return .hard }
        if found.itemprop?.value?.lowercased() == "articlebody" { hints += 2 }
        if Self.hidesByStyleOrClass(found) { return .hard }
        if let role = found.role?.value?.lowercased(), Self.chromeRoles.contains(role) { return .hard }
        // Class and id values are scanned in place: most elements have one, and a String of each cost more
        // than matching its words.
        var meanings: UInt8 = 0  // one bit per WordMeaning found, set without capturing closures
        found.classList?.withValueUTF8 { meanings |= Self.classWordMeanings($0) }
        // A heading's id is its text made an anchor ("what-is-social-media-marketing"), not a label of chrome.
        if !role.contains(.heading) { found.id?.withValueUTF8 { meanings |= Self.knownWordMeanings($0) } }
        let alwaysChrome = meanings & WordMeaning.alwaysChrome.bit != 0
        let strong = alwaysChrome || meanings & WordMeaning.strong.bit != 0
        let weak = meanings & WordMeaning.weak.bit != 0
        let content = meanings & WordMeaning.content.bit != 0
        if content { hints += 1 }
        if alwaysChrome {
            wideReading = .consent
        } else if meanings & WordMeaning.reviews.bit != 0 {
            wideReading = .reviews
        }
        if role.contains(.contentTag) || role.contains(.pageTag) { return .none }
        if strong { return .strong }
        // "article-body" with a stray "meta" word is content; "byline" alone is not.
        return weak && !content ? .weak : .none
    }

    /// React's streaming renderer sends each late part of a page as `<div hidden id="S:n">`, which a
    /// script moves into its place on arrival: it is the content of the page, not hidden chrome.
    static func isStreamedSegment(_ node: HTMLNode) -> Bool {
        isStreamedSegment(id: node.attribute("id"))
    }

    /// ``isStreamedSegment(_:)`` for an element whose `id` is given.
    static func isStreamedSegment(id: String?) -> Bool {
        guard let id, id.hasPrefix("S:") else { return false }
        return id.utf8.count > 2 && id.utf8.dropFirst(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Whether the element is hidden from the eye: by the `hidden` attribute, a hiding style or a
    /// screen-reader-only class. `aria-hidden` is not: it hides from screen readers text that shows
    /// ("272,574" beside a link labelled "4.4 out of 5 stars, 272,574 ratings").
    static func isHiddenFromSight(_ node: HTMLNode) -> Bool {
        guard node.hasAnyAttribute else { return false }
        let found = MarkupAttributes(node)
        return hasHiddenAttribute(found) || hidesByStyleOrClass(found)
    }

    private static func hasHiddenAttribute(_ found: MarkupAttributes) -> Bool {
        found.hidden != nil && !isStreamedSegment(id: found.id?.value)
    }

    /// `display:none`, `visibility:hidden` or a screen-reader-only class.
    private static func hidesByStyleOrClass(_ found: MarkupAttributes) -> Bool {
        if let style = found.style?.value, hidesElement(style) { return true }
        var screenReaderOnly = false
        found.classList?.withValueUTF8 { screenReaderOnly = marksScreenReaderText($0) }
        return screenReaderOnly
    }

    /// Whether a class value holds one of the utility classes that hide text from the eye and keep it
    /// for screen readers ("sr-only", "screen-reader-text", "visually-hidden", "show-for-sr",
    /// "element-invisible", in any case and with "-", "_" or nothing between the words): "Skip to
    /// content", "Regular price", "(opens in a new tab)" are no part of what a reader sees.
    static func marksScreenReaderText(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = value.count
        var index = 0
        while index < count {
            let first = value[index] | 0x20
            // Only these letters start a marker: one comparison rules out most positions. Then the
            // markers' second letters (r, c or h after s; i after v; l after e) rule out most of the
            // rest, common as "s" and "e" are in class names, before the table of markers is read.
            if first == 0x73 || first == 0x76 || first == 0x65, index + 1 < count {  // s, v, e
                let second = value[index + 1] | 0x20
                let mayStartMarker = switch first {
                case 0x73: second == 0x72 || second == 0x63 || second == 0x68
                case 0x76: second == 0x69
                default: second == 0x6C
                }
                guard mayStartMarker else {
                    index += 1
                    continue
                }
                for marker in screenReaderMarkers where marker[0] == first {
                    if matchesMarker(marker, in: value, at: index) { return true }
                }
            }
            index += 1
        }
        return false
    }

    /// The markers' letters, lowercase, their words joined by a 0 byte that stands for "-", "_" or nothing.
    static let screenReaderMarkers: [[UInt8]] = ["sr\0only", "screen\0reader", "visually\0hidden", "show\0for\0sr",
                                                 "element\0invisible"].map { Array($0.utf8) }

    private static func matchesMarker(_ marker: [UInt8], in value: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var position = start
        for byte in marker {
            if byte == 0 {
                if position < value.count, value[position] == 0x2D || value[position] == 0x5F { position += 1 }
                continue
            }
            guard position < value.count, value[position] | 0x20 == byte else { return false }
            position += 1
        }
        return true
    }

    /// `display:none`, `visibility:hidden`, or the screen-reader-only rules written inline (a box of
    /// one pixel clipped to nothing), ignoring spaces and case.
    static func hidesElement(_ style: String) -> Bool {
        // ASCII styles (nearly all) are searched over bytes, without the copies and Foundation search.
        let compact = compactASCII(style) ?? Array(String(style.lowercased().unicodeScalars.filter { $0 != " " }).utf8)
        return compact.withUnsafeBufferPointer { compact in
            if contains(compact, Self.displayNone) || contains(compact, Self.visibilityHidden) { return true }
            return (contains(compact, Self.clipToNothing) || contains(compact, Self.clipToOnePixel)
                    || contains(compact, Self.clipPathInset))
                && (declares(compact, Self.widthOnePixel) || declares(compact, Self.heightOnePixel))
        }
    }

    /// Whether a compacted style declares `declaration` (written with its leading ";") itself:
    /// "width:1px", not "border-width:1px".
    private static func declares(_ compact: UnsafeBufferPointer<UInt8>, _ declaration: [UInt8]) -> Bool {
        compact.starts(with: declaration.dropFirst()) || contains(compact, declaration)
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)
    private static let clipToNothing = Array("clip:rect(0".utf8)
    private static let clipToOnePixel = Array("clip:rect(1px".utf8)
    private static let clipPathInset = Array("clip-path:inset(50%)".utf8)
    private static let widthOnePixel = Array(";width:1px".utf8)
    private static let heightOnePixel = Array(";height:1px".utf8)

    /// Whether `needle` (lowercase ASCII) occurs in `haystack`, ignoring the case of its ASCII letters
    /// (a plain loop: the generic `contains` of a subsequence cost more than all the rest of the
    /// classifier).
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var start = 0
        while start <= haystack.count - needle.count {
            if lowercased(haystack[start]) == first {
                var offset = 1
                while offset < needle.count, lowercased(haystack[start + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// An ASCII style lowercased without its spaces, as bytes; nil for other text.
    private static func compactASCII(_ style: String) -> [UInt8]? {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.utf8.count)
        for byte in style.utf8 {
            if byte >= 0x80 { return nil }
            if byte != 0x20 { compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
        }
        return compact
    }

    /// Calls `body` with each lowercase word of a class or id value; words
    /// break at anything but ASCII letters and at lower-to-upper case changes
    /// ("shareBar" → "share", "bar"), so tokens are matched whole, never as
    /// substrings ("sprint" is not "print").
    static func forEachWord(_ value: String, _ body: (String) -> Void) {
        var value = value
        value.withUTF8 { bytes in
            forEachWordRange(bytes) { start, end in body(lowercaseWord(bytes, start, end)) }
        }
    }

    /// Calls `body` with the meaning of each word of a class or id value (as
    /// ``forEachWord(_:_:)`` splits it) that one of the word sets holds.
    static func forEachKnownWord(_ value: UnsafeBufferPointer<UInt8>, _ body: (WordMeaning) -> Void) {
        let table = knownWords
        forEachWordRange(value) { start, end in
            if let meaning = table.meaning(of: UnsafeBufferPointer(rebasing: value[start..<end])) { body(meaning) }
        }
    }

    /// ``forEachKnownWord(_:_:)`` as it was: each word whose ends pass ``wordEnds`` lowercased into a
    /// String and looked up in ``wordMeanings``.
    static func forEachKnownWordByString(_ value: UnsafeBufferPointer<UInt8>, _ body: (WordMeaning) -> Void) {
        forEachWordRange(value) { start, end in
            guard end - start <= longestWord else { return }
            let first = value[start] | 0x20, last = value[end - 1] | 0x20  // words are ASCII letters
            guard wordEnds[(end - start) * 26 + Int(first - 0x61)] & (1 << UInt32(last - 0x61)) != 0,
                  let meaning = wordMeanings[lowercaseWord(value, start, end)] else { return }
            body(meaning)
        }
    }

    /// ``knownWordMeanings(_:)`` of a class value, where "hidden" names a hidden state ("hidden",
    /// "is-hidden") but not in a class of the CSS overflow utilities ("overflow-hidden",
    /// "overflow-x-hidden", "card--overflow-hidden"): those clip a box's edges and hide none of its text.
    static func classWordMeanings(_ value: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let meanings = knownWordMeanings(value)
        guard meanings & WordMeaning.weak.bit != 0, contains(value, overflowWord) else { return meanings }
        var result: UInt8 = 0
        var tokenStart = 0
        for index in 0...value.count where index == value.count || isASCIISpace(value[index]) {
            if tokenStart < index {
                let token = UnsafeBufferPointer(rebasing: value[tokenStart..<index])
                let clipsOverflow = contains(token, overflowWord)
                forEachWordRange(token) { start, end in
                    let word = UnsafeBufferPointer(rebasing: token[start..<end])
                    guard let meaning = knownWords.meaning(of: word),
                          !(clipsOverflow && lowercaseWord(token, start, end) == "hidden") else { return }
                    result |= meaning.bit
                }
            }
            tokenStart = index + 1
        }
        return result
    }

    private static let overflowWord = Array("overflow".utf8)

    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// The meanings of the known words of a class or id value, as a mask of ``WordMeaning/bit``s.
    static func knownWordMeanings(_ value: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var meanings: UInt8 = 0
        forEachKnownWord(value) { meanings |= $0.bit }
        return meanings
    }

    /// ``wordMeanings`` for words read in place: most elements have a class or id, whose words were
    /// each made a String and hashed, for a lookup that nearly always fails.
    static let knownWords = KnownWordTable(wordMeanings)

    /// Words of ASCII letters and their meanings, found without a String: a word is lowercased and
    /// packed into two integers and looked up in a small open-addressing table, after a test of its
    /// length and end letters that rules out most words at once.
    struct KnownWordTable {
        private struct Slot {
            var low: UInt64 = 0
            var high: UInt64 = 0
            var meaning: WordMeaning?
        }

        private let slots: [Slot]
        private let mask: Int
        /// The length of the longest word: longer ones are in no set, and cannot all be packed.
        private let longest: Int
        /// For each word length and first letter, a bit for the last letter of each word.
        private let ends: [UInt32]

        /// The table of `words`, which are lowercase ASCII letters, at most 16 of them.
        init(_ words: [String: WordMeaning]) {
            var count = 8
            while count < words.count * 4 { count *= 2 }
            var slots = [Slot](repeating: Slot(), count: count)
            let longest = words.keys.map(\.utf8.count).max() ?? 0
            var ends = [UInt32](repeating: 0, count: (longest + 1) * 26)
            for (word, meaning) in words {
                let bytes = Array(word.utf8)
                precondition(!bytes.isEmpty && bytes.count <= 16 && bytes.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }, word)
                ends[bytes.count * 26 + Int(bytes[0] - 0x61)] |= 1 << UInt32(bytes[bytes.count - 1] - 0x61)
                let (low, high) = bytes.withUnsafeBufferPointer(Self.pack)
                var slot = Self.slot(low, high, mask: count - 1)
                while slots[slot].meaning != nil { slot = (slot + 1) & (count - 1) }
                slots[slot] = Slot(low: low, high: high, meaning: meaning)
            }
            self.slots = slots
            mask = count - 1
            self.longest = longest
            self.ends = ends
        }

        /// The meaning of a word of ASCII letters (either case), if it is in the table.
        func meaning(of word: UnsafeBufferPointer<UInt8>) -> WordMeaning? {
            guard word.count <= longest, let firstByte = word.first, let lastByte = word.last else { return nil }
            let first = firstByte | 0x20, last = lastByte | 0x20
            guard ends[word.count * 26 + Int(first &- 0x61)] & (1 << UInt32(last &- 0x61)) != 0 else { return nil }
            let (low, high) = Self.pack(word)
            var slot = Self.slot(low, high, mask: mask)
            while let meaning = slots[slot].meaning {
                if slots[slot].low == low, slots[slot].high == high { return meaning }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// The word's letters lowercased, eight to an integer, zero-padded (words hold no NUL).
        private static func pack(_ word: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
            var low: UInt64 = 0, high: UInt64 = 0
            for index in 0..<word.count {
                let byte = UInt64(word[index] | 0x20)
                if index < 8 { low |= byte << UInt64(8 * index) } else { high |= byte << UInt64(8 * (index - 8)) }
            }
            return (low, high)
        }

        private static func slot(_ low: UInt64, _ high: UInt64, mask: Int) -> Int {
            let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
            return Int(truncatingIfNeeded: mixed >> 40) & mask
        }
    }

    /// The bounds of each word of a class or id value: runs of ASCII letters, also broken before an
    /// uppercase letter that follows a lowercase one. The letters of a hexadecimal identifier
    /// ("elementor-element-38ad5ea", "block-64ab9c672ad0") are no words: hashes spell "ad" by chance.
    private static func forEachWordRange(_ value: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        var runStart = 0
        for index in 0...value.count where index == value.count || !isASCIIAlphanumeric(value[index]) {
            if runStart < index, !isHexIdentifier(UnsafeBufferPointer(rebasing: value[runStart..<index])) {
                forEachLetterRun(value, from: runStart, to: index, body)
            }
            runStart = index + 1
        }
    }

    /// The words of `value[runStart..<runEnd]`, a run of ASCII letters and digits.
    private static func forEachLetterRun(_ value: UnsafeBufferPointer<UInt8>, from runStart: Int, to runEnd: Int,
                                         _ body: (Int, Int) -> Void) {
        var start = runStart
        var previousLower = false
        for index in runStart..<runEnd {
            let byte = value[index]
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            if isUpper {
                if previousLower {
                    body(start, index)
                    start = index
                }
            } else if !isLower {
                if start < index { body(start, index) }
                start = index + 1
            }
            previousLower = isLower
        }
        if start < runEnd { body(start, runEnd) }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// Whether a run of letters and digits is a hexadecimal identifier: at least ``minHexIdentifierLength``
    /// of `0-9` and `a-f`, with both a digit and a letter.
    static func isHexIdentifier(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        guard run.count >= minHexIdentifierLength else { return false }
        var digits = false, letters = false
        for byte in run {
            if byte >= 0x30 && byte <= 0x39 {
                digits = true
            } else if byte | 0x20 >= 0x61 && byte | 0x20 <= 0x66 {
                letters = true
            } else {
                return false
            }
        }
        return digits && letters
    }

    /// Page builders' element ids are seven hexadecimal digits; shorter runs are more often a word and a
    /// number ("ad300", "nav2").
    static let minHexIdentifierLength = 6

    private static func lowercaseWord(_ value: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { buffer in
            for index in start..<end {
                let byte = value[index]
                buffer[index - start] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            }
            return end - start
        }
    }
}
