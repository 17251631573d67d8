import Foundation

/// What a validation rule sees: the article, plus what the extractor guessed
/// about the page and the moment dates are judged against.
public struct ValidationInput: Sendable {
    public let article: Article
    public let pageKindHint: PageKind?
    public let now: Date
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
