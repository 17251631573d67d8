/// How serious a validation finding is.
public enum Severity: String, Sendable, Codable, Hashable, Comparable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One finding about an article: a stable code, its severity, the field it
/// concerns and a message for people.
public struct ValidationIssue: Sendable, Codable, Hashable {
    /// A stable identifier such as `title.missing`; safe to match in code.
    public var code: String
    public var severity: Severity
    public var field: Field?
    public var message: String

    public init(code: String, severity: Severity, field: Field?, message: String) {
        self.code = code
        self.severity = severity
        self.field = field
        self.message = message
    }
}

/// What validation found in an article.
public struct ValidationReport: Sendable, Codable, Hashable {
    /// Whether the page looks like an article (not a listing, product or forum page).
    public var isArticle: Bool
    /// The findings, most severe first.
    public var issues: [ValidationIssue]

    public init(isArticle: Bool = true, issues: [ValidationIssue] = []) {
        self.isArticle = isArticle
        self.issues = issues
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { issues.contains { $0.severity == .error } }
    /// Whether any finding is a warning or an error.
    public var hasWarnings: Bool { issues.contains { $0.severity >= .warning } }
    /// The findings with a given code.
    public func issues(withCode code: String) -> [ValidationIssue] { issues.filter { $0.code == code } }
}
