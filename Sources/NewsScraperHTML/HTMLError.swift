/// Errors thrown by the HTML document layer.
///
/// Every failure of parsing or querying a page is one of these cases, so a
/// caller can tell bad input from a mistake in its own selectors.
public enum HTMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input had no bytes (or only whitespace) to parse.
    case emptyInput
    /// The input is larger than ``HTMLParseOptions/maximumInputBytes``.
    case inputTooLarge(byteCount: Int, limit: Int)
    /// The input does not look like text: too many control bytes near its start.
    case binaryInput(controlByteShare: Double)
    /// libxml2 gave no document back for the input.
    case unparsable
    /// A CSS selector could not be parsed.
    case invalidSelector(SelectorSyntaxError)
    /// An XPath expression could not be compiled or evaluated.
    case invalidXPath(expression: String, reason: String)

    public var description: String {
        switch self {
        case .emptyInput:
            return "the input is empty"
        case let .inputTooLarge(byteCount, limit):
            return "the input has \(byteCount) bytes, more than the limit of \(limit)"
        case let .binaryInput(share):
            let percent = Int((share * 100).rounded())
            return "the input looks binary, not HTML (\(percent)% control bytes at its start)"
        case .unparsable:
            return "libxml2 could not build a document from the input"
        case let .invalidSelector(error):
            return error.description
        case let .invalidXPath(expression, reason):
            return "invalid XPath \"\(expression)\": \(reason)"
        }
    }
}

/// Where and why a CSS selector failed to parse.
public struct SelectorSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The selector as given.
    public let selector: String
    /// The offset, in characters, at which parsing stopped.
    public let offset: Int
    /// What was expected or found there.
    public let reason: String

    public init(selector: String, offset: Int, reason: String) {
        self.selector = selector
        self.offset = offset
        self.reason = reason
    }

    public var description: String {
        "invalid CSS selector \"\(selector)\" at offset \(offset): \(reason)"
    }
}
