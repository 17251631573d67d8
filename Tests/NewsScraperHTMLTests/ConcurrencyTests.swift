import Testing
@testable import NewsScraperHTML

/// Different documents may be parsed and read on many threads at once; each
/// document stays inside the task that parsed it.
@Suite struct ConcurrencyTests {
    struct PageSummary: Sendable, Equatable {
        let title: String?
        let textHash: UInt64
        let nodeCount: Int
        let charset: String
    }

    static func page(_ number: Int) -> [UInt8] {
        var html = "<html><head><title>Page \(number)</title>"
        if number % 3 == 0 { html += "<meta charset=\"windows-1252\">" }
        html += "</head><body><article id=a\(number)>"
        for paragraph in 0..<(number % 17 + 1) {
            html += "<p class=\"p\(paragraph % 4)\">Paragraph \(paragraph) of page \(number) with "
            html += "<a href=\"/link/\(number)/\(paragraph)\">a link</a>&nbsp;and <b>bold</b> text.</p>"
        }
        html += "<script>var x = \(number);</script></article></body></html>"
        return Array(html.utf8)
    }

    static func summarize(_ bytes: [UInt8]) throws -> PageSummary {
        let document = try HTMLDocument(bytes: bytes)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in document.body?.text.utf8 ?? "".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let nodeCount = document.root.map { root in root.descendants.reduce(1) { count, _ in count + 1 } } ?? 0
        _ = try document.select("p.p1 > a[href^='/link/']")
        return PageSummary(title: document.title, textHash: hash, nodeCount: nodeCount,
                           charset: document.charset.encoding)
    }

    @Test func parallelParsesMatchSequentialOnes() async throws {
        let pageCount = 3000
        let sequential = try (0..<pageCount).map { try Self.summarize(Self.page($0)) }

        let parallel = try await withThrowingTaskGroup(of: (Int, PageSummary).self) { group in
            let width = 16
            var next = 0
            var results = [PageSummary?](repeating: nil, count: pageCount)
            func submit() {
                let number = next
                next += 1
                group.addTask { (number, try Self.summarize(Self.page(number))) }
            }
            while next < min(width, pageCount) { submit() }
            while let (number, summary) = try await group.next() {
                results[number] = summary
                if next < pageCount { submit() }
            }
            return results
        }
        #expect(parallel.count == pageCount)
        for number in 0..<pageCount where parallel[number] != sequential[number] {
            Issue.record("page \(number) differs: \(String(describing: parallel[number])) vs \(sequential[number])")
        }
        #expect(sequential[5].title == "Page 5")
        #expect(sequential[3].charset == "windows-1252")
    }
}
