/// The words a written date can contain, keyed by their folded form (see
/// ``DateTokenizer``). Immutable tables: shared safely by every parser.
enum DateVocabulary {
    /// Month names and abbreviations in English, French, German, Spanish,
    /// Russian, Serbian (Latin and Cyrillic) and Arabic (Egyptian/Gulf, Levantine
    /// single-word names and Maghrebi names), then in Italian, Portuguese, Dutch,
    /// Scandinavian, Polish, Czech, Ukrainian, Turkish, Indonesian, Hungarian and
    /// Romanian (see ``moreMonths``), keyed by their folded form. Two-word Levantine
    /// months are in ``levantinePairs``.
    static let months: [String: Int] = {
        let lists: [(Int, [String])] = [
            (1, ["january", "jan", "janvier", "janv", "januar", "janner", "jaenner", "enero", "ene",
                 "январь", "января", "янв", "januara", "јануар", "јануара", "يناير", "جانفي"]),
            (2, ["february", "feb", "fevrier", "fevr", "fev", "februar", "febrero",
                 "февраль", "февраля", "фев", "февр", "februara", "фебруар", "фебруара", "فبراير", "شباط", "فيفري"]),
            (3, ["march", "mar", "mars", "marz", "maerz", "mrz", "marzo",
                 "март", "марта", "мар", "mart", "marta", "مارس", "اذار"]),
            (4, ["april", "apr", "avril", "avr", "abril", "abr",
                 "апрель", "апреля", "апр", "aprila", "април", "априла", "ابريل", "نيسان", "افريل"]),
            (5, ["may", "mai", "mayo", "май", "мая", "maj", "maja", "мај", "маја", "مايو", "ايار", "ماي"]),
            (6, ["june", "jun", "juin", "juni", "junio", "июнь", "июня", "июн", "juna", "јун", "јуна",
                 "يونيو", "يونيه", "حزيران", "جوان"]),
            (7, ["july", "jul", "juillet", "juil", "juli", "julio", "июль", "июля", "июл", "jula", "јул", "јула",
                 "يوليو", "يوليه", "تموز", "جويليه"]),
            (8, ["august", "aug", "aout", "agosto", "ago", "август", "августа", "авг", "avgust", "avgusta",
                 "اغسطس", "اب", "اوت"]),
            (9, ["september", "sep", "sept", "septembre", "septiembre", "setiembre",
                 "сентябрь", "сентября", "сен", "сент", "septembar", "septembra", "септембар", "септембра",
                 "سبتمبر", "ايلول"]),
            (10, ["october", "oct", "octobre", "oktober", "okt", "octubre",
                  "октябрь", "октября", "окт", "oktobar", "oktobra", "октобар", "октобра", "اكتوبر"]),
            (11, ["november", "nov", "novembre", "noviembre", "ноябрь", "ноября", "ноя", "нояб",
                  "novembar", "novembra", "новембар", "новембра", "نوفمبر"]),
            (12, ["december", "dec", "decembre", "dezember", "dez", "diciembre", "dic",
                  "декабрь", "декабря", "дек", "decembar", "decembra", "децембар", "децембра", "ديسمبر"]),
        ]
        var table: [String: Int] = [:]
        for (month, names) in lists {
            for name in names { table[name] = month }
        }
        // Written as the languages spell them; folded the way the tokenizer folds what it reads.
        for (month, names) in moreMonths {
            for name in names {
                guard let folded = DateTokenizer.tokenize(name).first?.word, table[folded] == nil else { continue }
                table[folded] = month
            }
        }
        return table
    }()

    /// Month names, full and genitive, of more languages, as written. Left out: words another
    /// language reads as another month (Croatian `listopad` is October, Polish and Czech
    /// November) and abbreviations that are common words (`out`, `set`, `gen`, `mag`).
    static let moreMonths: [(Int, [String])] = [
        (1, ["gennaio", "janeiro", "januari", "januar", "stycznia", "styczeń", "ledna", "leden", "січня", "січень",
             "ocak", "ianuarie", "január"]),
        (2, ["febbraio", "fevereiro", "februari", "lutego", "luty", "února", "únor", "лютого", "лютий", "şubat",
             "subat", "februarie", "február"]),
        (3, ["março", "maart", "mrt", "marca", "marzec", "března", "březen", "березня", "березень", "maret",
             "martie", "március"]),
        (4, ["aprile", "kwietnia", "kwiecień", "dubna", "duben", "квітня", "квітень", "nisan", "aprilie",
             "április"]),
        (5, ["maggio", "maio", "mei", "maja", "května", "květen", "травня", "травень", "mayıs", "mayis",
             "május"]),
        (6, ["giugno", "giu", "junho", "czerwca", "czerwiec", "června", "červen", "червня", "червень", "haziran",
             "iunie", "június"]),
        (7, ["luglio", "lug", "julho", "lipca", "lipiec", "července", "červenec", "липня", "липень", "temmuz",
             "iulie", "július"]),
        (8, ["augustus", "augusti", "sierpnia", "sierpień", "srpna", "srpen", "серпня", "серпень", "ağustos",
             "agustos", "agustus", "augusztus"]),
        (9, ["settembre", "sett", "setembro", "września", "wrzesień", "září", "вересня", "вересень", "eylül",
             "eylul", "septembrie", "szeptember"]),
        (10, ["ottobre", "ott", "outubro", "października", "październik", "října", "říjen", "жовтня", "жовтень",
              "ekim", "octombrie", "október"]),
        (11, ["novembro", "listopadu", "листопада", "листопад", "kasım", "kasim", "noiembrie"]),
        (12, ["dicembre", "dezembro", "desember", "grudnia", "grudzień", "prosince", "prosinec", "грудня",
              "грудень", "aralık", "aralik", "decembrie"]),
    ]

    /// Levantine months written as two words: the first word, then the ordinal
    /// that picks the month (`كانون الثاني` January, `تشرين الأول` October).
    static let levantinePairs: [String: [String: Int]] = [
        "كانون": ["الثاني": 1, "ثاني": 1, "الاول": 12, "اول": 12],
        "تشرين": ["الاول": 10, "اول": 10, "الثاني": 11, "ثاني": 11],
    ]

    /// The units Chinese, Japanese (`2023年10月3日`) and Korean (`2023년 10월 3일`) write after
    /// the year, the month and the day. The day's may run on into the next word (`3日发布`).
    static let yearUnits: Set<String> = ["年", "년"]
    static let monthUnits: Set<String> = ["月", "월"]
    static let dayUnits: Set<Character> = ["日", "일", "号"]

    /// Words that may sit between a day, its month and its year
    /// (`3 de diciembre de 2021`, `1er mars`, `3rd of May`, `3-го декабря`, `2021 г.`).
    static let fillers: Set<String> = [
        "de", "del", "er", "st", "nd", "rd", "th", "of", "го", "г", "года", "год", "godine",
    ]

    /// Zone abbreviations, as written (case-sensitive: `est` is a French word),
    /// to their offset in seconds. Only unambiguous ones: no `IST`, `BST` means British.
    static let zones: [String: Int] = [
        "GMT": 0, "UTC": 0, "UT": 0, "WET": 0, "WEST": 3_600, "BST": 3_600,
        "CET": 3_600, "CEST": 7_200, "MEZ": 3_600, "MESZ": 7_200,
        "EET": 7_200, "EEST": 10_800, "MSK": 10_800, "МСК": 10_800, "мск": 10_800,
        "EST": -18_000, "EDT": -14_400, "CST": -21_600, "CDT": -18_000,
        "MST": -25_200, "MDT": -21_600, "PST": -28_800, "PDT": -25_200,
        "AKST": -32_400, "AKDT": -28_800, "HST": -36_000,
    ]

    /// Zone names that do not say whether daylight saving applies (`3:45 PM ET`),
    /// to the tz database zone that decides it for the date in question.
    static let regionalZones: [String: String] = [
        "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
    ]

    enum Meridiem { case am, pm }

    /// Single words that mark morning or afternoon after a time (`pm`, Arabic `م`).
    /// Dotted forms (`p.m.`) are recognised by the reader from their letters.
    static let meridiems: [String: Meridiem] = [
        "am": .am, "pm": .pm,
        "ص": .am, "صباحا": .am, "صباح": .am,
        "م": .pm, "مساء": .pm, "مساءا": .pm,
    ]
}
