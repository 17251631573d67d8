/// Decides whether a cleaned byline piece looks like a person's name.
///
/// Bylines are filled from many places (meta tags, JSON-LD, visible markup) and
/// often hold something else: a publisher, a desk, a teaser sentence, a share
/// button's label. Users prefer fewer authors to wrong ones, so anything doubtful
/// is rejected.
struct AuthorNameCheck: Sendable {
    /// Folded names (see ``fold(_:)``) of the page's publishers, which must never be an author
    /// (as the vocabulary's organisations must not: see ``isKnownOrganisation(_:)``).
    let publisherOrganisations: Set<String>
    /// Words of the page's publishers' names, which mark a desk like the vocabulary's
    /// organisation words (see ``isOrganisationWord(_:)``).
    let publisherWords: Set<String>

    /// The vocabulary's organisations, folded once rather than per normaliser.
    static let foldedOrganisations = Set(AuthorVocabulary.organisations.map(fold))

    init(publisherNames: [String]) {
        // The page's names are kept apart from the vocabulary's: a normaliser is made for every
        // page (and every byline search), and copying the large shared sets cost more than reading.
        var organisations: Set<String> = []
        var words: Set<String> = []
        for name in publisherNames {
            let folded = Self.fold(name)
            guard !folded.isEmpty else { continue }
            organisations.insert(folded)
            words.formUnion(folded.split(separator: " ").map(String.init))
            // A host name also stands for its site name: "www.rt.com" → "rt".
            let host = name.lowercased().split(separator: ".")
            if host.count >= 2 { organisations.insert(String(host[host.count - 2])) }
        }
        self.publisherOrganisations = organisations
        self.publisherWords = words
    }

    /// Whether a folded name is a publisher's or an agency's, which must never be an author.
    func isKnownOrganisation(_ folded: String) -> Bool {
        Self.foldedOrganisations.contains(folded) || publisherOrganisations.contains(folded)
    }

    /// Whether a lowercase word marks a desk (`RT Staff`) when a piece is made only of such words.
    func isOrganisationWord(_ word: String) -> Bool {
        AuthorVocabulary.organisationWords.contains(word) || publisherWords.contains(word)
    }

    /// Lowercased, punctuation as spaces, single-spaced, without a leading "the".
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiFold(text) }
        return foldByCharacters(text)
    }

    /// ``fold(_:)`` over the bytes of ASCII text, where the letters and numbers are `A-Z`, `a-z`
    /// and `0-9` and lowercasing is ASCII's; a CR LF, one Character, becomes two spaces, which
    /// splitting drops as it drops one. Folding runs several times for every byline piece.
    static func asciiFold(_ text: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            let kept = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39)
            folded.append(kept ? lower : 0x20)
        }
        var words = folded.split(separator: 0x20)
        if let first = words.first, first.elementsEqual("the".utf8) { words.removeFirst() }
        return String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
    }

    /// ``fold(_:)`` Character by Character, for text that is not ASCII.
    static func foldByCharacters(_ text: String) -> String {
        let words = text.lowercased()
            .map { $0.isLetter || $0.isNumber ? $0 : " " }
            .split(separator: " ")
            .map { String($0) }
        let trimmed = words.first == "the" ? Array(words.dropFirst()) : words
        return trimmed.joined(separator: " ")
    }

    func isOrganisation(_ name: String) -> Bool {
        let folded = Self.fold(name)
        if isKnownOrganisation(folded) || holdsAgency(name) { return true }
        if isLegalEntity(name) || isAcronym(name) { return true }
        let words = folded.split(separator: " ")
        if !words.isEmpty, words.allSatisfy({ isOrganisationWord(String($0)) }) { return true }
        // An acronym with a desk word is a newsroom, not a person: "BBC News", "CNN Staff".
        let written = name.split(separator: " ")
        let hasDeskWord = written.contains { isOrganisationWord($0.lowercased()) }
        let others = written.filter { !isOrganisationWord($0.lowercased()) }
        return hasDeskWord && !others.isEmpty
            && others.allSatisfy { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }
    }

    /// Whether a word of the name is a wire agency or broadcaster ("AP Sports", "CNN Editor-at-large",
    /// "Washington Reuters"): such a name is a desk or a dateline, never a person.
    func holdsAgency(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," || $0 == "/" }).contains { word in
            AuthorVocabulary.agencyAcronyms.contains(String(word)) || AuthorVocabulary.agencyNames.contains(word.lowercased())
        }
    }

    /// A company's name: its last word is a legal form ("Acme Inc", "Muster GmbH", "ООО Ромашка" ends
    /// or starts with one). People are never incorporated.
    func isLegalEntity(_ name: String) -> Bool {
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count >= 2, let last = words.last, let first = words.first else { return false }
        let bare = { (word: Substring) in word.filter { $0 != "." } }
        return AuthorVocabulary.legalForms.contains(bare(last)) || AuthorVocabulary.legalFormsFirst.contains(bare(first))
    }

    /// A single word of two to five capitals ("CDC", "NASA"): an acronym, which names an
    /// organisation, not a person. Checked on the text as written, before any title-casing.
    func isAcronym(_ name: String) -> Bool {
        let letters = name.filter { !$0.isWhitespace && $0 != "." }
        return !name.contains(" ") && (2...5).contains(letters.count) && letters.allSatisfy { $0.isUppercase }
    }

    /// Whether a piece a page credits as its author has the shape of a name, a user name or a
    /// desk: short, no sentence punctuation, no address, not a placeholder. Case, publishers and
    /// desk words are not judged (see ``AuthorNormalizer/credited(_:)``).
    func looksLikeCredit(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 60, name.split(separator: " ").count <= 6 else { return false }
        let lowered = name.lowercased()
        if AuthorVocabulary.nonNames.contains(lowered) || AuthorVocabulary.placeholderAccounts.contains(Self.fold(name)) {
            return false
        }
        // A bare lowercase word is a login ("jdoe42"), which the content system fills in, not a credit.
        if !name.contains(" "), !name.contains(where: \.isUppercase) { return false }
        if isLegalEntity(name) || isAcronym(name) { return false }
        // Wire agencies and broadcasters are never a page's own credit ("Russia Today", "Reuters"); its desk is.
        let folded = Self.fold(name)
        if Self.foldedOrganisations.contains(folded), !AuthorVocabulary.desks.contains(folded) { return false }
        if holdsAgency(name) { return false }
        if lowered.contains("://") || lowered.hasPrefix("www.") || name.contains("@") { return false }
        let letters = name.filter(\.isLetter).count
        let digits = name.filter(\.isNumber).count
        guard letters >= 2, digits * 2 < letters else { return false }
        return !name.contains(where: { "?!…:;\"“”«»=<>{}".contains($0) })
    }

    func looksLikeName(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 60 else { return false }
        let words = name.split(separator: " ")
        guard words.count <= 6 else { return false }
        if AuthorVocabulary.nonNames.contains(name.lowercased())
            || AuthorVocabulary.placeholderAccounts.contains(Self.fold(name)) { return false }

        let letters = name.filter(\.isLetter).count
        let digits = name.filter(\.isNumber).count
        guard letters >= 2, digits < letters else { return false }

        // Sentence punctuation: a name has none of these…
        if name.contains(where: { "?!…:;\"“”«»=<>{}".contains($0) }) { return false }
        // …and a dot inside only after an initial or short title ("J. K. Rowling", "Jr.", "Dr.").
        for (index, word) in words.enumerated() where index < words.count - 1 && word.hasSuffix(".") {
            let stem = word.dropLast().split(separator: ".").last ?? ""
            if stem.count > 3 { return false }
        }

        // In cased scripts every word but a particle is capitalised; lowercase words mean prose
        // ("read the full story"). Uncased scripts (Arabic) are not judged this way.
        var sawCased = false, sawUpper = false
        for word in words {
            let cased = word.contains(where: { $0.isUppercase || $0.isLowercase })
            guard cased else { continue }
            sawCased = true
            if word.contains(where: \.isUppercase) {
                sawUpper = true
            } else if !AuthorVocabulary.particles.contains(word.lowercased()) {
                return false
            }
        }
        return !sawCased || sawUpper
    }
}
