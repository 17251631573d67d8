import Testing
import NewsScraperHTML
@testable import NewsScraperGeneric

struct JSONLDScriptTypeTests {
    @Test func recognisesTypesAsBefore() throws {
        let document = try HTMLDocument(html: """
            <script type="application/LD+JSON"></script><script type="text/javascript"></script>
            <script></script><script type="ld+json; x"></script><script type="ldjson"></script>
            """)
        let flags = try document.select("script").map(SchemaTypeScanner.isJSONLD)
        #expect(flags == [true, false, false, true, false])
    }
}
