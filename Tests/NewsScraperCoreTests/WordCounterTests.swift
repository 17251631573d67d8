import Foundation
import Testing
import NewsScraperCore

struct WordCounterTests {
    @Test(arguments: [
        ("", 0),
        ("   \n\t ", 0),
        ("one", 1),
        ("The council met on Tuesday.", 5),
        ("  leading and\ttrailing\nspaces  ", 4),
        ("non\u{A0}breaking space", 3),
        ("Совет собрался во вторник.", 4),
        ("اجتمع المجلس يوم الثلاثاء", 4),
        // Chinese and Japanese count each ideograph and kana; their punctuation separates.
        ("市政府周二开会。", 7),
        ("東京で会議が開かれた", 10),
        ("新桥 plan 获批", 5),
        // Thai: one word per four characters, spaces or not (16 + 4 characters, rounded up).
        ("สภาเมืองประชุมเม ื่อค", 5),
    ])
    func counts(text: String, expected: Int) {
        #expect(WordCounter.count(text) == expected)
    }

    @Test func aChineseArticleIsNotTooShort() {
        let sentence = "市政府周二晚间召开会议，讨论新大桥的建设计划。"
        var article = Article(url: URL(string: "https://news.example.cn/a/1"), title: "新大桥计划获批",
                              authors: [Author(name: "王小明")], language: "zh")
        article.published = DateValue(iso8601: "2025-06-01T10:00:00+08:00")
        article.blocks = Array(repeating: .paragraph(String(repeating: sentence, count: 4)), count: 5)
        let report = ArticleValidator().validate(article, pageKindHint: .article,
                                                 now: Date(timeIntervalSince1970: 1_750_000_000))
        #expect(!report.issues.contains { $0.code == "body.tooShort" })
        // Before Chinese counted per character, the same body was five "words" long.
        #expect(WordCounter.count(article.text) > 300)
    }
}
