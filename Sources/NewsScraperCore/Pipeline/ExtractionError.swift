import NewsScraperHTML

/// Why turning a page into an ``Article`` failed.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The page could not be parsed (empty, binary, too large, …).
    case document(HTMLError)
    /// The page has more nodes than ``ExtractionLimits/maximumNodes``.
    case tooManyNodes(count: Int, limit: Int)
    /// The call took longer than ``ExtractionLimits/timeLimit``.
    case timeLimitExceeded
    /// A site extractor threw an error of its own.
    case extractorFailed(extractor: String, reason: String)

    public var description: String {
        switch self {
        case let .document(error): return error.description
        case let .tooManyNodes(count, limit):
            return "the page has more than \(limit) nodes (\(count) counted)"
        case .timeLimitExceeded: return "extraction took longer than its time limit"
        case let .extractorFailed(extractor, reason): return "extractor \(extractor) failed: \(reason)"
        }
    }
}

/// Per-call limits that keep one bad page from stalling a batch.
public struct ExtractionLimits: Sendable, Hashable {
    /// Largest page accepted, in bytes.
    public var maximumInputBytes: Int
    /// Most nodes a page may have.
    public var maximumNodes: Int
    /// Longest a call may take, or `nil` for no limit.
    public var timeLimit: Duration?

    public init(maximumInputBytes: Int = 32 << 20, maximumNodes: Int = 1_000_000, timeLimit: Duration? = .seconds(10)) {
        self.maximumInputBytes = maximumInputBytes
        self.maximumNodes = maximumNodes
        self.timeLimit = timeLimit
    }
}
