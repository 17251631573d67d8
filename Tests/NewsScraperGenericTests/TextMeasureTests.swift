import Testing
@testable import NewsScraperGeneric

/// `ContentLocator.measure`, which counts ASCII text eight bytes at a time, against the count
/// one byte or scalar at a time.
struct TextMeasureTests {
    static func bothCounts(_ bytes: [UInt8]) -> (fast: [Int], slow: [Int]) {
        bytes.withUnsafeBufferPointer { buffer -> (fast: [Int], slow: [Int]) in
            let fast = ContentLocator.measure(buffer), slow = ContentLocator.measureByScalars(buffer)
            return ([fast.length, fast.commas], [slow.length, slow.commas])
        }
    }

    @Test func everyASCIIByteCountsAsTheScalarsDo() {
        for byte in UInt8(0)..<0x80 {
            for length in [1, 7, 8, 9, 16, 17] {
                let bytes = [UInt8](repeating: byte, count: length)
                let counts = Self.bothCounts(bytes)
                #expect(counts.fast == counts.slow, "\(byte) × \(length)")
                let mixed = (0..<length).map { $0 % 3 == 0 ? byte : UInt8(ascii: "a") }
                let mixedCounts = Self.bothCounts(mixed)
                #expect(mixedCounts.fast == mixedCounts.slow, "\(byte) mixed × \(length)")
            }
        }
    }

    @Test func textsOfEveryKindCountAsTheScalarsDo() {
        let texts = [
            "", "Hello, world", "  \n\t  ", "One, two, three, four, five, six, seven, eight, nine.",
            "Prices rose 3,5 % in “March”, analysts said\u{00A0}on Monday.", "日本語の文章、句読点。", "مرحبا، عالم؛",
            "abcdefgh\u{2009}ijklmnop,,,,,,,,\r\n\u{000B}\u{000C}xyz", "ok\u{3000}fine，yes",
        ]
        for text in texts {
            let counts = Self.bothCounts(Array(text.utf8))
            #expect(counts.fast == counts.slow, "\(text)")
        }
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x2C, 0x41, 0x7A, 0x00, 0x7F, 0x08, 0x0E, 0x1F, 0x21,
                                 0x2B, 0x2D, 0xC2, 0xA0, 0xE3, 0x80, 0x81, 0xFF]
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                alphabet.randomElement(using: &generator)!
            }
            let counts = Self.bothCounts(bytes)
            #expect(counts.fast == counts.slow, "\(bytes)")
        }
    }

    @Test func piecesOfValidAndInvalidUTF8CountAsTheScalarsDo() {
        let pieces: [[UInt8]] = [
            Array("plain words, ".utf8), Array("abcdefghijkl".utf8), [0x20], [0x2C], [0x0A],
            Array("\u{00A0}\u{2009}\u{3000}\u{202F}\u{200B}".utf8), Array("，、。؛；،".utf8), Array("é日本🙂".utf8),
            [0xC0, 0x80], [0xC2], [0xE0, 0x80, 0x80], [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
            [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF5, 0x80],
            [0xFF], [0x80], [0xBF, 0x41], [0xE2, 0x80], [0xEF, 0xBF, 0xBF], [0xE3, 0x80, 0x80],
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let bytes = (0..<Int.random(in: 0..<12, using: &generator)).flatMap { _ in
                pieces.randomElement(using: &generator)!
            }
            let counts = Self.bothCounts(bytes)
            #expect(counts.fast == counts.slow, "\(bytes)")
        }
    }
}
