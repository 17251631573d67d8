import Foundation
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

    @Test func bylinesAtEitherEndOfTheBodyGoInAnyLanguage() {
        let article = (1...8).map { Block.paragraph("Paragraph \($0) of the story, where Ulrich Brenner is quoted.") }
        let blocks: [Block] = [.paragraph("Von Ulrich Brenner")] + article
            + [.paragraph("Ulrich Brenner"), .paragraph("View all posts by Ulrich Brenner")]
        #expect(BodyCleaner.droppingBylines(blocks, authors: ["Ulrich Brenner"]) == article)
        // A name in the middle of the body, a sentence, or another name stays.
        let middle = Array(article[0..<4]) + [.paragraph("Ulrich Brenner")] + Array(article[4...])
        #expect(BodyCleaner.droppingBylines(middle, authors: ["Ulrich Brenner"]) == middle)
        let sentence: [Block] = [.paragraph("Ulrich Brenner wrote it.")] + article
        #expect(BodyCleaner.droppingBylines(sentence, authors: ["Ulrich Brenner"]) == sentence)
        #expect(BodyCleaner.droppingBylines(blocks, authors: ["Anna Lee"]) == blocks)
        #expect(BodyCleaner.droppingBylines([.paragraph("بقلم رامي الأحمد")], authors: ["رامي الأحمد"])
            == [.paragraph("بقلم رامي الأحمد")])  // a body of nothing else is kept
        let arabic: [Block] = [.paragraph("بقلم رامي الأحمد")] + article
        #expect(BodyCleaner.droppingBylines(arabic, authors: ["رامي الأحمد"]) == article)
    }

    @Test func datelinesAtTheTopOfTheBodyGoInAnyLanguage() {
        let parser = DateParser(now: Date(timeIntervalSince1970: 1_767_225_600))  // 2026-01-01
        let blocks: [Block] = [
            .paragraph("segunda-feira, 22 de janeiro de 2018 às 0:13"),
            .paragraph("The council met on March 12, 2025."),
            .paragraph("By Anna Lee • March 12, 2025"),
            .paragraph("Residents asked for longer opening hours, and the council agreed."),
            .paragraph("Updated March 19, 2025"),
        ]
        let cleaned = BodyCleaner.droppingLeadingDatelines(blocks) { parser.parse($0) != nil }
        // A sentence that names a date stays; a date line further down is not the page's dateline.
        #expect(cleaned == [blocks[1], blocks[3], blocks[4]])
        #expect(BodyCleaner.isDateline("Updated on July 9, 2025", isDate: { parser.parse($0) != nil }))
    }

    @Test func aBodyOfOnlyADatelineIsKept() {
        let parser = DateParser(now: Date(timeIntervalSince1970: 1_767_225_600))
        let blocks: [Block] = [.paragraph("December 19, 2025")]
        #expect(BodyCleaner.droppingLeadingDatelines(blocks) { parser.parse($0) != nil } == blocks)
        #expect(!BodyCleaner.isDateline("Image from the March 2024 review", isDate: { parser.parse($0) != nil }))
    }
}
