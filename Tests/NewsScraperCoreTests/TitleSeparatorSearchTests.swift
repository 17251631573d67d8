import Testing
@testable import NewsScraperCore

/// `TitleCleaner.mayContain`, which searches the title's bytes in place, against the search over
/// copies of them.
struct TitleSeparatorSearchTests {
    @Test func findsWhatTheSearchOverCopiesFinds() {
        let titles = [
            "", " ", "|", " | ", "Headline | Site", "Headline — Site", "Headline – Site", "Site - Headline - More",
            "A :: B", "x » y « z", "a · b • c / d : e", "No separators here", "Trailing | ", " | Leading", "||| ---",
            "Café | Site", "日本語 — サイト", "Héadline - Site", "a  |  b", "a |b", "a| b", "a -b", "tab\t|\tsep",
        ]
        for title in titles {
            for separator in TitleCleaner.separators + [" x ", "|", " é "] {
                #expect(TitleCleaner.mayContain(title, separator) == TitleCleaner.mayContainByArrays(title, separator),
                        "\(title) \(separator)")
            }
        }
    }
}
