import Foundation
import Testing
@testable import NewsScraperFetch

@Suite struct SmallPartsTests {
    @Test func dates() {
        #expect(FeedDateParser.parse("Tue, 10 Jun 2003 04:00:00 GMT") == Date(timeIntervalSince1970: 1_055_217_600))
        #expect(FeedDateParser.parse("10 Jun 03 06:00 +0200") == Date(timeIntervalSince1970: 1_055_217_600))
        #expect(FeedDateParser.parse("Tue, 10 Jun 2003 00:00:00 EDT") == Date(timeIntervalSince1970: 1_055_217_600))
        #expect(FeedDateParser.parse("2003-06-10T04:00:00Z") == Date(timeIntervalSince1970: 1_055_217_600))
        #expect(FeedDateParser.parse("2003-06-10T04:00:00.250Z") == Date(timeIntervalSince1970: 1_055_217_600.25))
        #expect(FeedDateParser.parse("2003-06-10 05:00:00+01:00") == Date(timeIntervalSince1970: 1_055_217_600))
        #expect(FeedDateParser.parse("yesterday") == nil)
        #expect(FeedDateParser.parse("2003-13-10") == nil)
    }

    @Test func retryAfter() {
        let now = Date(timeIntervalSince1970: 1_055_217_600)
        #expect(RetryAfter.delay("1") == 1)
        #expect(RetryAfter.delay("Tue, 10 Jun 2003 04:00:30 GMT", now: now) == 30)
        #expect(RetryAfter.delay("Tue, 10 Jun 2003 03:00:00 GMT", now: now) == 0)
        #expect(RetryAfter.delay("soon") == nil)
    }

    @Test func canonicalURLs() {
        func canonical(_ string: String) -> String { URLCanonicalizer.canonicalize(URL(string: string)!).absoluteString }
        #expect(canonical("HTTP://Example.COM:80/a?utm_source=x&id=3&fbclid=y#top") == "http://example.com/a?id=3")
        #expect(canonical("https://example.com:443") == "https://example.com/")
        #expect(canonical("https://example.com:8443/a?utm_medium=rss") == "https://example.com:8443/a")
        #expect(canonical("https://example.com/a?b=1&a=2") == "https://example.com/a?b=1&a=2")
    }

    @Test func contentType() {
        let parsed = ContentType("Text/HTML; Charset=\"ISO-8859-1\"")
        #expect(parsed.mediaType == "text/html")
        #expect(parsed.charset == "ISO-8859-1")
        #expect(ContentType(nil).mediaType == nil)
    }

    @Test func addressGuard() {
        for host in ["127.0.0.1", "127.1", "0x7f.0.0.1", "2130706433", "10.1.2.3", "172.20.0.1", "192.168.1.1",
                     "169.254.169.254", "[::1]", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "localhost",
                     "LOCALHOST.", "api.localhost", "0.0.0.0"] {
            #expect(AddressGuard.literalRefusal(host: host) != nil, "\(host)")
        }
        for host in ["8.8.8.8", "172.32.0.1", "example.com", "2001:4860:4860::8888", "192.169.0.1"] {
            #expect(AddressGuard.literalRefusal(host: host) == nil, "\(host)")
        }
    }
}
