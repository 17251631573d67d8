import Foundation

/// What a validation rule sees: the article, plus what the extractor guessed
/// about the page and the moment dates are judged against.
public struct ValidationInput: Sendable {
    public let article: Article
    public let pageKindHint: PageKind?
    public let now: Date
    /// The article's plain body, joined once for every rule.
    public let text: String
    /// The number of words in ``text``, as ``WordCounter`` counts them.
    public let wordCount: Int
    /// How many characters of the page were repaired from double UTF-8 encoding before parsing
    /// (`CharsetDecision.repairedCharacters`).
    public let repairedCharacters: Int

    public init(article: Article, pageKindHint: PageKind?, now: Date, repairedCharacters: Int = 0) {
        self.article = article
        self.pageKindHint = pageKindHint
        self.now = now
        self.repairedCharacters = repairedCharacters
        self.text = article.text
        self.wordCount = WordCounter.count(text)
    }
}

/// A check on an article. Conform your own types to add checks to an ``ArticleValidator``.
public protocol ValidationRule: Sendable {
    /// Findings for this article; empty when all is well.
    func check(_ input: ValidationInput) -> [ValidationIssue]
}

/// A rule written as a closure.
public struct ClosureValidationRule: ValidationRule {
    private let body: @Sendable (ValidationInput) -> [ValidationIssue]

    public init(_ body: @escaping @Sendable (ValidationInput) -> [ValidationIssue]) {
        self.body = body
    }

    public func check(_ input: ValidationInput) -> [ValidationIssue] { body(input) }
}
