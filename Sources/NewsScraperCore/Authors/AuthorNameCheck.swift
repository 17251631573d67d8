/// Decides whether a cleaned byline piece looks like a person's name.
///
/// Bylines are filled from many places (meta tags, JSON-LD, visible markup) and
/// often hold something else: a publisher, a desk, a teaser sentence, a share
/// button's label. Users prefer fewer authors to wrong ones, so anything doubtful
/// is rejected.
struct AuthorNameCheck: Sendable {
    /// Folded names (see ``fold(_:)``) of publishers and agencies that must never be an author.
    let organisations: Set<String>
    /// Single words that, when a piece is made only of them, mark a desk (`RT Staff`).
    let organisationWords: Set<String>

    /// The vocabulary's organisations, folded once rather than per normaliser.
    private static let foldedOrganisations = Set(AuthorVocabulary.organisations.map(fold))

    init(publisherNames: [String]) {
        var organisations = Self.foldedOrganisations
        var words = AuthorVocabulary.organisationWords
        for name in publisherNames {
            let folded = Self.fold(name)
            guard !folded.isEmpty else { continue }
            organisations.insert(folded)
            words.formUnion(folded.split(separator: " ").map(String.init))
            // A host name also stands for its site name: "www.rt.com" → "rt".
            let host = name.lowercased().split(separator: ".")
            if host.count >= 2 { organisations.insert(String(host[host.count - 2])) }
        }
        self.organisations = organisations
        self.organisationWords = words
    }

    /// Lowercased, punctuation as spaces, single-spaced, without a leading "the".
    static func fold(_ text: String) -> String {
        let words = text.lowercased()
            .map { $0.isLetter || $0.isNumber ? $0 : " " }
            .split(separator: " ")
            .map { String($0) }
        let trimmed = words.first == "the" ? Array(words.dropFirst()) : words
        return trimmed.joined(separator: " ")
    }

    func isOrganisation(_ name: String) -> Bool {
        let folded = Self.fold(name)
        if organisations.contains(folded) { return true }
        let words = folded.split(separator: " ")
        if !words.isEmpty, words.allSatisfy({ organisationWords.contains(String($0)) }) { return true }
        // An acronym with a desk word is a newsroom, not a person: "BBC News", "CNN Staff".
        let written = name.split(separator: " ")
        let hasDeskWord = written.contains { organisationWords.contains($0.lowercased()) }
        let others = written.filter { !organisationWords.contains($0.lowercased()) }
        return hasDeskWord && !others.isEmpty
            && others.allSatisfy { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }
    }

    func looksLikeName(_ name: String) -> Bool {
        guard !name.isEmpty, name.count <= 60 else { return false }
        let words = name.split(separator: " ")
        guard words.count <= 6 else { return false }
        if AuthorVocabulary.nonNames.contains(name.lowercased()) { return false }

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
