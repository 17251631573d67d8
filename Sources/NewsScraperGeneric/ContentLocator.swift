import NewsScraperHTML

/// Finds the elements that hold the article body.
///
/// One walk of the page gathers, for every element, its text length, the
/// part of it inside links, and a paragraph score credited to its ancestors
/// (the approach of Readability, with scripts and punctuation of every
/// language counted). Text written straight into containers (`<br>`-separated
/// pages, text in nested spans) counts as paragraphs of the container that
/// holds it. The best-scoring container, and those of its siblings that look
/// like content too, form the body.
struct ContentLocator {
    struct Stats {
        var textLength = 0
        var linkTextLength = 0
        var commas = 0
        /// Text not inside any block child: what a container says itself.
        var looseText = 0
        var looseLinkText = 0
        var looseCommas = 0
        var score = 0.0
        var paragraphs = 0
        var chrome = BoilerplateClassifier.Level.none
        var contentHints = 0
        /// What a wide reading of a page that is not an article still leaves out.
        var wideReading = BoilerplateClassifier.WideReadingChrome.none

        var isChrome: Bool { chrome != .none }
        var linkDensity: Double { textLength == 0 ? 0 : Double(linkTextLength) / Double(textLength) }
    }

    let classifier = BoilerplateClassifier()
    /// Figures for every element walked, in an array indexed by node number rather than a dictionary:
    /// the walk stores one entry per element of the page.
    private(set) var stats = HTMLNodeTable<Stats>()
    /// Text length of the whole walked tree.
    private(set) var totalText = 0
    /// The JSON-LD `<script>` elements met on the way, kept so no second walk is needed.
    private(set) var jsonLDScripts: [HTMLNode] = []
    /// The telling elements of the whole walked tree, for the page-kind judgement.
    private(set) var census = TagCensus()
    let root: HTMLNode

    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote", "li", "h2", "h3", "dd"]
    /// Elements whose text belongs to the block around them.
    static let inlineTags: Set<String> = [
        "a", "span", "strong", "b", "em", "i", "u", "font", "small", "big", "sup", "sub", "time", "abbr", "mark",
        "code", "cite", "q", "s", "del", "ins", "bdi", "bdo", "tt", "kbd", "var", "dfn", "nobr", "br", "wbr", "label",
    ]

    /// What the walk needs to know of a tag name, gathered from the sets above so that each
    /// element costs one lookup instead of one per set.
    struct TagTraits: OptionSet {
        let rawValue: UInt8
        static let paragraph = TagTraits(rawValue: 1)
        static let inline = TagTraits(rawValue: 2)
        /// Content that is never readable text, not walked into (`<noscript>` is walked: forums render posts there).
        static let skipped = TagTraits(rawValue: 4)
    }

    /// The traits of a lowercase tag name.
    static func tagTraits(ofName name: String) -> TagTraits {
        var traits: TagTraits = []
        if paragraphTags.contains(name) { traits.insert(.paragraph) }
        if inlineTags.contains(name) { traits.insert(.inline) }
        if name != "noscript", HTMLVocabulary.skippedForText.contains(name) { traits.insert(.skipped) }
        return traits
    }

    /// Everything the walk reads from an element's tag name.
    struct TagFacts: Equatable {
        var traits: TagTraits = []
        var role: BoilerplateClassifier.TagRole = []
        /// The name's index in ``TagCensus/countedNames``, if the census counts it.
        var censusIndex: Int?
        var isLink = false
        var isScript = false

        /// The facts of a lowercase tag name; a name in none of the sets behind them has none.
        init(name: String) {
            traits = ContentLocator.tagTraits(ofName: name)
            role = BoilerplateClassifier.tagRole(ofName: name)
            censusIndex = TagCensus.countedNames.firstIndex(of: name)
            isLink = name == "a"
            isScript = name == "script"
        }

        init() {}
    }

    /// Every tag name with facts: the names of the sets behind ``TagFacts``.
    static let namesWithFacts: [String] = {
        var names = paragraphTags.union(inlineTags).union(HTMLVocabulary.skippedForText)
            .union(BoilerplateClassifier.chromeTags).union(TagCensus.countedNames).union(BoilerplateClassifier.headingTags)
        names.formUnion(["noscript", "form", "article", "main", "body", "html", "a", "script"])
        return names.sorted()
    }()

    /// ``namesWithFacts``, found by an element's name bytes in place: each element is looked up
    /// once for all its facts, with no String of its name and no hashing of one.
    static let tagNames = HTMLTagNames(namesWithFacts)
    /// The facts of ``namesWithFacts``, in its order.
    static let tagFacts = namesWithFacts.map { TagFacts(name: $0) }

    /// The facts of an element's tag name.
    static func tagFacts(of element: HTMLNode) -> TagFacts {
        guard let index = tagNames.index(of: element) else { return TagFacts() }
        return tagFacts[index]
    }

    init(root: HTMLNode) {
        self.root = root
        var stack: [(node: HTMLNode, stats: Stats, inLink: Bool, traits: TagTraits)] = []
        var stats = HTMLNodeTable<Stats>()
        var walkedText = 0
        var scripts: [HTMLNode] = []
        var census = TagCensus()
        root.walk { node, event in
            switch event {
            case .enter:
                if node.kind == .text {
                    guard !stack.isEmpty else { return .skipChildren }
                    var length = 0, commas = 0
                    _ = node.withContentUTF8 { (length, commas) = Self.measure($0) }
                    let top = stack.count - 1
                    stack[top].stats.textLength += length
                    stack[top].stats.looseText += length
                    stack[top].stats.commas += commas
                    stack[top].stats.looseCommas += commas
                    if stack[top].inLink {
                        stack[top].stats.linkTextLength += length
                        stack[top].stats.looseLinkText += length
                    }
                    return .skipChildren
                }
                guard node.isElement else { return .skipChildren }
                let facts = Self.tagFacts(of: node)
                if let index = facts.censusIndex { census.count(countedNameAt: index) }
                if facts.isScript, SchemaTypeScanner.isJSONLD(node) { scripts.append(node) }
                // <noscript> is what readers without JavaScript see (forums render their posts there).
                if facts.traits.contains(.skipped) { return .skipChildren }
                var entry = Stats()
                let judgement = classifier.judge(node, role: facts.role)
                entry.chrome = judgement.level
                entry.contentHints = judgement.contentHints
                entry.wideReading = judgement.wideReading
                let inLink = facts.isLink || (stack.last?.inLink ?? false)
                stack.append((node, entry, inLink, facts.traits))
                return .descend
            case .leave:
                guard let top = stack.popLast() else { return .descend }
                var finished = top.stats
                let credited = finished.chrome < .strong
                if top.traits.contains(.paragraph) {
                    if finished.textLength >= 25, credited {
                        let base = 1.0 + Double(finished.commas) + min(Double(finished.textLength) / 100.0, 3.0)
                        Self.credit(base * (1.0 - finished.linkDensity), to: &stack, from: stack.count - 1)
                    }
                } else if !top.traits.contains(.inline), finished.looseText >= 25, credited {
                    // Text straight inside a container is a paragraph of that container.
                    let density = Double(finished.looseLinkText) / Double(finished.looseText)
                    let base = 1.0 + Double(finished.looseCommas) + min(Double(finished.looseText) / 100.0, 30.0)
                    let credit = base * (1.0 - density)
                    finished.score += credit
                    finished.paragraphs += 1
                    Self.credit(credit / 2, to: &stack, from: stack.count - 1, levels: 2)
                }
                if stack.isEmpty {
                    walkedText += finished.textLength
                } else {
                    let parent = stack.count - 1
                    stack[parent].stats.textLength += finished.textLength
                    stack[parent].stats.linkTextLength += finished.linkTextLength
                    stack[parent].stats.commas += finished.commas
                    if top.traits.contains(.inline) {
                        stack[parent].stats.looseText += finished.looseText
                        stack[parent].stats.looseLinkText += finished.looseLinkText
                        stack[parent].stats.looseCommas += finished.looseCommas
                    }
                }
                if finished.chrome >= .strong { finished.score = 0 }
                stats[top.node] = finished
                return .descend
            }
        }
        self.stats = stats
        jsonLDScripts = scripts
        self.census = census
        totalText = stats[root]?.textLength ?? walkedText
    }

    /// Readability's credit: the parent gets it all, the grandparent half, the next a third.
    private static func credit(_ amount: Double, to stack: inout [(node: HTMLNode, stats: Stats, inLink: Bool, traits: TagTraits)],
                               from start: Int, levels: Int = 3) {
        guard start >= 0 else { return }
        var level = 1.0
        for index in stride(from: start, through: max(0, start - levels + 1), by: -1) {
            stack[index].stats.score += amount / level
            if level == 1 { stack[index].stats.paragraphs += 1 }
            level += 1
        }
    }

    /// The letters (non-space scalars) and commas of a run of text, read from
    /// its UTF-8 bytes in place; invalid bytes count as one letter each, as
    /// the replacement characters a String of them would hold.
    static func measure(_ utf8: UnsafeBufferPointer<UInt8>) -> (length: Int, commas: Int) {
        guard let base = utf8.baseAddress else { return (0, 0) }
        var length = 0, commas = 0
        var index = 0
        // Most text is ASCII, with a typographic quote or a letter of another script here and there:
        // ASCII is counted eight bytes at a time while it lasts (see ``asciiWordFigures(_:)``), then
        // byte by byte, and each valid multi-byte sequence is decoded in place.
        while index < utf8.count {
            while index + 8 <= utf8.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                guard word & 0x8080_8080_8080_8080 == 0 else { break }
                let figures = asciiWordFigures(word)
                length += figures.letters
                commas += figures.commas
                index += 8
            }
            while index < utf8.count, utf8[index] < 0x80 {
                let byte = utf8[index]
                if !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) {
                    length += 1
                    if byte == 0x2C { commas += 1 }
                }
                index += 1
            }
            guard index < utf8.count else { break }
            guard let (value, sequenceLength) = multiByteScalar(utf8, at: index),
                  let scalar = Unicode.Scalar(value) else {
                // Invalid bytes: the standard decoder counts the rest, from this sequence boundary,
                // as it would have counted it from the start.
                let rest = measureByScalars(UnsafeBufferPointer(rebasing: utf8[index...]))
                return (length + rest.length, commas + rest.commas)
            }
            if !isSpace(scalar) {
                length += 1
                if isComma(scalar) { commas += 1 }
            }
            index += sequenceLength
        }
        return (length, commas)
    }

    /// The scalar value of the well-formed multi-byte UTF-8 sequence at `index` (Unicode's table 3-7:
    /// no overlong forms, surrogates or values past U+10FFFF) and its length; nil when the bytes
    /// there are not one.
    static func multiByteScalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let lead = utf8[index]
        let length: Int
        let second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return nil
        }
        guard index + length <= utf8.count, second.contains(utf8[index + 1]) else { return nil }
        var value = UInt32(lead) & (0xFF >> UInt32(length + 1))
        for offset in 1..<length {
            let byte = utf8[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }

    /// ``measure(_:)`` as it was, one byte or scalar at a time: the reference for its word-wise count.
    static func measureByScalars(_ utf8: UnsafeBufferPointer<UInt8>) -> (length: Int, commas: Int) {
        var length = 0, commas = 0
        var asciiEnd = 0
        while asciiEnd < utf8.count, utf8[asciiEnd] < 0x80 {
            let byte = utf8[asciiEnd]
            if !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) {
                length += 1
                if byte == 0x2C { commas += 1 }
            }
            asciiEnd += 1
        }
        var bytes = UnsafeBufferPointer(rebasing: utf8[asciiEnd...]).makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                if isSpace(scalar) { continue }
                length += 1
                if isComma(scalar) { commas += 1 }
            case .error:
                length += 1
            case .emptyInput:
                return (length, commas)
            }
        }
    }

    /// The letters (bytes other than space and tab to carriage return) and commas among eight ASCII
    /// bytes (no byte at or above 0x80), counted together: for such bytes adding 0x77, 0x72 or 0x7F
    /// to each carries into no other, so the top bit of each byte of a sum answers one comparison.
    static func asciiWordFigures(_ word: UInt64) -> (letters: Int, commas: Int) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        let atLeastTab = (word &+ 0x77 &* ones) & tops  // byte >= 0x09
        let pastReturn = (word &+ 0x72 &* ones) & tops  // byte >= 0x0E
        let isSpace = ~((word ^ (0x20 &* ones)) &+ 0x7F &* ones) & tops  // byte == 0x20
        let isComma = ~((word ^ (0x2C &* ones)) &+ 0x7F &* ones) & tops  // byte == 0x2C
        let blanks = (atLeastTab & ~pastReturn) | isSpace
        // One bit per byte summed by a multiplication into the top byte (at most 8, no overflow).
        let blankCount = Int(truncatingIfNeeded: ((blanks >> 7) &* ones) >> 56)
        let commaCount = Int(truncatingIfNeeded: ((isComma >> 7) &* ones) >> 56)
        return (8 - blankCount, commaCount)
    }

    /// Whitespace, with an ASCII fast path (the Unicode property lookup is slow).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return value == 0xA0 || value == 0x3000 || (value >= 0x2000 && value <= 0x200B) || value == 0x202F
    }

    static func isComma(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", "،", "，", "、", "。", "؛", "；": return true
        default: return false
        }
    }

    static let hintBonus = 8.0

    /// A candidate's worth: its paragraph score lifted by content hints, cut by link density.
    func adjustedScore(_ entry: Stats) -> Double {
        // Markup that names the content ("entry-content", <article>, itemprop=articleBody) is a
        // hint, not a rule: it lifts a container the way Readability's class weight does.
        (entry.score + Self.hintBonus * Double(min(entry.contentHints, 3))) * (1 - entry.linkDensity)
    }

    /// The best container, judged by score and link density. When several
    /// separate candidates come close (the posts of a thread, the entries of a
    /// listing, an article split into sections), their common container wins.
    func bestContainer() -> HTMLNode? { bestCandidate()?.node }

    /// The best container, how many separate rival candidates it had to take in, and the class values
    /// of class-word chrome that turned out to hold the content (see ``releasedChrome(above:)``).
    func bestCandidate() -> (node: HTMLNode, rivals: Int, released: Set<String>)? {
        var ranked: [(node: HTMLNode, score: Double)] = []
        stats.forEach { node, entry in
            if entry.score > 0 { ranked.append((node, adjustedScore(entry))) }
        }
        ranked.sort { $0.score > $1.score }
        guard var bestIndex = ranked.firstIndex(where: { !isInsideChrome($0.node) }) else { return nil }
        // A class word ("comments", "newsletter") on the wrapper of far the best text on the page is
        // wrong there: the posts of a thread, a newsletter's own page. Tag, role and hidden chrome stay.
        var released: Set<String> = []
        if bestIndex > 0, ranked[0].score >= Self.releaseRatio * ranked[bestIndex].score,
           let classes = releasedChrome(above: ranked[0].node) {
            released = classes
            bestIndex = 0
        }
        var node = ranked[bestIndex].node
        let bestScore = ranked[bestIndex].score
        // Class-word chrome that the best container sits in and escaped by its size names a section of the
        // page's layout ("toc-para", "sidebar-layout"): its other sections are no chrome either.
        released.formUnion(escapedChrome(above: node))
        // Readability's rule: rivals close to the best that share an ancestor with it make that ancestor the body.
        var rivals: [HTMLNode] = []
        for candidate in ranked.dropFirst(bestIndex + 1).prefix(12) where candidate.score >= bestScore * Self.rivalShare {
            let other = candidate.node
            if node.contains(other) || other.contains(node) { continue }
            if rivals.contains(where: { $0.contains(other) || other.contains($0) }) { continue }
            if isInsideChrome(other, released: released) { continue }
            rivals.append(other)
        }
        var merged = 0
        // One close rival nearby is the other half of an article split across containers.
        if rivals.count == 1, let rival = rivals.first, let rivalScore = stats[rival].map(adjustedScore),
           rivalScore >= bestScore * 0.5 {
            var ancestor = node.parent
            for _ in 0..<4 {
                guard let current = ancestor, !current.hasTagName("body") else { break }
                if current.contains(rival) {
                    if let entry = stats[current], entry.linkDensity < 0.3, !isInsideChrome(current, released: released) {
                        node = current
                    }
                    break
                }
                ancestor = current.parent
            }
        }
        if rivals.count >= 2 {
            var ancestor = node.parent
            while let current = ancestor, !current.hasTagName("body") {
                let inside = rivals.filter({ current.contains($0) }).count
                if inside >= 2 {
                    if let entry = stats[current], entry.linkDensity < 0.4, !isInsideChrome(current, released: released) {
                        node = current
                        merged = inside
                    }
                    break
                }
                ancestor = current.parent
            }
        }
        // A candidate of the same component as the best (the same class value) nearby is the rest of an
        // article its page split across blocks, though it says less than a rival (Readability's bonus for
        // siblings of the same class, extended to cousins).
        if node == ranked[bestIndex].node,
           let kinNode = kin(of: node, in: ranked.dropFirst(bestIndex + 1), bestScore: bestScore, released: released) {
            node = kinNode
        }
        // A lone paragraph-like element (a list item, a cell) is not a body: climb to its container.
        while Self.paragraphTags.contains(node.tagName) || node.hasTagName("ul") || node.hasTagName("ol")
            || Self.inlineTags.contains(node.tagName),
            let parent = node.parent {
            node = parent
        }
        return (node, merged, released)
    }

    static let rivalShare = 0.3
    /// How much a candidate of the best one's own class must score, against the best, to join it.
    static let kinShare = 0.2

    /// The nearest ancestor of `best` (at most four levels up) holding every other candidate that
    /// carries the same class value, when there are such candidates and the ancestor reads as content.
    func kin(of best: HTMLNode, in candidates: ArraySlice<(node: HTMLNode, score: Double)>, bestScore: Double,
             released: Set<String>) -> HTMLNode? {
        guard let value = best.attribute("class"), !value.isEmpty else { return nil }
        var kin: [HTMLNode] = []
        for candidate in candidates where candidate.score >= bestScore * Self.kinShare {
            let other = candidate.node
            guard other.attribute("class") == value, !best.contains(other), !other.contains(best),
                  !kin.contains(where: { $0.contains(other) || other.contains($0) }),
                  !isInsideChrome(other, released: released) else { continue }
            kin.append(other)
        }
        guard !kin.isEmpty else { return nil }
        var ancestor = best.parent
        for _ in 0..<4 {
            guard let current = ancestor, !current.hasTagName("body") else { return nil }
            if kin.allSatisfy({ current.contains($0) }) {
                guard let entry = stats[current], entry.linkDensity < 0.3, !isInsideChrome(current, released: released)
                else { return nil }
                return current
            }
            ancestor = current.parent
        }
        return nil
    }

    /// How far a candidate inside class-word chrome must lead the best one outside to win.
    static let releaseRatio = 2.5

    /// The class values of the chrome around `node` when all of it is chrome by a strong class word
    /// ("comments", "newsletter"; no weak word such as "promo", no tag, role or hidden state), else nil. Elements sharing such a value (the other posts of
    /// the thread) are content too.
    func releasedChrome(above node: HTMLNode) -> Set<String>? {
        var classes: Set<String> = []
        var current: HTMLNode? = node
        while let element = current {
            if let entry = stats[element], entry.isChrome {
                // A consent banner's settings are never the page's text, however much they say.
                if entry.chrome != .strong || entry.wideReading == .consent { return nil }
                classes.insert(element.attribute("class") ?? "")
            }
            current = element.parent
        }
        return classes.isEmpty ? nil : classes
    }

    /// The class values of the class-word chrome (not tag, role or hidden chrome) around `node`,
    /// which ``isInsideChrome(_:released:)`` let pass because of its size.
    func escapedChrome(above node: HTMLNode) -> Set<String> {
        var classes: Set<String> = []
        var current: HTMLNode? = node
        while let element = current {
            if let entry = stats[element], entry.chrome == .weak || entry.chrome == .strong,
               entry.wideReading != .consent, let value = element.attribute("class") {
                classes.insert(value)
            }
            current = element.parent
        }
        return classes
    }

    /// The nodes that make up the body: the best container, plus siblings
    /// that score well or read as paragraphs of prose.
    func bodyNodes() -> [HTMLNode] { bodyChoice().nodes }

    /// The body nodes, and how many rival candidates the container took in
    /// (many rivals mean a thread or a listing rather than one article).
    func bodyChoice() -> (nodes: [HTMLNode], rivals: Int, released: Set<String>) {
        guard let (best, rivals, released) = bestCandidate() else { return ([], 0, []) }
        guard let parent = best.parent, !best.hasTagName("body") else { return ([best], rivals, released) }
        let bestScore = stats[best]?.score ?? 0
        let threshold = max(10, bestScore * 0.2)
        var nodes: [HTMLNode] = []
        let bestClass = best.attribute("class") ?? ""
        for sibling in parent.childElements {
            if sibling == best { nodes.append(sibling); continue }
            guard let entry = stats[sibling], !entry.isChrome else { continue }
            // Readability's bonus for a sibling of the same class as the best.
            let sameClass = !bestClass.isEmpty && sibling.attribute("class") == bestClass
            // A block of the same component may link more (a table of sources): only a link list is no prose.
            if (entry.score + (sameClass ? bestScore * 0.2 : 0)) >= threshold
                && entry.linkDensity < (sameClass ? 0.5 : 0.3) {
                nodes.append(sibling)
            } else if sibling.hasTagName("p") || entry.looseText * 5 >= entry.textLength * 4,
                      entry.textLength > 80, entry.linkDensity < 0.25 {
                // A paragraph, or a container of loose text that reads like one.
                nodes.append(sibling)
            }
        }
        return (nodes, rivals, released)
    }

    /// A wider body for pages that are not articles: the `<main>` region
    /// around the chosen nodes (or the chosen `<main>` itself) when the page marks one, else nil.
    func widened(_ nodes: [HTMLNode]) -> [HTMLNode]? {
        guard let first = nodes.first else { return nil }
        var current: HTMLNode? = first
        while let element = current, !element.hasTagName("body") {
            if element.hasTagName("main") || element.attribute("role")?.lowercased() == "main" {
                guard let entry = stats[element], entry.linkDensity < 0.5 else { return nil }
                return [element]
            }
            current = element.parent
        }
        return nil
    }

    /// The element's chrome level, none for class-word chrome whose class value was released.
    static func level(of node: HTMLNode, _ entry: Stats, released: Set<String>) -> BoilerplateClassifier.Level {
        if entry.chrome == .none || entry.chrome == .hard || released.isEmpty { return entry.chrome }
        return released.contains(node.attribute("class") ?? "") ? .none : entry.chrome
    }

    /// How surely the element by itself is chrome (class words in `released` not counted).
    func chromeLevel(of node: HTMLNode, released: Set<String> = []) -> BoilerplateClassifier.Level {
        stats[node].map { Self.level(of: node, $0, released: released) } ?? .none
    }

    /// Whether the element or an ancestor is chrome. A chrome class word on a
    /// wrapper that holds much of the page's text ("sidebar-layout",
    /// "paywall", "widget Blog") names a layout, not chrome, so it does not count.
    func isInsideChrome(_ node: HTMLNode, released: Set<String> = []) -> Bool {
        var current: HTMLNode? = node
        while let element = current {
            if let entry = stats[element] {
                switch Self.level(of: element, entry, released: released) {
                // libxml2's HTML4 parser nests the rest of a page inside an unclosed <button> or <li>
                // of a menu: such a "chrome" element holding most of the text is a parsing artefact.
                // A consent banner's settings can outweigh a short page, and are still no wrapper of it.
                case .hard, .strong:
                    if entry.wideReading == .consent || Double(entry.textLength) < 0.6 * Double(totalText) { return true }
                    // A page's footer is no such artefact: its legal small print can outweigh a page of pictures.
                    if entry.chrome == .hard, Self.isFooter(element) { return true }
                case .weak: if Double(entry.textLength) < 0.35 * Double(totalText) { return true }
                case .none: break
                }
            }
            current = element.parent
        }
        return false
    }

    /// A `<footer>` or an element with the `contentinfo` role (the page's footer).
    static func isFooter(_ node: HTMLNode) -> Bool {
        node.hasTagName("footer") || node.attribute("role")?.lowercased() == "contentinfo"
    }

    /// Whether an inline element is a card of related pages that shows on hovering a name: it holds
    /// a picture and two links or more, and no element of its own is such a card (the name's
    /// wrapper, which holds the card, is words of the sentence).
    static func isLinkCard(_ node: HTMLNode) -> Bool {
        holdsPictureAndLinks(node) && !node.childElements.contains { inlineTags.contains($0.tagName) && holdsPictureAndLinks($0) }
    }

    /// Whether the element holds an image and two links or more, looking at no more than
    /// ``cardSizeLimit`` elements: cards are small, and the check must stay cheap on deep nesting.
    private static func holdsPictureAndLinks(_ node: HTMLNode) -> Bool {
        var links = 0, elements = 0
        var hasImage = false
        node.walk { child, event in
            guard event == .enter else { return .descend }
            guard child.isElement else { return .skipChildren }
            elements += 1
            if child.hasTagName("a") { links += 1 }
            if child.hasTagName("img") { hasImage = true }
            return links >= 2 && hasImage || elements > cardSizeLimit ? .stop : .descend
        }
        return links >= 2 && hasImage && elements <= cardSizeLimit
    }

    static let cardSizeLimit = 200

    /// A paragraph this much link and this short (in characters) is a pointer to another page.
    static let pointerLinkDensity = 0.8
    static let pointerLength = 200

    /// A page laid out for several screen sizes can print the same block once per layout, side by side,
    /// for its style sheet to show one (`<div class="ssr-variant hidden-…">`, `desktop-only`/`mobile-only`
    /// twins); read without the style sheet, it says everything twice. An element whose previous element
    /// sibling has its tag and exactly its text is such a copy, unless that sibling is more surely chrome
    /// than it (hidden, or named for a menu): then the sibling goes, and this is the copy readers see.
    /// Lines repeated on purpose (a plan's rows, a refrain) are shorter than ``minLayoutCopyLength`` or
    /// not each other's neighbours, so they stay.
    func isLayoutCopy(_ node: HTMLNode, _ entry: Stats) -> Bool {
        guard let previous = node.previousElementSibling, let twin = stats[previous],
              twin.textLength == entry.textLength, twin.chrome <= entry.chrome,
              previous.tagName == node.tagName else { return false }
        return previous.text == node.text
    }

    /// In letters, the walk's measure of text (``measure(_:)``): a sentence or two.
    static let minLayoutCopyLength = 100

    /// Whether an element inside the body should be left out of it; `bodyText`
    /// is the text length of the whole body, against which weak chrome is weighed.
    /// Chrome below `least` is kept (a wide reading of a page that is not an article keeps class-word
    /// chrome but for consent banners, and reviews with `dropsReviews`), and link lists too with
    /// `keepsLinkLists` (the entries of a listing are links).
    func shouldSkip(_ node: HTMLNode, bodyText: Int, least: BoilerplateClassifier.Level = .weak,
                    released: Set<String> = [], keepsLinkLists: Bool = false, dropsReviews: Bool = false) -> Bool {
        guard let entry = stats[node] else { return false }
        let chrome = Self.level(of: node, entry, released: released)
        // A consent banner goes whatever its size (its settings can outweigh a short page's text).
        if entry.wideReading == .consent { return true }
        if entry.textLength >= Self.minLayoutCopyLength, isLayoutCopy(node, entry) { return true }
        if dropsReviews, entry.wideReading == .reviews, Double(entry.textLength) < 0.6 * Double(bodyText) {
            return true
        }
        switch chrome < least ? .none : chrome {
        case .hard, .strong: if Double(entry.textLength) < 0.6 * Double(bodyText) { return true }
        case .weak: if Double(entry.textLength) < 0.5 * Double(bodyText) { return true }
        case .none: break
        }
        let name = node.tagName
        // A short paragraph that is all link points to another page ("READ MORE: …", a related headline):
        // it is a link list of one, though its words stay when a paragraph of prose links them.
        if name == "p", !keepsLinkLists, entry.linkDensity > Self.pointerLinkDensity,
           entry.textLength < Self.pointerLength { return true }
        // Link lists (related stories, tag clouds) inside the body.
        // Inline elements are words of their paragraph (`<a><strong>the report</strong></a>`), not lists.
        if entry.textLength > 0, entry.linkDensity > 0.5, name != "p", name != "li", !name.hasPrefix("h"),
           !Self.inlineTags.contains(name) || Self.isLinkCard(node) {
            // On a listing the entries are links: only link lists that their class marks as chrome go.
            if keepsLinkLists && chrome == .none { return false }
            return entry.textLength < 1000
        }
        return false
    }
}

extension ContentLocator {
    /// The top candidates with their figures and ancestry, for tuning by hand.
    func explanation(limit: Int = 8) -> String {
        var ranked: [(HTMLNode, Stats, Double)] = []
        stats.forEach { node, entry in
            if entry.score > 0 { ranked.append((node, entry, adjustedScore(entry))) }
        }
        ranked.sort { $0.2 > $1.2 }
        var lines = ["total text \(totalText)"]
        for (node, entry, adjusted) in ranked.prefix(limit) {
            var path: [String] = []
            var current: HTMLNode? = node
            while let element = current, path.count < 8 {
                var label = element.tagName
                if let id = element.id { label += "#" + id }
                for name in element.classNames.prefix(2) { label += "." + name }
                if let chrome = stats[element]?.chrome, chrome != .none { label += "[\(chrome)]" }
                path.append(label)
                current = element.parent
            }
            lines.append(String(format: "%7.1f score %6.1f text %6d loose %5d ld %.2f hints %d inChrome %@  ", adjusted,
                                entry.score, entry.textLength, entry.looseText, entry.linkDensity, entry.contentHints,
                                isInsideChrome(node) ? "y" : "n") + path.reversed().joined(separator: " > "))
        }
        return lines.joined(separator: "\n")
    }
}

extension TagCensus {
    /// Counts one element whose tag name is `countedNames[index]`, for the scoring walk, which
    /// finds names by their bytes in place (see ``ContentLocator/tagFacts(of:)``) and has no String.
    mutating func count(countedNameAt index: Int) {
        switch index {
        case 0: link += 1
        case 1: image += 1
        case 2: time += 1
        case 3: code += 1
        case 4: pre += 1
        case 5: form += 1
        case 6: input += 1
        case 7: button += 1
        case 8: select += 1
        case 9: article += 1
        case 10: h1 += 1
        case 11: textarea += 1
        case 12: blockquote += 1
        case 13: svg += 1
        case 14: nav += 1
        case 15: iframe += 1
        case 16: aside += 1
        case 17: footer += 1
        case 18: table += 1
        default: break
        }
    }
}
