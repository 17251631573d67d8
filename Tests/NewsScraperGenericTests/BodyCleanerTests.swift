import NewsScraperCore
import Testing
@testable import NewsScraperGeneric

struct BodyCleanerTests {
    @Test func shortLinesWithACopyrightSignGo() {
        let blocks: [Block] = [
            .paragraph("Researchers followed 2,000 patients for ten years, the study says."),
            .paragraph("Image: © Agence Photo/Getty Images"),
            .paragraph("Les chercheurs ont suivi 2 000 patients pendant dix ans."),
            .paragraph("Photo : ©iStock.com/exemple"),
        ]
        let cleaned = BodyCleaner.clean(blocks, title: nil)
        #expect(cleaned == [blocks[0], blocks[2]])
    }

    @Test func aLongParagraphWithACopyrightSignStays() {
        let long = String(repeating: "The licence of the © symbol was discussed at length in court, witnesses said. ", count: 4)
        let cleaned = BodyCleaner.clean([.paragraph(long)], title: nil)
        #expect(cleaned == [.paragraph(long)])
    }
}
