import Foundation
import Testing
import NewsScraperCore

@Suite struct ValidationTests {
    static let now = Date(timeIntervalSince1970: 1_750_000_000) // 2025-06-15
    static let body = Array(repeating: "The council met on Tuesday to discuss the new budget for roads and schools in the district.", count: 8)

    static func article(_ change: @Sendable (inout Article) -> Void = { _ in }) -> Article {
        var article = Article(url: URL(string: "https://news.example.com/a/1"), siteName: "Example News",
                              title: "Council agrees new budget", authors: [Author(name: "Ann Lee")],
                              language: "en")
        article.published = DateValue(iso8601: "2025-06-01T10:00:00+00:00")
        article.modified = DateValue(iso8601: "2025-06-02T10:00:00+00:00")
        article.blocks = body.map { .paragraph($0) }
        change(&article)
        return article
    }

    func codes(_ article: Article, hint: PageKind? = .article, policy: ValidationPolicy = .standard) -> [String] {
        ArticleValidator(policy: policy).validate(article, pageKindHint: hint, now: Self.now).issues.map(\.code)
    }

    @Test func aCleanArticleHasNoFindings() {
        #expect(codes(Self.article()) == [])
    }

    typealias Mutation = @Sendable (inout Article) -> Void
    static let triggers: [(String, Mutation)] = [
        ("title.missing", { a in a.title = nil }),
        ("title.isSiteName", { a in a.title = "Example News" }),
        ("title.siteSuffix", { a in a.title = "Council agrees new budget | Example News" }),
        ("body.missing", { a in a.blocks = [] }),
        ("body.tooShort", { a in a.blocks = [.paragraph("Just a few words here.")] }),
        ("body.chrome", { a in a.blocks.append(.paragraph("Follow us on Twitter")) }),
        ("body.chrome", { a in a.blocks.append(.paragraph("تابعوا RT على")) }),
        ("summary.repeatedInBody", { a in a.summary = ValidationTests.body[0] }),
        ("authors.isPublisher", { a in a.authors = [Author(name: "Example News")] }),
        ("authors.isPublisher", { a in a.authors = [Author(name: "Russia Today")] }),
        ("published.missing", { a in a.published = nil }),
        ("published.future", { a in a.published = DateValue(iso8601: "2025-07-01T10:00:00Z") }),
        ("published.tooOld", { a in a.published = DateValue(iso8601: "1994-01-01T10:00:00Z") }),
        ("published.afterModified", { a in a.modified = DateValue(iso8601: "2025-05-01T10:00:00Z") }),
        ("language.scriptMismatch", { a in a.language = "ar" }),
        ("text.encodingDamage", { a in a.blocks.append(.paragraph("Caf\u{FFFD} culture")) }),
        ("text.encodingDamage", { a in a.title = "CafÃ© culture" }),
        // Double-encoded through Latin-1: the C1 controls U+0080 and U+0099 stand for the bytes of ’.
        ("text.encodingDamage", { a in a.blocks.append(.paragraph("It doesn\u{E2}\u{80}\u{99}t matter")) }),
        ("text.encodingDamage", { a in a.blocks.append(.paragraph("Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©")) }),
    ]

    @Test(arguments: ValidationTests.triggers)
    func eachRuleFires(code: String, change: Mutation) {
        #expect(codes(Self.article(change)).contains(code))
    }

    @Test func damageIsShownWithItsControlCharactersEscaped() {
        let article = Self.article { $0.blocks.append(.paragraph("It doesn\u{E2}\u{80}\u{99}t matter")) }
        let report = ArticleValidator().validate(article, pageKindHint: .article, now: Self.now)
        #expect(report.issues(withCode: "text.encodingDamage").first?.message == #"the text looks double-decoded ("â\u{80}\u{99}")"#)
    }

    @Test func repairedTextIsReportedAsInformation() {
        let report = ArticleValidator().validate(Self.article(), pageKindHint: .article, now: Self.now, repairedCharacters: 12)
        let repaired = report.issues(withCode: "text.encodingRepaired")
        #expect(repaired.map(\.severity) == [.info])
        #expect(repaired.first?.message.contains("12") == true)
        #expect(codes(Self.article()).contains("text.encodingRepaired") == false)
    }

    @Test func notAnArticle() {
        let report = ArticleValidator().validate(Self.article(), pageKindHint: .listing, now: Self.now)
        #expect(report.isArticle == false)
        #expect(report.issues.map(\.code).contains("page.notArticle"))
        #expect(ArticleValidator().validate(Self.article(), pageKindHint: .article, now: Self.now).isArticle)
    }

    @Test func rtlTextWithArabicLanguageIsPlausible() {
        let article = Self.article {
            $0.language = "ar"
            $0.blocks = [.paragraph(String(repeating: "قال الرئيس إن الولايات المتحدة أنهت عشرين عاما من الصراع. ", count: 12))]
        }
        #expect(!codes(article).contains("language.scriptMismatch"))
    }

    @Test func policies() {
        let article = Self.article { $0.blocks = [.paragraph("Too short.")] }
        let strict = ArticleValidator(policy: .strict).validate(article, pageKindHint: .article, now: Self.now)
        #expect(strict.issues.first { $0.code == "body.tooShort" }?.severity == .error)
        #expect(codes(article, policy: .lenient).isEmpty)
    }

    @Test func userRules() {
        let validator = ArticleValidator().adding(ClosureValidationRule { input in
            input.article.tags.isEmpty
                ? [ValidationIssue(code: "custom.noTags", severity: .info, field: .tags, message: "no tags")] : []
        })
        #expect(validator.validate(Self.article(), now: Self.now).issues.map(\.code) == ["custom.noTags"])
    }
}
