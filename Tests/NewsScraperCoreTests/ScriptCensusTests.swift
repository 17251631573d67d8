import Testing
import NewsScraperCore

struct ScriptCensusTests {
    @Test func limitCountsScalarsNotBytes() {
        let census = ScriptCensus("абв" + "abc", limit: 4)
        #expect(census.counts == [.cyrillic: 3, .latin: 1])
    }

    @Test func countsLettersByScript() {
        let census = ScriptCensus("Hello мир שלום")
        #expect(census.counts == [.latin: 5, .cyrillic: 3, .hebrew: 4])
        #expect(census.total == 12)
        #expect(census.dominant == .latin)
        #expect(census.direction == .ltr)
    }

    @Test func breaksTiesByScriptName() {
        // Three Cyrillic and three Latin letters: "cyrillic" sorts first.
        #expect(ScriptCensus("abc где").dominant == .cyrillic)
        #expect(ScriptCensus("").dominant == nil)
        #expect(ScriptCensus("日本語のテキスト").languageFromScript == "ja")
        #expect(ScriptCensus("مرحبا").direction == .rtl)
    }
}
