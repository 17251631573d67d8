/// Guesses a text's language from the text itself: by script, and for
/// Latin-script text by the share of each language's most common words.
public enum LanguageGuesser {
    /// A BCP 47 primary language tag, or `nil` when the text says too little.
    public static func guess(_ text: String) -> String? {
        let census = ScriptCensus(text)
        guard census.total >= 20 else { return nil }
        if let byScript = census.languageFromScript { return byScript }
        guard census.dominant == .latin else { return nil }
        var scores: [String: Int] = [:]
        var words = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(3000) {
            words += 1
            if let languages = commonWords[String(word)] {
                for language in languages { scores[language, default: 0] += 1 }
            }
        }
        guard words >= 5, let best = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              best.value * 20 >= words else { return nil }
        return best.key
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
