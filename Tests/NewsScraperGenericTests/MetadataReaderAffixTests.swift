import Foundation
import NewsScraperCore
import Testing
@testable import NewsScraperGeneric

/// `MetadataReader.affixes` searches ASCII titles for separators over bytes; there the byte
/// search must find exactly what Foundation's search did.
struct MetadataReaderAffixTests {
    static let titles = [
        "Bridge plans approved | Coast Times", "Bridge plans approved - Coast Times", "A :: B :: C", "Head » Site",
        "Head line", "", " | ", "a|b", "Left -Right", "x - y - zzzzzzzzzz", "News · Site", "Big • Thing", "N — S",
        "Story – Site", "Tabs\t|\tTabs", "Ends with | ", "one  -  two",
    ]

    @Test func byteSearchFindsWhatFoundationFindsInASCIITitles() {
        for title in Self.titles where title.utf8.allSatisfy({ $0 < 0x80 }) {
            for separator in MetadataReader.separators {
                #expect(TextSearch.contains(title, separator) == title.contains(separator), "\(title) \(separator)")
            }
        }
    }

    @Test func affixesAreTheShortTrailingPart() {
        #expect(MetadataReader.affixes(of: "Bridge plans approved | Coast Times") == ["Coast Times"])
        #expect(MetadataReader.affixes(of: "Bridge plans approved — Coast Times") == ["Coast Times"])
        #expect(MetadataReader.affixes(of: "Site - A much longer headline here") == [])
        #expect(MetadataReader.affixes(of: "Head line") == [])
    }
}
