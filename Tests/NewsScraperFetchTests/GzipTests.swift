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

    /// The one-call path for a single member must give what the chunked decoder gives, and
    /// decline everything else.
    @Test func singleMemberPathMatchesTheChunkedDecoder() throws {
        let sitemap = Array(Fixtures.sitemapGzip)
        for single in [sitemap, Array(Fixtures.storedGzip), Array(Fixtures.fixedGzip)] {
            let whole = try #require(Gzip.decompressSingleMember(single, limit: 1 << 20))
            #expect(whole == (try Gzip.decompress(single)))
        }
        #expect(Gzip.decompressSingleMember(Array(Fixtures.twoMembersGzip), limit: 1 << 20) == nil)
        #expect(Gzip.decompressSingleMember(sitemap + [0, 0, 0, 0], limit: 1 << 20) == nil)
        #expect(Gzip.decompressSingleMember(Array(sitemap.prefix(sitemap.count / 2)), limit: 1 << 20) == nil)
        #expect(Gzip.decompressSingleMember(sitemap, limit: 1000) == nil)
        var corrupted = sitemap
        corrupted[corrupted.count - 6] ^= 0xFF
        #expect(Gzip.decompressSingleMember(corrupted, limit: 1 << 20) == nil)
        for position in stride(from: 10, to: sitemap.count, by: 5) {
            var mutated = sitemap
            mutated[position] &+= 0x5A
            if let whole = Gzip.decompressSingleMember(mutated, limit: 100_000) {
                #expect(whole == (try? Gzip.decompress(mutated, limit: 100_000)))
            }
        }
    }

    /// A trailer claiming more than deflate can expand to is not believed: the one-call path
    /// declines before allocating, and the chunked decoder finds the lie.
    @Test func trailerClaimingAnImpossibleSizeIsNotBelieved() throws {
        var lying = Array(Fixtures.sitemapGzip)
        let claimed = lying.count * 1032 + 1
        for index in 0..<4 { lying[lying.count - 4 + index] = UInt8(truncatingIfNeeded: claimed >> (8 * index)) }
        #expect(Gzip.believableSize(ofSingleMember: lying, limit: 64 << 20) == nil)
        #expect(Gzip.decompressSingleMember(lying, limit: 64 << 20) == nil)
        let honest = Array(Fixtures.sitemapGzip)
        #expect(Gzip.believableSize(ofSingleMember: honest, limit: 64 << 20) == (try Gzip.decompress(honest)).count)
        #expect(throws: GzipError.self) { try Gzip.decompress(lying) }
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
