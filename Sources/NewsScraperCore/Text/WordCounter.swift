/// Counts the words of a text in any script.
///
/// Words are runs of characters between spaces, except in scripts that do not
/// put spaces between words. In Chinese and Japanese every ideograph and kana
/// counts as a word, as word processors count them; in Thai, Lao, Khmer and
/// Myanmar, whose spaces separate phrases, every four characters count as a
/// word (an estimate: their words average four to five). Without this a
/// Chinese article of two thousand characters would count a dozen "words"
/// and read as too short.
public enum WordCounter {
    /// The number of words in `text`.
    public static func count<S: StringProtocol>(_ text: S) -> Int {
        words(in: text)
    }

    /// The number of words in `text`: the same count, compiled for `String` here, so that
    /// callers in other modules do not run the unspecialised generic code, which makes a
    /// protocol call for every scalar.
    public static func count(_ text: String) -> Int {
        // Over the UTF-8 bytes in place where the string has them contiguous (native strings do):
        // decoding them here costs a fraction of iterating the scalar view.
        text.utf8.withContiguousStorageIfAvailable(words(inUTF8:)) ?? words(in: text)
    }

    /// The count behind both ``count(_:)``s.
    private static func words<S: StringProtocol>(in text: S) -> Int {
        var tally = Tally()
        for scalar in text.unicodeScalars { tally.add(scalar.value) }
        return tally.words
    }

    /// ``words(in:)`` over valid UTF-8 (a String's own bytes), decoding each scalar from its bytes.
    private static func words(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var tally = Tally()
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes at a time while they last.
            if index + 8 <= bytes.count, let base = bytes.baseAddress {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    tally.addASCII(word)
                    index += 8
                    continue
                }
            }
            let (value, length) = ValidUTF8.scalar(at: index, in: bytes)
            tally.add(value)
            index += length
        }
        return tally.words
    }

    /// The running count, fed one scalar at a time by either walk.
    private struct Tally {
        private var count = 0
        private var inWord = false
        private var southeastAsianCharacters = 0

        /// The words counted so far, Thai, Lao, Khmer and Myanmar characters at four a word.
        var words: Int { count + (southeastAsianCharacters + 3) / 4 }

        /// ``add(_:)`` for each of eight ASCII bytes (no byte at or above 0x80), in memory order:
        /// a word starts at each byte that is not blank and follows a blank one (or, first, when
        /// no word is running). The blanks are found as in `ContentLocator.measure`: for such
        /// bytes adding 0x77, 0x72 or 0x7F carries into no other byte.
        @inline(__always)
        mutating func addASCII(_ word: UInt64) {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let tops: UInt64 = 0x8080_8080_8080_8080
            let atLeastTab = (word &+ 0x77 &* ones) & tops  // byte >= 0x09
            let pastReturn = (word &+ 0x72 &* ones) & tops  // byte >= 0x0E
            let isSpace = ~((word ^ (0x20 &* ones)) &+ 0x7F &* ones) & tops  // byte == 0x20
            let nonBlank = ~((atLeastTab & ~pastReturn) | isSpace) & tops
            // Each byte's predecessor's flag (little-endian: the byte below), the first byte's from the running word.
            let previousNonBlank = (nonBlank << 8) | (inWord ? 0x80 : 0)
            let starts = nonBlank & ~previousNonBlank
            count += Int(truncatingIfNeeded: ((starts >> 7) &* ones) >> 56)
            inWord = nonBlank >> 63 != 0
        }

        @inline(__always)
        mutating func add(_ value: UInt32) {
            if value < 0x80 {
                if value == 0x20 || (value >= 0x09 && value <= 0x0D) {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            } else if isUnspacedLetter(value) {
                count += 1
                inWord = false
            } else if isSoutheastAsian(value) {
                southeastAsianCharacters += 1
                inWord = false
            } else if isSpaceOrCJKPunctuation(value) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
    }

    /// Thai, Lao, Myanmar and Khmer.
    static func isSoutheastAsian(_ value: UInt32) -> Bool {
        switch value {
        case 0x0E00...0x0EFF, 0x1000...0x109F, 0x1780...0x17FF: return true
        default: return false
        }
    }

    /// Han ideographs, hiragana and katakana.
    static func isUnspacedLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F,
             0x20000...0x3134F:
            return true
        default:
            return false
        }
    }

    /// Unicode spaces, and the punctuation of CJK text, which ends a word as a space does.
    static func isSpaceOrCJKPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000...0x303F, 0xFF01...0xFF0F,
             0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65:
            return true
        default:
            return false
        }
    }
}
