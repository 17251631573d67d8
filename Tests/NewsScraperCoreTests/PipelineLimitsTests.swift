import Foundation
import Testing
import NewsScraperCore
import NewsScraperGeneric
import NewsScraperHTML

@Suite struct PipelineLimitsTests {
    func pipeline(_ limits: ExtractionLimits) -> ExtractionPipeline {
        ExtractionPipeline(registry: ExtractorRegistry(), fallback: GenericExtractor(), limits: limits)
    }

    @Test func emptyInputIsATypedError() {
        #expect(throws: ExtractionError.document(.emptyInput)) {
            _ = try pipeline(ExtractionLimits()).extract(bytes: [UInt8]())
        }
    }

    @Test func oversizedInputIsRefused() {
        let page = Array("<p>\(String(repeating: "x", count: 5000))</p>".utf8)
        #expect(throws: ExtractionError.document(.inputTooLarge(byteCount: page.count, limit: 1000))) {
            _ = try pipeline(ExtractionLimits(maximumInputBytes: 1000)).extract(bytes: page)
        }
    }

    @Test func tooManyNodesIsRefused() {
        let page = "<html><body>" + String(repeating: "<p>x</p>", count: 500) + "</body></html>"
        #expect {
            _ = try pipeline(ExtractionLimits(maximumNodes: 100)).extract(html: page)
        } throws: { error in
            guard case let ExtractionError.tooManyNodes(_, limit) = error else { return false }
            return limit == 100
        }
    }

    @Test func anExhaustedTimeBudgetIsATypedError() {
        let page = "<html><body><p>Some text</p></body></html>"
        #expect(throws: ExtractionError.timeLimitExceeded) {
            _ = try pipeline(ExtractionLimits(timeLimit: .zero)).extract(html: page)
        }
    }

    @Test func binaryInputIsATypedError() {
        let junk = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) % 32 }
        #expect(throws: ExtractionError.self) { _ = try pipeline(ExtractionLimits()).extract(bytes: junk) }
    }
}
