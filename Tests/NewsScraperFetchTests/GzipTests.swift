import Foundation
import Testing
@testable import NewsScraperFetch

@Suite struct GzipTests {
    @Test func decodesDynamicHuffmanSitemap() throws {
        let output = try Gzip.decompress(Array(Fixtures.sitemapGzip))
        #expect(output.count == 11_023)
        #expect(String(decoding: output, as: UTF8.self) == Fixtures.sitemapText)
    }

    @Test func decodesStoredAndFixedBlocksAndMembers() throws {
        #expect(try Gzip.decompress(Array(Fixtures.storedGzip)) == Array(String(repeating: "stored block text ", count: 5).utf8))
        #expect(try Gzip.decompress(Array(Fixtures.fixedGzip)) == Array("hello, hello, hello world".utf8))
        #expect(try Gzip.decompress(Array(Fixtures.twoMembersGzip)) == Array("first second".utf8))
    }

    @Test func rejectsBadInput() {
        let bytes = Array(Fixtures.sitemapGzip)
        #expect(throws: GzipError.notGzip) { try Gzip.decompress(Array("plain".utf8)) }
        #expect(throws: GzipError.truncated) { try Gzip.decompress(Array(bytes.prefix(bytes.count / 2))) }
        #expect(throws: GzipError.outputTooLarge(limit: 1000)) { try Gzip.decompress(bytes, limit: 1000) }
        var corrupted = bytes
        corrupted[corrupted.count - 6] ^= 0xFF  // inside the CRC-32
        #expect(throws: GzipError.checksumMismatch) { try Gzip.decompress(corrupted) }
    }

    @Test func garbageNeverCrashes() {
        // Flip bytes throughout the stream: every outcome must be a value or a GzipError.
        let bytes = Array(Fixtures.sitemapGzip)
        for position in stride(from: 10, to: bytes.count - 8, by: 7) {
            var mutated = bytes
            mutated[position] &+= 0x5A
            _ = try? Gzip.decompress(mutated, limit: 100_000)
        }
    }
}
