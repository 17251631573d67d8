import Foundation

/// Finds and undoes text that was encoded as UTF-8 twice: UTF-8 bytes read
/// as windows-1252 (or Latin-1) by some tool on the way and saved as UTF-8
/// again, so that `’` reaches the page as `â€™` and `é` as `Ã©`.
///
/// Each character of such a run stands for one byte of the original: the first
/// is a UTF-8 lead byte read as a Latin-1 letter (U+00C2–U+00F4), the others
/// continuation bytes read as U+0080–U+00BF or as the windows-1252 punctuation
/// of 0x80–0x9F. A run is repaired only when its bytes form one well-formed
/// UTF-8 character (RFC 3629, as ``UTF8LeadByte`` checks it), and a page only
/// when it holds at least ``minimumRuns`` of them: real text in any language
/// almost never puts `Ã` before `©`, or `â` before `€` and `™`, and a page that
/// does it three times is not quoting.
package enum DoubleEncodingRepair {
    /// How many double-encoded characters a page must hold before any is repaired.
    static let minimumRuns = 3

    /// How many double-encoded characters `bytes` (UTF-8) holds, counted up to `limit`.
    static func count(in bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max) -> Int {
        var found = 0
        var index = 0
        while let start = nextCandidate(in: bytes, from: index) {
            if let run = run(in: bytes, at: start) {
                found += 1
                if found >= limit { break }
                index = start + run.length
            } else {
                index = start + 1
            }
        }
        return found
    }

    /// The first double-encoded character of `text` as the text shows it (`â€™`), or nil: the
    /// damage left in an article's text, for validation to report.
    package static func firstDamage(in text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var index = 0
            while let start = nextCandidate(in: bytes, from: index) {
                if let run = run(in: bytes, at: start) {
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<start + run.length]), as: UTF8.self)
                }
                index = start + 1
            }
            return nil
        }
    }

    /// `bytes` (UTF-8) with every double-encoded character decoded once more, and how many were.
    static func repaired(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], runs: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var runs = 0
        var copied = 0
        var index = 0
        while let start = nextCandidate(in: bytes, from: index) {
            guard let run = run(in: bytes, at: start) else {
                index = start + 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
            for position in 0..<run.originalLength { output.append(UInt8(truncatingIfNeeded: run.original >> (8 * position))) }
            runs += 1
            index = start + run.length
            copied = index
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return (output, runs)
    }

    /// The next `0xC3` byte at or after `index`: every lead character (U+00C2–U+00F4) starts with it.
    private static func nextCandidate(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + index, 0xC3, bytes.count - index) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// A double-encoded character starting at `start`: how many bytes of `bytes` it takes, and the
    /// UTF-8 bytes it stands for (packed first byte lowest, so that no array is built per candidate:
    /// every `é` of a French page is one).
    private static func run(in bytes: UnsafeBufferPointer<UInt8>, at start: Int)
        -> (length: Int, original: UInt32, originalLength: Int)? {
        guard start + 1 < bytes.count, (0x82...0xB4).contains(bytes[start + 1]) else { return nil }
        // C3 xx is U+00xx+0x40 … the Latin-1 letter whose code is the original lead byte.
        let lead = bytes[start + 1] &+ 0x40
        guard let shape = UTF8LeadByte(lead) else { return nil }
        var original = UInt32(lead)
        var index = start + 2
        for position in 1..<shape.length {
            guard let (byte, width) = standIn(in: bytes, at: index) else { return nil }
            let allowed: ClosedRange<UInt8> = position == 1 ? shape.secondByte : 0x80...0xBF
            guard allowed.contains(byte) else { return nil }
            original |= UInt32(byte) << (8 * position)
            index += width
        }
        if shape.length == 2 {
            let scalar = UInt32(lead & 0x1F) << 6 | (original >> 8 & 0x3F)
            guard !implausibleTwoByteScalars.contains(where: { $0.contains(scalar) }) else { return nil }
        }
        return (index - start, original, shape.length)
    }

    /// Two-byte characters that text encoded twice all but never holds, while sound text makes
    /// them often: an upper-case letter or `ß` before a symbol or a quotation mark (`NESCAFÉ®`,
    /// `‘ß’`, `CAFÉ»`) reads as IPA letters and spacing modifiers (U+0250–U+02FF) or as Syriac,
    /// Thaana and N'Ko letters (U+0700–U+07FF), whose leads are `Ü Ý Þ ß`.
    private static let implausibleTwoByteScalars: [ClosedRange<UInt32>] = [0x250...0x2FF, 0x700...0x7FF]

    /// The byte 0x80–0xBF that the UTF-8 character at `index` stands for, and the character's width.
    private static func standIn(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        guard index + 1 < bytes.count else { return nil }
        let first = bytes[index], second = bytes[index + 1]
        switch first {
        case 0xC2:
            // U+0080–U+00BF: Latin-1 read the byte as itself.
            return (0x80...0xBF).contains(second) ? (second, 2) : nil
        case 0xC5, 0xC6, 0xCB:
            guard (0x80...0xBF).contains(second) else { return nil }
            let scalar = UInt32(first & 0x1F) << 6 | UInt32(second & 0x3F)
            return windows1252Byte(for: scalar).map { ($0, 2) }
        case 0xE2:
            guard index + 2 < bytes.count, (0x80...0xBF).contains(second), (0x80...0xBF).contains(bytes[index + 2])
            else { return nil }
            let scalar = UInt32(first & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            return windows1252Byte(for: scalar).map { ($0, 3) }
        default:
            return nil
        }
    }

    /// The windows-1252 byte (0x80–0x9F) of a punctuation mark or letter it has there.
    static func windows1252Byte(for scalar: UInt32) -> UInt8? {
        switch scalar {
        case 0x20AC: return 0x80
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F
        default: return nil
        }
    }
}
