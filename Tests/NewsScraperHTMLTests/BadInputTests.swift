import Testing
@testable import NewsScraperHTML

/// Hostile or broken input must end in a thrown ``HTMLError`` or a usable
/// document, never a crash, a hang or a stack overflow.
@Suite struct BadInputTests {
    @Test("empty and whitespace-only input", arguments: [[], Array(" \n\t\r\u{0C} ".utf8), [0xEF, 0xBB, 0xBF]])
    func emptyInput(bytes: [UInt8]) {
        #expect(throws: HTMLError.emptyInput) { try HTMLDocument(bytes: bytes) }
    }

    @Test func emptyString() {
        #expect(throws: HTMLError.emptyInput) { try HTMLDocument(html: "") }
    }

    @Test("binary junk is refused or parsed, never a crash", arguments: [1, 2, 3, 42, 1234])
    func binaryJunk(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let bytes = (0..<20_000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        do {
            let document = try HTMLDocument(bytes: bytes)
            _ = document.root?.text
        } catch let error {
            guard case .binaryInput(let share) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(share > 0.1)
        }
    }

    @Test func controlBytesAreRefusedAsBinary() {
        let bytes = (0..<4096).map { UInt8($0 % 9) }
        #expect {
            try HTMLDocument(bytes: bytes)
        } throws: { error in
            if case HTMLError.binaryInput = error { return true }
            return false
        }
    }

    @Test func nulBytesInsideAPageAreDropped() throws {
        let bytes = Array("<html><head><title>Ti\0tle</title></head><body><p>Hel".utf8) + [0, 0]
            + Array("lo</p><p>world</p></body></html>".utf8)
        let document = try HTMLDocument(bytes: bytes)
        #expect(document.title == "Title")
        #expect(document.body?.text == "Hello world")
    }

    @Test func inputOverTheLimitIsRefused() {
        let bytes = Array(repeating: UInt8(ascii: "a"), count: 1025)
        #expect(throws: HTMLError.inputTooLarge(byteCount: 1025, limit: 1024)) {
            try HTMLDocument(bytes: bytes, options: HTMLParseOptions(maximumInputBytes: 1024))
        }
    }

    /// About 50 MB of paragraphs, built as one string so the test stays fast in debug builds.
    static func fiftyMegabytePage() -> String {
        let paragraph = "<p class=\"para\">Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n"
        let count = 50_000_000 / paragraph.utf8.count
        return "<html><head><meta charset=\"utf-8\"><title>Big</title></head><body>"
            + String(repeating: paragraph, count: count) + "<p id=\"last\">end</p></body></html>"
    }

    @Test func fiftyMegabytesAreRefusedUnderTheDefaultLimit() {
        let page = Self.fiftyMegabytePage()
        #expect(page.utf8.count > HTMLParseOptions.default.maximumInputBytes)
        #expect {
            try HTMLDocument(bytes: page.utf8)
        } throws: { error in
            error as? HTMLError == .inputTooLarge(byteCount: page.utf8.count, limit: 32 << 20)
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func fiftyMegabytesParseWithARaisedLimit() throws {
        let page = Self.fiftyMegabytePage()
        let document = try HTMLDocument(bytes: page.utf8, options: HTMLParseOptions(maximumInputBytes: 64 << 20))
        #expect(document.title == "Big")
        #expect(document.body?.lastChild?.id == "last")
        #expect(try document.xpath("//p[@id='last']").count == 1)
    }

    @Test(.timeLimit(.minutes(1)))
    func hundredThousandNestedDivs() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<span id=\"leaf\">deep</span>"
            + String(repeating: "</div>", count: depth) + "<p id=\"after\">after</p></body></html>"
        let document = try HTMLDocument(html: html)
        let body = try #require(document.body)
        let parsedDepth = body.descendants.reduce(0) { $1.hasTagName("div") ? $0 + 1 : $0 }
        // libxml2 2.9 halts at 256 levels (dropping the rest of the page)
        // unless XML_PARSE_HUGE is given; the layer gives it.
        #expect(parsedDepth == depth)
        #expect(body.text == "deep after")
        var entered = 0
        var left = 0
        body.walk { _, event in
            if event == .enter { entered += 1 } else { left += 1 }
            return .descend
        }
        #expect(entered == parsedDepth + 4)
        #expect(left == parsedDepth + 2)
        #expect(ids(try document.select("#leaf")) == ["leaf"])
        #expect(ids(try document.select("div > span")) == ["leaf"])
        #expect(try document.selectFirst("span")?.depth == parsedDepth + 2)
        _ = body.outerHTML
        _ = body.textContent
    }

    @Test func deeplyNestedDocumentIsFreedWithoutStackOverflow() throws {
        for _ in 0..<3 {
            let html = String(repeating: "<div><span>", count: 50_000) + "x"
            let document = try HTMLDocument(html: html)
            #expect(document.body != nil)
        }
    }
}

/// SplitMix64: deterministic bytes for junk-input tests.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
