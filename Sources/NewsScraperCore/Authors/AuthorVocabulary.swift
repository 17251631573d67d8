/// The words bylines are made of besides names, lowercased. Immutable tables.
enum AuthorVocabulary {
    /// Labels that introduce a byline, longest first so `written by` wins over `by`.
    static let leadingLabels: [String] = [
        "additional reporting by", "commentary by", "reporting by", "analysis by", "opinion by", "written by",
        "words by", "story by", "text by",
        "posted by", "published by", "interview by", "compiled by", "by",
        "بقلم", "كتبت", "كتبه", "كتب", "إعداد", "اعداد", "تحرير",
        "авторы", "автор", "текст",
        "von", "par", "por", "text", "texte", "texto", "autoren", "autor", "auteur", "authors", "author",
        "door", "yazan", "โดย", "מאת", "作者", "撰文", "记者", "記者", "文",
    ]

    /// Labels whose people are not authors of the text; their whole segment is dropped
    /// (Reuters' "Reporting by A; Editing by B" names B as editor, not author).
    static let nonAuthorLabels: [String] = [
        "editing by", "edited by", "photo by", "photos by", "photograph by", "photographs by",
        "photography by", "illustration by", "illustrations by", "graphics by", "video by",
        "translated by", "translation by", "fact-checked by", "fact checked by",
    ]

    /// Words that join several names: `A and B`, `A و B`, `A и B`, `A und B`, `A et B`, `A y B`.
    static let conjunctions: Set<String> = ["and", "و", "и", "und", "et", "y"]

    /// Words that start a "for <publication>" tail in several languages.
    static let forWords: Set<String> = ["for", "für", "pour", "para", "для"]

    /// Job titles; a byline piece containing one is a role, not (only) a name.
    static let roleNouns: Set<String> = [
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
        "columnist", "contributor", "journalist", "producer", "photographer", "analyst", "commentator",
        "корреспондент", "корреспондентка", "редактор", "журналист", "журналистка", "обозреватель",
        "korrespondent", "korrespondentin", "redakteur", "redakteurin", "reporterin", "journalistin",
        "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "envoyé", "envoyée",
        "periodista", "corresponsal", "redactor", "redactora", "reportero", "reportera", "dopisnik", "novinar",
        "مراسل", "مراسلة", "محرر", "محررة", "صحفي", "الصحفي", "الصحفية", "مراسلنا",
        "giornalista", "corrispondente", "redattore", "verslaggever", "muhabir", "כתב", "כתבת", "นักข่าว",
        "记者", "記者", "特派员", "特派員", "编辑", "編集委員", "기자", "특파원", "통신원",
    ]

    /// The job titles of Chinese, Japanese and Korean bylines, which may be written
    /// onto the name without a space ("记者王小明", "山田太郎記者").
    static let attachedRoles: [String] = ["特派员", "特派員", "編集委員", "记者", "記者", "编辑", "기자", "특파원", "통신원"]

    /// Words that qualify a job title (`Senior Staff Writer`).
    static let roleModifiers: Set<String> = [
        "staff", "senior", "chief", "special", "contributing", "foreign", "associate", "deputy", "managing",
        "guest", "freelance", "investigative", "political", "news", "our", "spécial", "spéciale",
        "специальный", "собственный", "собкор", "leitender", "especial",
    ]

    /// Agencies and generic desks that are never a person. Compared after folding
    /// (lowercased, punctuation removed, a leading "the" dropped).
    static let organisations: [String] = [
        "rt", "russia today", "rt arabic", "rt عربي", "روسيا اليوم", "rt france", "rt de", "rt deutsch",
        "rt en español", "rt на русском", "rt balkan",
        "reuters", "رويترز", "ap", "associated press", "afp", "agence france-presse", "agence france presse",
        "فرانس برس", "أ ف ب", "dpa", "efe", "ansa", "tass", "тасс", "ria novosti", "риа новости",
        "interfax", "интерфакс", "sputnik", "xinhua", "bloomberg", "upi", "anadolu",
        "staff", "editorial", "admin", "administrator", "newsroom", "editor", "editors", "editorial staff",
        "editorial board", "editorial team", "news desk", "web desk", "desk", "team", "agencies", "agency",
        "wires", "wire", "wire services", "redaktion", "rédaction", "redacción", "редакция", "التحرير",
        "وكالات", "فريق التحرير",
        "bbc", "bbc news", "cnn", "al jazeera", "الجزيرة", "sky news", "fox news", "nbc news", "cbs news",
        "abc news", "npr", "sana", "سانا", "wafa", "وفا",
    ]

    /// Agencies and broadcasters that a name never holds as one of its words: "AP Sports",
    /// "CNN Business", "Washington Reuters" (a dateline) are a desk or a wire, not a person.
    /// Acronyms count only written in capitals ("Ani" is a first name, "ANI" an agency);
    /// surnames such as "Bloomberg" are left out.
    static let agencyAcronyms: Set<String> = [
        "AP", "AFP", "DPA", "EFE", "ANSA", "TASS", "ТАСС", "UPI", "BBC", "CNN", "NPR", "RT", "PTI", "IANS", "ANI",
        "SANA", "WAFA",
    ]
    /// Agency names that are words, compared lowercased (see ``agencyAcronyms``).
    static let agencyNames: Set<String> = ["reuters", "رويترز", "xinhua", "interfax", "интерфакс", "sputnik", "anadolu"]

    /// The organisations above that are a site's own desk, which a page may credit as its author
    /// (folded: lowercased, without a leading "the").
    static let desks: Set<String> = [
        "staff", "newsroom", "editorial staff", "editorial board", "editorial team", "news desk", "web desk",
        "redaktion", "rédaction", "redacción", "редакция", "التحرير", "فريق التحرير",
    ]

    /// Words that, when a piece is made only of them, mark a desk rather than a person (`RT Staff`).
    static let organisationWords: Set<String> = [
        "rt", "staff", "team", "desk", "news", "newsroom", "editorial", "editors", "editor", "board", "wire",
        "wires", "agencies", "agency", "web", "online", "digital", "reuters", "ap", "afp", "tass", "ria",
        "novosti", "press", "associated", "service", "services", "bureau", "reports", "report",
    ]

    /// Text that shows up in byline slots but is no name at all.
    static let nonNames: Set<String> = [
        "share", "follow", "subscribe", "comments", "comment", "updated", "published", "posted", "read more",
        "more", "home", "news", "opinion", "unknown", "anonymous", "none", "null", "nil", "n/a", "undefined",
        "author", "authors", "video", "photo", "guest", "contributors", "contributor", "by",
        "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md",
        // Account and page controls that share a byline's markup in headers and author boxes.
        "sign in", "sign up", "sign out", "log in", "log out", "login", "logout", "register", "my account",
        "account", "profile", "view profile", "full bio", "read bio", "bio", "about the author", "view all posts",
        "all posts", "more articles", "see all", "view all", "contact", "email", "print", "menu", "search",
        // Forum member cards put the join date and rank beside the poster's name.
        "joined", "member", "new member", "moderator",
    ]

    /// Accounts content systems sign pages with when nobody is named (folded).
    static let placeholderAccounts: Set<String> = [
        "admin", "administrator", "administrador", "administrateur", "администратор", "webmaster", "root", "user",
        "default", "wordpress", "editor", "staff writer", "author", "test",
    ]

    /// Legal forms that end a company's name, without dots, in several legal systems.
    static let legalForms: Set<String> = [
        "inc", "llc", "ltd", "llp", "plc", "corp", "pty", "gmbh", "mbh", "ag", "kg", "ug", "sarl", "sas", "srl", "spa",
        "sa", "sl", "bv", "nv", "ab", "oy", "as", "aps", "ltda", "sro", "zoo", "kft", "ооо", "оао", "зао", "пао",
    ]
    /// Legal forms that open a company's name (`ООО «Ромашка»`, `شركة …`).
    static let legalFormsFirst: Set<String> = ["ооо", "оао", "зао", "пао", "ао", "شركة"]

    /// Lowercase name particles that may sit inside a capitalised name (`Ludwig van Beethoven`).
    static let particles: Set<String> = [
        "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "ten", "ter", "la",
        "le", "du", "des", "bin", "bint", "ibn", "al", "el", "y", "e", "zu", "af", "st",
    ]

    /// Words that sit next to a byline's date and go with it (`Updated Oct 10, 2022`).
    static let dateWords: Set<String> = [
        "on", "at", "updated", "published", "posted", "modified", "le", "am", "el", "в", "في", "|", "-", "–", "—",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
}
