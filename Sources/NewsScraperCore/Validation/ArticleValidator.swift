import Foundation

/// How strictly findings are reported.
public enum ValidationPolicy: String, Sendable, Codable {
    /// Findings as the rules grade them.
    case standard
    /// Warnings count as errors: for pipelines that store only clean articles.
    case strict
    /// Only errors are reported: for exploratory scraping.
    case lenient
}

/// Checks articles for missing, implausible and suspicious values.
///
/// Every finding has a stable code (see ``BuiltInValidationRules``), a
/// severity, the field and a message. Add your own rules with ``adding(_:)``.
public struct ArticleValidator: Sendable {
    public var policy: ValidationPolicy
    public private(set) var rules: [any ValidationRule]

    /// A validator with the built-in rules.
    public init(policy: ValidationPolicy = .standard) {
        self.policy = policy
        self.rules = BuiltInValidationRules.all
    }

    /// A copy that also runs `rule`.
    public func adding(_ rule: any ValidationRule) -> ArticleValidator {
        var copy = self
        copy.rules.append(rule)
        return copy
    }

    /// Validates an article.
    /// - Parameters:
    ///   - article: The article to check.
    ///   - pageKindHint: What kind of page the extractor took it for, when it said.
    ///   - now: The moment dates are judged against.
    ///   - repairedCharacters: How many characters of the page were repaired from double UTF-8
    ///     encoding (`CharsetDecision.repairedCharacters` of its document).
    public func validate(_ article: Article, pageKindHint: PageKind? = nil, now: Date = Date(),
                         repairedCharacters: Int = 0) -> ValidationReport {
        let input = ValidationInput(article: article, pageKindHint: pageKindHint, now: now,
                                    repairedCharacters: repairedCharacters)
        var issues = rules.flatMap { $0.check(input) }
        switch policy {
        case .standard: break
        case .strict:
            issues = issues.map { issue in
                var issue = issue
                if issue.severity == .warning { issue.severity = .error }
                return issue
            }
        case .lenient: issues = issues.filter { $0.severity == .error }
        }
        issues.sort { $0.severity > $1.severity }
        return ValidationReport(isArticle: PageKindJudge.isArticle(article, hint: pageKindHint, wordCount: input.wordCount),
                                issues: issues)
    }
}

/// Decides whether a page is an article from what was extracted.
enum PageKindJudge {
    static func isArticle(_ article: Article, hint: PageKind?, wordCount: Int) -> Bool {
        if let hint { return hint == .article }
        return article.title != nil && wordCount >= 120
    }
}
