import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange's answer before policy decisions (redirects, retries, status).
struct RawResponse: Sendable {
    var url: URL
    var statusCode: Int
    var headers: [String: String]
    var body: [UInt8]
}

/// The state of one in-flight request, fed by ``SessionRouter`` callbacks.
///
/// URLSession calls its delegate on its own queue, so the state is guarded by
/// a lock; the continuation is resumed exactly once, by whichever comes first:
/// completion, the body limit, the total timeout or cancellation.
final class Transfer: @unchecked Sendable {
    let url: URL
    let limit: Int
    private let lock = NSLock()
    private var body: [UInt8] = []
    private var response: HTTPURLResponse?
    private var failure: FetchError?
    private var continuation: CheckedContinuation<Result<RawResponse, FetchError>, Never>?
    private var task: URLSessionTask?
    private var finished = false

    init(url: URL, limit: Int) {
        self.url = url
        self.limit = limit
    }

    func start(task: URLSessionTask, continuation: CheckedContinuation<Result<RawResponse, FetchError>, Never>) {
        lock.lock()
        self.task = task
        self.continuation = continuation
        let alreadyFailed = failure != nil
        lock.unlock()
        // Resume even when already aborted (cancelled before start): a task
        // cancelled while never resumed may not report completion on Linux,
        // which would leave the continuation hanging.
        task.resume()
        if alreadyFailed { task.cancel() }
    }

    /// Records why the transfer is being abandoned and cancels it; the
    /// completion callback then reports this error instead of URLSession's.
    func abort(_ error: FetchError) {
        lock.lock()
        if failure == nil && !finished { failure = error }
        let task = self.task
        lock.unlock()
        task?.cancel()
    }

    /// Whether a response of this declared length can be accepted.
    func accept(response: URLResponse) -> Bool {
        lock.lock()
        self.response = response as? HTTPURLResponse
        lock.unlock()
        if response.expectedContentLength > Int64(limit) {
            abort(.tooLarge(url, limit: limit))
            return false
        }
        return true
    }

    func append(_ data: Data) {
        lock.lock()
        let tooLarge = body.count + data.count > limit
        if !tooLarge { body.append(contentsOf: data) }
        lock.unlock()
        // Stop reading as soon as the limit is passed: never buffer the rest.
        if tooLarge { abort(.tooLarge(url, limit: limit)) }
    }

    func complete(task: URLSessionTask, error: Error?) {
        lock.lock()
        guard !finished, let continuation else {
            lock.unlock()
            return
        }
        finished = true
        self.continuation = nil
        let result: Result<RawResponse, FetchError>
        if let failure {
            result = .failure(failure)
        } else if let error {
            result = .failure(Self.map(error, url: url))
        } else if let http = response ?? (task.response as? HTTPURLResponse) {
            var headers: [String: String] = [:]
            for (key, value) in http.allHeaderFields {
                if let name = key as? String { headers[name.lowercased()] = "\(value)" }
            }
            result = .success(RawResponse(url: url, statusCode: http.statusCode, headers: headers, body: body))
        } else {
            result = .failure(.network(url, description: "no HTTP response"))
        }
        lock.unlock()
        continuation.resume(returning: result)
    }

    private static func map(_ error: Error, url: URL) -> FetchError {
        if let urlError = error as? URLError {
            switch urlError.code {
            case .timedOut: return .timedOut(url)
            case .cancelled: return .cancelled(url)
            case .dataLengthExceedsMaximum: return .network(url, description: "data length exceeds maximum")
            default: return .network(url, description: urlError.localizedDescription)
            }
        }
        return .network(url, description: String(describing: error))
    }
}
