import Foundation
import Testing
@testable import NewsScraperHTML

/// Randomized differential test of ``VerbatimTextElision``: whenever the elided parse is
/// accepted, its tree must be the tree libxml2 gives for the page as it is.
///
/// Pages are built from tokens (tags, attributes, long texts, comments, broken bytes) so that a
/// mismatch can be shrunk by dropping tokens. Everything is driven by a seeded SplitMix64, so a
/// failure reproduces from the seed printed with it.
@Suite struct VerbatimTextElisionFuzzTests {
    /// Set `NEWSSCRAPER_ELISION_FUZZ_SCALE` to run that many times as many cases (with other seeds).
    static let scale = Int(ProcessInfo.processInfo.environment["NEWSSCRAPER_ELISION_FUZZ_SCALE"] ?? "") ?? 1
    /// Pages built from the token grammar, and mutations of realistic pages.
    static let grammarCases = 3_000 * scale
    static let mutationCases = 1_500 * scale

    @Test func grammarPagesGiveTheOriginalTree() {
        var tally = Tally()
        for caseNumber in 0..<Self.grammarCases {
            let seed = 0x5EED_0000 + UInt64(caseNumber)
            var generator = PageGenerator(seed: seed)
            check(generator.page(), seed: seed, tally: &tally)
        }
        print("elision fuzz (grammar): \(tally)")
        // Without enough accepted elisions the comparison would prove nothing.
        #expect(tally.accepted * 3 >= Self.grammarCases, "only \(tally.accepted) of \(Self.grammarCases) accepted")
        #expect(tally.refusedAfterParse > 0, "no page exercised the refusal after the parse")
        for (feature, count) in tally.featuresInAcceptedPages where count == 0 {
            Issue.record("no accepted page held \(feature)")
        }
    }

    @Test func mutatedRealisticPagesGiveTheOriginalTree() {
        var tally = Tally()
        for caseNumber in 0..<Self.mutationCases {
            let seed = 0xA11C_E000 + UInt64(caseNumber)
            var generator = PageGenerator(seed: seed)
            check(generator.mutatedTemplate(), seed: seed, tally: &tally)
        }
        print("elision fuzz (mutation): \(tally)")
        #expect(tally.accepted * 3 >= Self.mutationCases, "only \(tally.accepted) of \(Self.mutationCases) accepted")
    }

    /// Pages written to put libxml2 and the elision's prescan out of step: libxml2 reads some
    /// construct differently from the prescan, so a cut lands where the prescan did not expect.
    /// Each must be refused or give the original tree.
    static let outOfStepPages: [[UInt8]] = {
        let filler = VerbatimTextElisionTests.filler
        let pages: [String] = [
            // A DOCTYPE's quoted literal may hold "<": the prescan reads a <div> there, libxml2 a <meta> after it.
            "<!DOCTYPE x SYSTEM '<div a=\"'><meta b=\"x\" c=\"\(filler)\"><script>\(filler)</script>",
            "<!DOCTYPE x SYSTEM '<div a=\"'><html b=\"x\" class=\"\(filler)\"><p id=\"x\" title=\"\(filler)\">x</p>",
            // "<?" with no target is no processing instruction to libxml2, which reads on after it;
            // the prescan skips to ">".
            "<? <div title=\"> <p data-x=\"\(filler)\">\">x</p><script>\(filler)</script>",
            "<?> <script>\(filler)</script>",
            // libxml2 2.9.14 also ends a comment at "--!>"; the prescan only at "-->".
            "<!-- --!><div title=\" --> <p class=\"\(filler)\">x</p> \">y</div><style>\(filler)</style>",
            "<!-- --!><script>\(filler)</script> --><script>\(filler)</script>",
            // "<_x" and "<:x" are text to libxml2 but tags to the prescan.
            "<_x title=\"<script>\(filler)</script>\"><p title=\"\(filler)\">x</p>",
            "<:x <script>\(filler)</script> title=\"\(filler)\">",
            // libxml2 cuts names at 100 bytes and reads the rest as another attribute.
            "<div \(String(repeating: "a", count: 100))title=\"\(filler)\" title=\"\(filler)2\">x</div>",
            "<\(String(repeating: "a", count: 100))script>\(filler)</script><script>\(filler)</script>",
            // Misplaced <html> and <body> tags, which libxml2 drops with their attributes.
            "<html><body><p>x</p><html class=\"\(filler)\" data-x=\"\(filler)\"><body class=\"\(filler)\"><i title=\"\(filler)\">y</i>",
            // Start and end tags written oddly.
            "<script/ >\(filler)</script><p>after</p>", "<script a=b\"c>\(filler)</script>",
            "<script\n\ttype='a>b'\n>\(filler)</script\n\t><style media=\"(x>1)\">\(filler)</style foo='>'>",
            "<style>\(filler)</style", "<script><\(filler)</script>", "<script> </\(filler)</script>",
            "<script>\(filler)</script\u{0C}><p title=\"\(filler)\">x</p>",
            // Unquoted values holding quotes, and "=" with blanks around.
            "<div a=x\"y title = \"\(filler)\" b = 'c' data-x\n=\n'\(filler)'>z</div>",
            // A meta charset before and after cuts (the parse is told UTF-8, so libxml2 ignores it).
            "<meta charset=\"iso-8859-1\"><p title=\"caf\u{E9} \(filler)\">caf\u{E9}</p><script>\u{E9}\(filler)</script>",
            "<p title=\"caf\u{E9} \(filler)\">x</p><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\u{E9}</p>",
            // Many cuts: placeholders of three digits.
            String(repeating: "<i title=\"\(filler)\">\u{E9}</i>", count: 150),
        ]
        var bytePages = pages.map { Array($0.utf8) }
        // NUL or invalid UTF-8 before a cut: a NUL in a tag ends libxml2's reading of the page, and
        // an invalid byte is read on its own after an encoding error, which changes libxml2's charset state.
        let scriptAndText = Array("<script>\u{E9}\(filler)</script><p title=\"\u{E9}\(filler)\">\u{E9}</p>".utf8)
        bytePages.append(Array("<div title=\"a".utf8) + [0x00] + Array("b\" data-x=\"\(filler)\">x</div>".utf8) + scriptAndText)
        bytePages.append(Array("<p title=\"a".utf8) + [0xFF] + Array("b\">x</p>".utf8) + scriptAndText)
        bytePages.append(Array("<p>a".utf8) + [0xC3] + Array("<b>x</b></p>".utf8) + scriptAndText)
        bytePages.append(Array("<p a=".utf8) + [0xE2, 0x22] + Array("\(filler)\">x</p>".utf8) + scriptAndText)
        bytePages.append([0xEF, 0xBB, 0xBF] + Array("<p title=\"\(filler)\">".utf8) + [0xF0, 0x9F] + scriptAndText)
        return bytePages
    }()

    @Test(arguments: outOfStepPages)
    func outOfStepPagesAreRefusedOrGiveTheOriginalTree(page: [UInt8]) {
        if let elided = VerbatimTextElisionTests.elidedTree(page) {
            let plain = VerbatimTextElisionTests.plainTree(page)
            #expect(elided == plain, "\(Self.firstDifference(plain: plain ?? [], elided: elided))")
        }
    }

    // MARK: Checking and shrinking

    struct Tally: CustomStringConvertible {
        var accepted = 0
        var refusedAfterParse = 0
        var notCut = 0
        var mismatches = 0
        var largestAcceptedPage = 0
        /// How many accepted pages hold each tricky feature: evidence that the comparison reached
        /// them, since a page that is refused proves nothing.
        var featuresInAcceptedPages = Tally.features.map { ($0.name, 0) }

        static let features: [(name: String, bytes: [UInt8])] = [
            ("a BOM", [0xEF, 0xBB, 0xBF]), ("invalid UTF-8 (FF)", [0xFF]), ("a truncated sequence (C3 <)", [0xC3, 0x3C]),
            ("a surrogate", [0xED, 0xA0, 0x80]), ("NUL", [0x00]), ("a C0 control (01)", [0x01]),
            ("U+FFFE", [0xEF, 0xBF, 0xBE]), ("\"</scriptx\"", Array("</scriptx".utf8)), ("\"--!>\"", Array("--!>".utf8)),
            ("\"<?\"", Array("<?".utf8)), ("CDATA", Array("<![CDATA[".utf8)), ("\"<meta charset\"", Array("<meta charset".utf8)),
            ("\"<!DOCTYPE x SYSTEM\"", Array("<!DOCTYPE x SYSTEM".utf8)), ("\"</script \"", Array("</script ".utf8)),
            ("\"</SCRIPT>\"", Array("</SCRIPT>".utf8)), ("\"<plaintext>\"", Array("<plaintext>".utf8)),
            ("\"<textarea>\"", Array("<textarea>".utf8)), ("\"<svg>\"", Array("<svg>".utf8)),
            ("a numeric reference", Array("&#x".utf8)), ("\"<_x\"", Array("<_x".utf8)), ("\"<html\"", Array("<html".utf8)),
            ("a 100-byte name", Array(repeating: 0x61, count: 100)), ("\" = \"", Array(" = ".utf8)),
        ]

        var description: String {
            "\(accepted) accepted, \(refusedAfterParse) refused after the parse, \(notCut) not cut, \(mismatches) mismatches; "
                + "largest accepted page \(largestAcceptedPage) bytes; features in accepted pages: "
                + featuresInAcceptedPages.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        }

        mutating func countFeatures(of page: [UInt8]) {
            page.withUnsafeBufferPointer { page in
                for (index, feature) in Tally.features.enumerated() where Self.contains(page, feature.bytes) {
                    featuresInAcceptedPages[index].1 += 1
                }
            }
        }

        private static func contains(_ page: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
            guard let base = page.baseAddress, let first = needle.first, page.count >= needle.count else { return false }
            // memchr finds candidates quickly even in debug builds; memmem is not in Glibc's Swift overlay.
            var start = 0
            while start + needle.count <= page.count,
                  let found = memchr(base + start, Int32(first), page.count - start - needle.count + 1) {
                let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                if memcmp(base + index, needle, needle.count) == 0 { return true }
                start = index + 1
            }
            return false
        }
    }

    private func check(_ tokens: [[UInt8]], seed: UInt64, tally: inout Tally) {
        let page = tokens.flatMap { $0 }
        guard page.withUnsafeBufferPointer({ VerbatimTextElision($0) }) != nil else {
            tally.notCut += 1
            return
        }
        guard let elided = VerbatimTextElisionTests.elidedTree(page) else {
            tally.refusedAfterParse += 1
            return
        }
        tally.accepted += 1
        tally.largestAcceptedPage = max(tally.largestAcceptedPage, page.count)
        tally.countFeatures(of: page)
        let plain = VerbatimTextElisionTests.plainTree(page)
        guard elided != plain else { return }
        tally.mismatches += 1
        let minimal = Self.shrink(tokens)
        let minimalElided = VerbatimTextElisionTests.elidedTree(minimal) ?? []
        let minimalPlain = VerbatimTextElisionTests.plainTree(minimal) ?? []
        Issue.record("""
            Elided parse accepted with a different tree (seed \(seed)).
            Minimal page (\(minimal.count) bytes): \(Self.literal(minimal))
            \(Self.firstDifference(plain: minimalPlain, elided: minimalElided))
            """)
    }

    /// Whether the elided parse is accepted and gives another tree than the page as it is.
    static func mismatches(_ page: [UInt8]) -> Bool {
        guard let elided = VerbatimTextElisionTests.elidedTree(page) else { return false }
        return elided != VerbatimTextElisionTests.plainTree(page)
    }

    /// Drops tokens, then runs of bytes, as long as the page still mismatches.
    static func shrink(_ tokens: [[UInt8]]) -> [UInt8] {
        var tokens = tokens
        var changed = true
        while changed {
            changed = false
            var index = 0
            while index < tokens.count {
                var fewer = tokens
                fewer.remove(at: index)
                if mismatches(fewer.flatMap { $0 }) {
                    tokens = fewer
                    changed = true
                } else {
                    index += 1
                }
            }
        }
        var bytes = tokens.flatMap { $0 }
        // Long texts must stay at least minimumTextLength to be cut, so halve runs down to one byte.
        var run = max(1, bytes.count / 4)
        while run >= 1 {
            var start = 0
            while start < bytes.count {
                var shorter = bytes
                shorter.removeSubrange(start..<min(bytes.count, start + run))
                if mismatches(shorter) { bytes = shorter } else { start += run }
            }
            run /= 2
        }
        return bytes
    }

    /// The page as a Swift string literal when it is UTF-8, else as a byte array.
    static func literal(_ bytes: [UInt8]) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { return "\(bytes)" }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value >= 0xFFFE && scalar.value <= 0xFFFF:
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The first line where the two tree dumps differ.
    static func firstDifference(plain: [UInt8], elided: [UInt8]) -> String {
        let plainLines = plain.split(separator: 0x0A, omittingEmptySubsequences: false)
        let elidedLines = elided.split(separator: 0x0A, omittingEmptySubsequences: false)
        for index in 0..<max(plainLines.count, elidedLines.count) {
            let one = index < plainLines.count ? Array(plainLines[index]) : []
            let other = index < elidedLines.count ? Array(elidedLines[index]) : []
            if one != other {
                return "line \(index): plain \(literal(one)), elided \(literal(other))"
            }
        }
        return "dumps equal"
    }
}

/// SplitMix64 (Steele, Lea and Flood): small, fast and good enough to drive a fuzzer; a value
/// type, so every case owns its sequence and no state is shared between tests.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func pick<Element>(_ choices: [Element]) -> Element {
        choices[below(choices.count)]
    }
}

/// Builds pages as token lists from a grammar of constructs that libxml2 reads in unusual ways.
struct PageGenerator {
    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    // MARK: Pages from the grammar

    mutating func page() -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        if random.chance(8) { tokens.append([0xEF, 0xBB, 0xBF]) }  // BOM
        if random.chance(30) { tokens.append(bytes(random.pick(Self.doctypes))) }
        for _ in 0..<(2 + random.below(14)) {
            tokens += construct(depth: 0)
        }
        return tokens
    }

    private mutating func construct(depth: Int) -> [[UInt8]] {
        switch random.below(21) {
        case 20: return rareConstruct()
        case 0...4: return rawTextElement()
        case 5...8: return element(depth: depth)
        case 9: return containerElement(depth: depth)
        case 10: return comment()
        case 11: return [bytes(random.pick(Self.markupDeclarations))]
        case 12: return structuralTag()
        case 13: return [bytes(random.pick(Self.metaTags))]
        case 14, 15: return [text()]
        default: return [noise()]
        }
    }

    /// Constructs that stress libxml2's limits: names over its 100-byte limit, deep nesting, many
    /// cuts (placeholders of several digits), bodies past its 1,000-byte blocks and 64 KB chunks.
    private mutating func rareConstruct() -> [[UInt8]] {
        let longName = String(repeating: random.pick(["a", "s", "-"]), count: 90 + random.below(20))
        switch random.below(6) {
        case 0: return [bytes("<\(longName)script>"), longText(flavor: .code), bytes("</script>")]
        case 1: return [bytes("<div \(longName)title=\""), longText(flavor: .attribute), bytes("\" title='"), longText(flavor: .attribute), bytes("'>")]
        case 2:
            let depth = 250 + random.below(20)
            return [bytes(String(repeating: "<div>", count: depth))] + rawTextElement() + [bytes(String(repeating: "</div>", count: depth))]
        case 3:
            return (0..<(20 + random.below(120))).flatMap { _ in [bytes("<i title=\""), longText(flavor: .attribute), bytes("\">")] }
        case 4:
            var body = longText(flavor: .code)
            while body.count < 70_000 { body += body }
            return [bytes("<script>"), body, bytes("</script>"), bytes("<p title=\""), longText(flavor: .attribute), bytes("\">")]
        default:
            return [bytes("<div title=\""), longText(flavor: .attribute), bytes(random.pick(["\u{0}", "\u{1}", "\u{C}"])),
                    bytes("\" data-x=\""), longText(flavor: .attribute), bytes("\">")] + rawTextElement()
        }
    }

    /// A `<script>` or `<style>` with a body long enough to be cut, and some end tag.
    private mutating func rawTextElement() -> [[UInt8]] {
        let name = random.pick(["script", "script", "script", "style", "SCRIPT", "Style", "sCrIpT"])
        var tokens: [[UInt8]] = [bytes("<" + name)]
        for _ in 0..<random.below(3) { tokens.append(attribute()) }
        tokens.append(bytes(random.pick([">", ">", ">", " >", "/>", "\n>", " / >", ""])))
        if random.chance(10) { tokens.append(noise()) }
        tokens.append(longText(flavor: .code))
        if random.chance(25) { tokens.append(noise()) }
        if random.chance(20) { tokens.append(longText(flavor: .code)) }
        let lowercase = name.lowercased()
        tokens.append(bytes(random.pick([
            "</\(lowercase)>", "</\(lowercase)>", "</\(lowercase)>", "</\(name.uppercased())>", "</\(lowercase) >",
            "</\(lowercase)\n>", "</\(lowercase) foo=\"bar\">", "</\(lowercase)/>", "</\(lowercase)x>",
            "</\(lowercase)", "</\(lowercase)-1>", "</\(lowercase)\t\r\n>", "</\(lowercase) a='>'>",
            "</script>", "</style>", "</scr", "",
        ])))
        return tokens
    }

    /// An element with attributes (long values among them), maybe content and an end tag.
    private mutating func element(depth: Int) -> [[UInt8]] {
        let name = random.pick(Self.elementNames)
        var tokens: [[UInt8]] = [bytes("<" + name)]
        for _ in 0..<random.below(5) { tokens.append(attribute()) }
        tokens.append(bytes(random.pick([">", ">", ">", "/>", " >", "\n>", " />", "", " ", "\"", "'"])))
        if depth < 3, random.chance(50) {
            for _ in 0..<random.below(3) { tokens += construct(depth: depth + 1) }
        }
        if random.chance(60) {
            tokens.append(bytes(random.pick(["</\(name)>", "</\(name.uppercased())>", "</\(name) >", "</\(name)", "</p>"])))
        }
        return tokens
    }

    /// Elements whose content browsers read in special ways, holding scripts and styles.
    private mutating func containerElement(depth: Int) -> [[UInt8]] {
        let name = random.pick(["title", "textarea", "noscript", "svg", "math", "template", "iframe", "xmp", "plaintext",
                                "TITLE", "NoScript", "select", "table", "object", "head", "p", "a"])
        var tokens: [[UInt8]] = [bytes("<\(name)>")]
        if depth < 3 {
            for _ in 0..<(1 + random.below(3)) {
                tokens += random.chance(60) ? rawTextElement() : construct(depth: depth + 1)
            }
        }
        if random.chance(75) { tokens.append(bytes("</\(name)>")) }
        return tokens
    }

    private mutating func comment() -> [[UInt8]] {
        var tokens: [[UInt8]] = [bytes(random.pick(["<!--", "<!--", "<!---", "<!-->", "<!--->", "<!-- [if lt IE 9]>"]))]
        for _ in 0..<random.below(3) {
            tokens += random.chance(50) ? rawTextElement() : [text()]
        }
        tokens.append(bytes(random.pick(["-->", "-->", "--!>", "- ->", "--", "->", "<![endif]-->", ""])))
        return tokens
    }

    private mutating func structuralTag() -> [[UInt8]] {
        let name = random.pick(["html", "head", "body", "HTML", "Body", "HEAD"])
        if random.chance(30) { return [bytes("</\(name)>")] }
        var tokens: [[UInt8]] = [bytes("<" + name)]
        for _ in 0..<random.below(3) { tokens.append(attribute()) }
        tokens.append(bytes(">"))
        return tokens
    }

    private mutating func attribute() -> [UInt8] {
        let blank = random.pick([" ", " ", " ", "\n", "\t", "\r\n", "  ", "", "/"])
        var name = random.pick(Self.attributeNames)
        if random.chance(3) { name = String(repeating: "a", count: 95 + random.below(10)) + name }
        let equals = random.pick(["=", "=", "=", " = ", "\n=\n", "= ", " ="])
        switch random.below(12) {
        case 0: return bytes(blank + name)
        case 1: return bytes(blank + name) + bytes(equals) + shortText(allowBlank: false)
        case 2: return bytes(blank + name + equals + random.pick(["\"\"", "''", "\"x\"", "'y'"]))
        case 3: return bytes(blank) + noise()
        default:
            let quote = random.pick(["\"", "\"", "'"])
            var value = longText(flavor: .attribute)
            if random.chance(80) { value.removeAll { $0 == quote.utf8.first! } }
            return bytes(blank + name + equals + quote) + value + bytes(random.chance(97) ? quote : "")
        }
    }

    // MARK: Texts

    enum Flavor { case code, attribute, prose }

    /// A text longer than the elision's minimum, mostly verbatim, now and then with something
    /// libxml2 reads differently inside it.
    private mutating func longText(flavor: Flavor) -> [UInt8] {
        let length = random.chance(15) ? 900 + random.below(1_400) : VerbatimTextElision.minimumTextLength - 2 + random.below(120)
        var out: [UInt8] = []
        while out.count < length {
            if random.chance(4) {
                out += trickyInsideText()
            } else {
                switch flavor {
                case .code: out += bytes(random.pick(Self.codeFragments))
                case .attribute: out += bytes(random.pick(Self.attributeFragments))
                case .prose: out += bytes(random.pick(Self.proseFragments))
                }
            }
        }
        return out
    }

    private mutating func shortText(allowBlank: Bool) -> [UInt8] {
        var value = bytes(random.pick(["x", "a.jpg", "true", "1", "_blank", "caf\u{E9}", "a\"b", "a'b", "a<b", "a>b", "&amp;", "x=y"]))
        if allowBlank { value += bytes(" ") }
        return value
    }

    private mutating func text() -> [UInt8] {
        random.chance(30) ? longText(flavor: .prose) : bytes(random.pick(Self.proseFragments))
    }

    /// Bytes that appear inside texts and make libxml2 (or the elision) stop or change course.
    private mutating func trickyInsideText() -> [UInt8] {
        random.chance(50) ? noise() : bytes(random.pick([
            "</", "</p>", "</div>", "</scr", "</script", "</style", "</SCRIPT", "</script-x>", "</scriptx",
            "<!--", "-->", "--!>", "<", ">", "\"", "'", "&", "&amp;", "=", "<script>", "<style>", "</title>",
            "<![CDATA[", "]]>", "<?", "?>", "\\u003c/script>",
        ]))
    }

    /// One token of trouble: broken markup, references, control and invalid bytes.
    private mutating func noise() -> [UInt8] {
        switch random.below(10) {
        case 0: return random.pick(Self.brokenBytes)
        case 1:
            // A multi-byte character cut short.
            let character = bytes(random.pick(["\u{E9}", "\u{20AC}", "\u{1F600}", "\u{4E2D}", "\u{FFFD}"]))
            return Array(character.prefix(1 + random.below(character.count - 1)))
        case 2: return bytes(random.pick(Self.references))
        default: return bytes(random.pick(Self.markupNoise))
        }
    }

    // MARK: Mutated realistic pages

    mutating func mutatedTemplate() -> [[UInt8]] {
        var tokens = Self.tokenize(bytes(random.pick(Self.templates(filler: fillerText()))))
        for _ in 0..<(1 + random.below(5)) {
            guard !tokens.isEmpty else { break }
            let index = random.below(tokens.count)
            switch random.below(9) {
            case 0, 1: tokens.insert(noise(), at: random.below(tokens.count + 1))
            case 2: tokens.insert(trickyInsideText(), at: random.below(tokens.count + 1))
            case 3: tokens.remove(at: index)
            case 4:
                // Split a token at a random byte (maybe inside a multi-byte character) around an insertion.
                let token = tokens[index]
                guard token.count > 1 else { continue }
                let cut = 1 + random.below(token.count - 1)
                tokens.replaceSubrange(index...index, with: [Array(token[..<cut]), noise(), Array(token[cut...])])
            case 5:
                let token = tokens[index]
                guard token.count > 1 else { continue }
                let start = random.below(token.count)
                tokens[index].removeSubrange(start..<min(token.count, start + 1 + random.below(4)))
            case 6: tokens.insert(tokens[index], at: index)
            case 7: tokens[index] = tokens[index].map { random.chance(50) && $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }
            default: tokens.insert(contentsOf: rawTextElement(), at: index)
            }
        }
        return tokens
    }

    private mutating func fillerText() -> String {
        String(repeating: random.pick(["var x = 1; ", "caf\u{E9} \u{2014} ", "a.b{c:d} ", "{\"k\": [1, 2]} "]), count: 3 + random.below(8))
    }

    /// Splits a page before each "<", after each ">" and at each quote, so mutations land
    /// between tags, inside tags and inside attribute values.
    static func tokenize(_ page: [UInt8]) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in page {
            if byte == 0x3C || byte == 0x22 || byte == 0x27, !current.isEmpty {
                tokens.append(current)
                current = []
            }
            current.append(byte)
            if byte == 0x3E || byte == 0x22 || byte == 0x27 {
                tokens.append(current)
                current = []
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private func bytes(_ text: String) -> [UInt8] {
        Array(text.utf8)
    }

    // MARK: Vocabulary

    static let doctypes = [
        "<!DOCTYPE html>", "<!doctype html>\n", "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        "<!DOCTYPE x SYSTEM '<div a=\"'>", "<!DOCTYPE html PUBLIC \"<script>\" '>'>", "<!DOCTYPE",
    ]

    static let elementNames = [
        "div", "p", "a", "img", "span", "meta", "link", "input", "svg", "path", "DIV", "Img", "_x", ":x", "x-y",
        "br", "li", "ul", "table", "td", "tr", "option", "form", "button", "source", "picture", "iframe", "object",
        "html", "body", "head", "frameset", "scriptx", "style2",
    ]

    static let attributeNames = [
        "title", "data-x", "class", "style", "href", "src", "srcset", "alt", "content", "value", "onclick", "d",
        "DATA-X", "Title", "CLASS", "id", "ID", "name", "xml:id", "XML:ID", "charset", "http-equiv", "_u", ":c",
        ".d", "a-b", "data-json", "title", "class", "lang",
    ]

    static let markupDeclarations = [
        "<!doctype html>", "<!DOCTYPE html SYSTEM \"a>b\">", "<!x>", "<!>", "<! <script>", "<![CDATA[<script>]]>",
        "<![CDATA[", "]]>", "<?php echo '<script>'; ?>", "<?xml version=\"1.0\"?>", "<? <div title=\">\">",
        "<?>", "<?", "<!ENTITY x \"y\">", "<!--x-->", "<!---->",
    ]

    static let metaTags = [
        "<meta charset=\"utf-8\">", "<meta charset=iso-8859-1>", "<meta charset=\"windows-1252\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\">", "<META CHARSET='shift_jis'>",
        "<meta name=\"description\" content=\"a long description of the page that goes on and on\">",
    ]

    static let markupNoise = [
        "<", ">", "</", "/>", "<>", "</>", "<a", "<p", "</p>", "</div>", "<br/>", "<br>", "\"", "'", "=", "&",
        "<!--", "-->", "--!>", "<!", "<?", "?>", "<![CDATA[", "]]>", "</script>", "</style>", "<script>", "<style>",
        "</scriptx>", "</SCRIPT >", "<html>", "<body>", "<head>", "</html>", "</body>", "</head>", "<title>",
        "</title>", "<textarea>", "<plaintext>", "<xmp>", "<noscript>", "<template>", "<svg>", "<math>",
        " ", "\n", "\r\n", "\t", "\u{0C}", "\r", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{0}",
        "\u{1}", "\u{B}", "\u{1F}", "\u{85}", "\u{2028}", "\u{1F600}", "\u{E9}", "<meta charset=latin1>",
    ]

    static let brokenBytes: [[UInt8]] = [
        [0xFF], [0xFE], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3], [0xE2, 0x82],
        [0xF0, 0x9F, 0x98], [0xC3, 0x3C], [0xE2, 0x22], [0xF0, 0x9F, 0x3E], [0x00], [0x7F], [0x00, 0x3C],
    ]

    static let references = [
        "&amp;", "&lt;", "&gt;", "&quot;", "&#60;", "&#x3C;", "&#x3c", "&#0;", "&#xD800;", "&#1114112;",
        "&lt", "&amp", "&bogus;", "&#;", "&#x;", "&#xZZ;", "&", "& ", "&nbsp;", "&eacute;", "&#128512;",
    ]

    static let codeFragments = [
        "var x = 1; ", "if (a < b && c > d) { ", "} ", "s = '<div>' + \"</div>\"; ", "// comment\n", "/* c */ ",
        "body { color: red } ", "@media (max-width: 600px) { a { b: c } } ", "{\"headline\": \"Caf\u{E9}\"} ",
        "\"\u{2014}\u{1F600}\" ", "\r\n", "\t", "x = y >> 2; ", "a[\"k\"] = '\\'';", "document.write(\"<p>\"); ",
        "\u{4E2D}\u{6587} ", "window.x = {a: [1, 2, 3]}; ", "/ 2 < 3 /", "'</' + 'script>' ",
    ]

    static let attributeFragments = [
        "a.jpg 1x, ", "b.jpg 2x ", "M0 0 L10 10 ", "{\"k\": \"v\", \"n\": [1, 2]} ", "caf\u{E9} \u{2014} ",
        "https://example.com/a/b?c=d ", "<script>x</script> ", "> ", "< ", "\r\n\t", "word ", "'single' ",
        "\"double\" ", "\u{1F600}", "javascript:void(0); ", "--> ", "<!-- ", "=", "/ ",
    ]

    static let proseFragments = [
        "Hello world. ", "Caf\u{E9} cr\u{E8}me ", "\u{2014} ", "\u{1F600} ", "a < b ", "a > b ", "x & y ", "\n",
        "  ", "\u{4E2D}\u{6587}", "text", "\u{A0}", "it's ", "\"quoted\" ",
    ]

    /// Realistic pages; `filler` makes their scripts, styles and attribute values long enough to cut.
    static func templates(filler: String) -> [String] {
        [
            """
            <!DOCTYPE html>
            <html lang="en" class="no-js \(filler)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Breaking: Something Happened \u{2014} The Daily</title>
            <meta property="og:description" content="\(filler)">
            <link rel="stylesheet" href="/assets/site.css?v=\(filler.count)">
            <style>body { margin: 0 } .hero { background: url("a.jpg") } \(filler)</style>
            <script>window.dataLayer = window.dataLayer || []; if (a < b) { c = '</div>'; } \(filler)</script>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "A < B", "pad": "\(filler)"}</script>
            </head>
            <body class="article \(filler)" data-page='{"id": 1, "pad": "\(filler)"}'>
            <header><nav><a href="/" title="\(filler)">Home</a> | <a href="/world">World</a></nav></header>
            <article>
            <h1>Something Happened</h1>
            <p class="byline">By <span itemprop="author">Jane Doe</span> &middot; 3 min read</p>
            <figure><img src="a.jpg" srcset="a.jpg 1x, b.jpg 2x, \(filler)" alt="\(filler)"><figcaption>Photo</figcaption></figure>
            <p>First paragraph with <a href="https://example.com/\(filler)">a link</a> and caf\u{E9}.</p>
            <script>var ad = document.createElement('script'); ad.src = "//ads.example.com/\(filler)";</script>
            <p>Second paragraph &amp; more.</p>
            <svg viewBox="0 0 10 10"><path d="M0 0 L10 10 \(filler)"/></svg>
            </article>
            <footer><p>&copy; 2026</p></footer>
            <script async src="/app.js"></script>
            <script>(function(){ var s = "<!--"; \(filler) })();</script>
            </body>
            </html>
            """,
            """
            <html><head>
            <!--[if lt IE 9]><script src="html5shiv.js">\(filler)</script><![endif]-->
            <style type="text/css">
            /* \(filler) */ a > b { content: "</style" }
            </style>
            <noscript><style>.js-only { display: none } \(filler)</style></noscript>
            </head>
            <body>
            <div id="main" data-config="{&quot;a&quot;: 1}" data-state='\(filler)'>
            <textarea name="t"><script>\(filler)</script></textarea>
            <template><script>\(filler)</script></template>
            <table><tr><td title="\(filler)">cell<td>cell 2</table>
            <form action="/search"><input type="text" value="\(filler)" placeholder='Search \u{2026}'><button>Go</button></form>
            </div>
            <iframe src="https://example.com/embed" title="\(filler)"></iframe>
            <script>
            document.write('<script src="x.js"><\\/script>'); \(filler)
            </script>
            </body></html>
            """,
            """
            <!doctype html><html amp lang="de"><head><meta charset="utf-8">
            <script async src="https://cdn.ampproject.org/v0.js"></script>
            <style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both} \(filler)</style>
            <style amp-custom>.a{color:#333} \(filler)</style>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "author": {"name": "M\u{FC}ller"}, "x": "\(filler)"}
            </script>
            </head><body>
            <amp-img src="a.jpg" width="600" height="400" layout="responsive" alt="\(filler)"></amp-img>
            <p>Text mit Umlauten: \u{E4}\u{F6}\u{FC}\u{DF} \u{201E}Zitat\u{201C}</p>
            <math><mi>x</mi><style>\(filler)</style></math>
            <p onclick="alert('\(filler)')">Klick</p>
            </body></html>
            """,
        ]
    }
}
