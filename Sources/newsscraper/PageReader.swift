import Foundation
import NewsScraper

/// Reads an input's bytes, decompressing `.gz` files.
enum PageReader {
    /// Reads an input's bytes and, for fetched pages, the charset the server declared.
    static func bytes(of input: ExtractionInput, fetcher: Fetcher?) async throws -> (bytes: [UInt8], charset: String?, url: URL?) {
        if case let .remote(url) = input.location, let fetcher {
            let page = try await fetcher.fetch(url)
            return (page.body, page.charset, page.finalURL)
        }
        return (try bytes(of: input), nil, input.url)
    }

    static func bytes(of input: ExtractionInput) throws -> [UInt8] {
        switch input.location {
        case .standardInput:
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            return Gzip.isGzip(bytes) ? try Gzip.decompress(bytes) : bytes
        case let .file(path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(message: "cannot read \(path)")
            }
            let bytes = [UInt8](data)
            if Gzip.isGzip(bytes) { return try Gzip.decompress(bytes) }
            return bytes
        case let .remote(url):
            throw InputError(message: "\(url.absoluteString) must be fetched")
        }
    }
}

struct InputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
