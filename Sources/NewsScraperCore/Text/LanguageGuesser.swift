/// Guesses a text's language from the text itself: by script, and for
/// Latin-script text by the share of each language's most common words.
public enum LanguageGuesser {
    /// A BCP 47 primary language tag, or `nil` when the text says too little.
    public static func guess(_ text: String) -> String? { guess(text, census: ScriptCensus(text)) }

    /// ``guess(_:)`` with the census of `text` already taken.
    static func guess(_ text: String, census: ScriptCensus) -> String? {
        guard census.total >= 20 else { return nil }
        if let byScript = census.languageFromScript { return byScript }
        guard census.dominant == .latin else { return nil }
        var scores: [String: Int] = [:]
        var words = 0
        func count(_ word: String) {
            words += 1
            if let languages = commonWords[word] {
                for language in languages { scores[language, default: 0] += 1 }
            }
        }
        if let asciiWords = asciiWords(text, limit: 3000) {
            asciiWords.forEach(count)
        } else {
            for word in text.lowercasedOverUTF8().split(whereSeparator: { !$0.isLetter }).prefix(3000) { count(String(word)) }
        }
        guard words >= 5, let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value * 20 >= words else { return nil }
        return best.key
    }

    /// The first `limit` words of `text` lowercased, as `text.lowercased().split(whereSeparator:
    /// { !$0.isLetter })` gives them, read over bytes; nil unless the text is ASCII and common
    /// typographic punctuation (quotes, dashes, no-break spaces: separators, one scalar a Character).
    static func asciiWords(_ text: String, limit: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var word: [UInt8] = []
            func finishWord() {
                if !word.isEmpty, words.count < limit { words.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
            var index = 0
            while index < bytes.count, words.count < limit {
                let byte = bytes[index]
                switch byte {
                case 0x61...0x7A: word.append(byte)
                case 0x41...0x5A: word.append(byte | 0x20)
                case 0x00..<0x80: finishWord()
                case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAB
                                                            || bytes[index + 1] == 0xBB):
                    finishWord()
                    index += 1
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0x90...0xA7).contains(bytes[index + 2]):
                    finishWord()
                    index += 2
                default:
                    return nil
                }
                index += 1
            }
            finishWord()
            return words
        }
    }

    private static let commonWords: [String: [String]] = {
        let lists: [String: String] = [
            "en": "the of and to in is that for it was on with as are be by this have from at not but they his were",
            "fr": "le la les des est et une dans que pour qui pas sur au avec du il ne se sont par plus elle ce",
            "de": "der die und das ist nicht ein eine zu den von mit sich des auf für im dem auch es an wird",
            "es": "el la los las de que y en un una por con para es del se lo como más pero sus al fue",
            "it": "il di che è la per un una non sono del della con gli le si anche come nel alla",
            "pt": "o a os as de que e do da em um uma para com não no na por mais dos das se",
            "nl": "de het een van en is dat op te in zijn voor met niet aan er ook als bij",
            "sr": "je i u da na se za su od sa koji što kao ali biti će bi iz ili",
            "pl": "i w na z się nie do że to jest o jak po co tak ale od są",
            "tr": "ve bir bu da de için ile çok ne daha gibi olarak en ama o",
            "sv": "och att det som en på är av för med till den har inte om ett",
            "id": "dan yang di ini itu dengan untuk dari tidak dalam akan pada juga ke",
        ]
        var table: [String: [String]] = [:]
        for (language, words) in lists {
            for word in words.split(separator: " ") { table[String(word), default: []].append(language) }
        }
        return table
    }()
}
