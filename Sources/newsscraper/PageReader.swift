import Foundation
import NewsScraper

/// Reads an input's bytes, decompressing `.gz` files.
enum PageReader {
    static func bytes(of input: ExtractionInput) throws -> [UInt8] {
        switch input.location {
        case .standardInput:
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        case let .file(path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(message: "cannot read \(path)")
            }
            let bytes = [UInt8](data)
            if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B {
                return try Gunzip.decompress(bytes)
            }
            return bytes
        case let .remote(url):
            throw InputError(message: "fetching URLs is not supported yet: \(url.absoluteString)")
        }
    }
}

struct InputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Temporary gzip support through the system's gzip until the library's own decoder lands.
enum Gunzip {
    static func decompress(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread {
            input.fileHandleForWriting.write(Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw InputError(message: "not a valid gzip file") }
        return [UInt8](data)
    }
}
