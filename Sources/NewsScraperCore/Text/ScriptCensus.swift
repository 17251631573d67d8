/// Counts the letters of a text by writing system, to judge its direction
/// and the plausible languages from the text itself rather than from markup.
public struct ScriptCensus: Sendable, Hashable {
    public enum Script: String, Sendable, CaseIterable {
        case latin, arabic, hebrew, cyrillic, greek, han, kana, hangul, thai, devanagari, other
    }

    /// Letters by script, indexed by the script's position in `Script.allCases`: an array, not a
    /// dictionary, because the census adds to it for every letter of a body.
    private var letters = [Int](repeating: 0, count: Self.scripts.count)
    /// `Script.allCases`, made once (the synthesized property builds a new array on each call).
    private static let scripts = Script.allCases

    /// Letters by script (scripts with none are left out).
    public var counts: [Script: Int] {
        var counts: [Script: Int] = [:]
        for (index, count) in letters.enumerated() where count > 0 { counts[Self.scripts[index]] = count }
        return counts
    }
    /// Letters specific to some languages sharing a script (Persian پ, Ukrainian ї, Serbian ђ …).
    private(set) var markers: Set<String> = []

    /// Counts the letters of `text` (at most `limit` scalars are examined, which is plenty).
    public init(_ text: String, limit: Int = 20_000) {
        // Over the UTF-8 bytes in place where the string has them contiguous: decoding them here
        // costs a fraction of iterating the scalar view.
        let counted: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var examined = 0
            var index = 0
            // ASCII letters, the most of most texts, are counted here and added once.
            var asciiLetters = 0
            defer { letters[Script.latin.index] += asciiLetters }
            while index < bytes.count {
                // Eight ASCII bytes (eight scalars) at a time, while the limit allows them all.
                if index + 8 <= bytes.count, examined + 8 <= limit, let base = bytes.baseAddress {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        asciiLetters += Self.asciiLetterCount(word)
                        examined += 8
                        index += 8
                        continue
                    }
                }
                examined += 1
                if examined > limit { break }
                let lead = bytes[index]
                if lead < 0x80 {
                    if (lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A { asciiLetters += 1 }
                    index += 1
                    continue
                }
                let (value, length) = ValidUTF8.scalar(at: index, in: bytes)
                tally(value)
                index += length
            }
        }
        guard counted == nil else { return }
        countScalars(of: text, limit: limit)
    }

    /// Counts the letters of `text` scalar by scalar: for strings without contiguous UTF-8, and as
    /// the reference for the count over bytes.
    init(countingScalarsOf text: String, limit: Int = 20_000) {
        countScalars(of: text, limit: limit)
    }

    private mutating func countScalars(of text: String, limit: Int) {
        var examined = 0
        for scalar in text.unicodeScalars {
            examined += 1
            if examined > limit { break }
            tally(scalar.value)
        }
    }

    /// The ASCII letters among eight ASCII bytes (no byte at or above 0x80): with bit 0x20 set
    /// (lowercased) each byte is below 0x80, so adding 0x1F or 0x05 carries into no other byte,
    /// and the top bit of each byte of the sums tells whether it is at least "a", or past "z".
    static func asciiLetterCount(_ word: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let tops: UInt64 = 0x8080_8080_8080_8080
        let lowered = word | (0x20 &* ones)
        let atLeastA = (lowered &+ 0x1F &* ones) & tops  // byte >= 0x61
        let pastZ = (lowered &+ 0x05 &* ones) & tops  // byte >= 0x7B
        let letters = atLeastA & ~pastZ
        return Int(truncatingIfNeeded: ((letters >> 7) &* ones) >> 56)
    }

    /// Counts one scalar of the text, if it is a letter.
    private mutating func tally(_ value: UInt32) {
        let script: Script
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: script = .latin
        case 0x00...0xBF, 0x2000...0x206F: return  // other ASCII, Latin-1 punctuation and signs, general punctuation
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            guard Self.isAlphabetic(value) else { return }
            script = .arabic
            switch value {
            case 0x067E, 0x0686, 0x0698, 0x06AF: markers.insert("fa")
            case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2: markers.insert("ur")
            default: break
            }
        case 0x0590...0x05FF: script = .hebrew
        case 0x0400...0x04FF:
            script = .cyrillic
            switch value {
            case 0x0456, 0x0457, 0x0454, 0x0491: markers.insert("uk")
            case 0x0452, 0x045B, 0x045F, 0x0459, 0x045A, 0x0458: markers.insert("sr")
            default: break
            }
        case 0x0370...0x03FF: script = .greek
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: script = .han
        case 0x3040...0x30FF: script = .kana
        case 0xAC00...0xD7AF, 0x1100...0x11FF: script = .hangul
        case 0x0E00...0x0E7F: script = .thai
        case 0x0900...0x097F: script = .devanagari
        default:
            guard Self.isAlphabetic(value) else { return }
            script = .other
        }
        letters[script.index] += 1
    }

    private static func isAlphabetic(_ value: UInt32) -> Bool {
        Unicode.Scalar(value)?.properties.isAlphabetic ?? false
    }

    /// Letters counted.
    public var total: Int { letters.reduce(0, +) }

    /// The script with the most letters (ties go to the name first in alphabetical order).
    public var dominant: Script? {
        var best: (script: Script, count: Int)?
        for (index, count) in letters.enumerated() where count > 0 {
            let script = Self.scripts[index]
            if let current = best, current.count > count || (current.count == count && current.script.rawValue < script.rawValue) {
                continue
            }
            best = (script, count)
        }
        return best?.script
    }

    /// Right-to-left when Arabic and Hebrew letters outnumber all others.
    public var direction: TextDirection? {
        let total = total
        guard total > 0 else { return nil }
        let rtl = letters[Script.arabic.index] + letters[Script.hebrew.index]
        return rtl * 2 > total ? .rtl : .ltr
    }

    /// Whether a language's usual script is the dominant script of the text.
    public func isPlausible(language: String) -> Bool {
        guard let dominant, total >= 40 else { return true }
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        let scripts = Self.scripts(for: primary)
        return scripts.isEmpty || scripts.contains(dominant)
    }

    /// The language the script alone suggests, for scripts used by one main language
    /// (with markers telling Persian from Arabic, Ukrainian or Serbian from Russian).
    public var languageFromScript: String? {
        switch dominant {
        case .arabic: return markers.contains("ur") ? "ur" : markers.contains("fa") ? "fa" : "ar"
        case .hebrew: return "he"
        case .cyrillic: return markers.contains("sr") ? "sr" : markers.contains("uk") ? "uk" : "ru"
        case .greek: return "el"
        case .kana: return "ja"
        case .han: return letters[Script.kana.index] > 0 ? "ja" : "zh"
        case .hangul: return "ko"
        case .thai: return "th"
        case .devanagari: return "hi"
        default: return nil
        }
    }

    static func scripts(for language: String) -> Set<Script> {
        switch language {
        case "ar", "fa", "ur", "ps", "ku": return [.arabic]
        case "he", "yi": return [.hebrew]
        case "ru", "uk", "be", "bg", "mk", "kk", "ky", "mn", "tg": return [.cyrillic]
        case "sr": return [.cyrillic, .latin]
        case "el": return [.greek]
        case "zh": return [.han]
        case "ja": return [.han, .kana]
        case "ko": return [.hangul, .han]
        case "th": return [.thai]
        case "hi", "mr", "ne": return [.devanagari]
        case "en", "fr", "de", "es", "it", "pt", "nl", "pl", "tr", "sv", "da", "no", "nb", "fi", "cs", "sk", "hr",
             "bs", "sl", "ro", "hu", "id", "ms", "vi", "ca", "et", "lv", "lt", "sq", "tl", "sw":
            return [.latin]
        default: return []
        }
    }
}

extension ScriptCensus.Script {
    /// The script's position in `allCases`, for indexing the census's counts.
    var index: Int {
        switch self {
        case .latin: 0
        case .arabic: 1
        case .hebrew: 2
        case .cyrillic: 3
        case .greek: 4
        case .han: 5
        case .kana: 6
        case .hangul: 7
        case .thai: 8
        case .devanagari: 9
        case .other: 10
        }
    }
}
