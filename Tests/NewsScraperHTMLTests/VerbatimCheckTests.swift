import Testing
@testable import NewsScraperHTML

/// `VerbatimTextScanner.isVerbatim`, which passes ASCII 32 bytes at a time, against the check
/// eight bytes at a time.
struct VerbatimCheckTests {
    @Test func agreesWithTheCheckEightBytesAtATime() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("function f() { return 1; }".utf8), Array("abcdefghijklmnopqrstuvwxyz0123456789ABCDEF".utf8),
            [0x09], [0x0A], [0x0D], [0x00], [0x01], [0x1F], [0x20], [0x7F], [0x0C], Array("é日本🙂".utf8),
            [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBD], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80],
            [0xE2, 0x80], Array(repeating: 0x61, count: 40), Array(repeating: 0x20, count: 33),
            // Lines of a script, with the tabs, line feeds and carriage returns of every line.
            Array("\t\tif (a) {\r\n\t\t\treturn b;\r\n\t\t}\n".utf8), Array("x = 1;\n\ty = 2;\u{0B}\n".utf8),
        ]
        for _ in 0..<4000 {
            let bytes = (0..<Int.random(in: 0..<10, using: &generator)).flatMap { _ in
                pieces.randomElement(using: &generator)!
            }
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                let scanner = VerbatimTextScanner(base: base, count: buffer.count)
                let start = Int.random(in: 0...buffer.count, using: &generator)
                for range in [0..<buffer.count, start..<buffer.count, 0..<start] {
                    #expect(scanner.isVerbatim(range) == scanner.isVerbatimEightBytesAtATime(range), "\(bytes) \(range)")
                }
            }
        }
    }
}
