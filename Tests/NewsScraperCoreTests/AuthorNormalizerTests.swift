import Testing
import NewsScraperCore

private let normalizer = AuthorNormalizer(publisherNames: ["The Daily Planet", "www.rt.com", "RT DE"])

struct AuthorNormalizerTests {
    /// (author strings as a page offers them, expected names).
    static let table: [([String], [String])] = [
        // Labels.
        (["By John Smith"], ["John Smith"]),
        (["by: John Smith"], ["John Smith"]),
        (["BY JOHN SMITH"], ["John Smith"]),
        (["Written by Jane Doe"], ["Jane Doe"]),
        (["Words by Jane Doe"], ["Jane Doe"]),
        (["بقلم: محمد علي"], ["محمد علي"]),
        (["كتب: أحمد حسن"], ["أحمد حسن"]),
        (["كتبت سارة محمود"], ["سارة محمود"]),
        (["Автор: Иван Петров"], ["Иван Петров"]),
        (["Text: Anna Müller"], ["Anna Müller"]),
        (["Byron Smith"], ["Byron Smith"]),
        // Labels and titles of other scripts; Chinese and Japanese write them onto the name.
        (["记者 王小明"], ["王小明"]),
        (["记者王小明"], ["王小明"]),
        (["文／陳大文"], ["陳大文"]),
        (["山田太郎記者"], ["山田太郎"]),
        (["김철수 기자"], ["김철수"]),
        (["기자 김철수"], ["김철수"]),
        (["โดย สมชาย ใจดี"], ["สมชาย ใจดี"]),
        (["מאת דני כהן"], ["דני כהן"]),
        (["Door Jan de Vries"], ["Jan de Vries"]),
        (["Moscow correspondent"], []),
        // Lists.
        (["John Smith, Jane Doe and Bob Lee"], ["John Smith", "Jane Doe", "Bob Lee"]),
        (["John Smith & Jane Doe"], ["John Smith", "Jane Doe"]),
        (["محمد علي و أحمد حسن"], ["محمد علي", "أحمد حسن"]),
        (["Иван Петров и Анна Смирнова"], ["Иван Петров", "Анна Смирнова"]),
        (["Авторы: Иван Петров, Анна Смирнова"], ["Иван Петров", "Анна Смирнова"]),
        (["Von Anna Müller und Peter Schmidt"], ["Anna Müller", "Peter Schmidt"]),
        (["Par Jean Dupont et Marie Curie"], ["Jean Dupont", "Marie Curie"]),
        (["Por Juan Pérez y María López"], ["Juan Pérez", "María López"]),
        (["John Smith; Jane Doe"], ["John Smith", "Jane Doe"]),
        (["John Smith\nJane Doe"], ["John Smith", "Jane Doe"]),
        (["John Smith", "Jane Doe"], ["John Smith", "Jane Doe"]),
        // Tails, roles and agencies.
        (["By John Smith for The Guardian"], ["John Smith"]),
        (["By John Smith for CNN and Jane Doe for the BBC"], ["John Smith", "Jane Doe"]),
        (["John Smith | Reuters"], ["John Smith"]),
        (["Jane Doe | Staff Writer | Reuters"], ["Jane Doe"]),
        (["By Jane Doe — Associated Press"], ["Jane Doe"]),
        (["John Smith, Staff Writer"], ["John Smith"]),
        (["John Smith Senior Correspondent"], ["John Smith"]),
        (["Staff Reporter John Smith"], ["John Smith"]),
        (["John Smith, Moscow correspondent"], ["John Smith"]),
        (["مراسل RT أحمد حسن"], ["أحمد حسن"]),
        (["Anna Müller, RT DE"], ["Anna Müller"]),
        (["Reporting by John Smith; Editing by Jane Doe"], ["John Smith"]),
        // Contacts and dates.
        (["John Smith john.smith@example.com"], ["John Smith"]),
        (["John Smith (@jsmith)"], ["John Smith"]),
        (["Jane Doe https://example.com/jane"], ["Jane Doe"]),
        (["By John Smith, Updated Oct. 10, 2022 5:38 pm EDT"], ["John Smith"]),
        (["Jane Doe 10/10/2022"], ["Jane Doe"]),
        (["محمد علي ٢٥ سبتمبر ٢٠٢١"], ["محمد علي"]),
        (["By John Smith."], ["John Smith"]),
        (["Von Anna Müller, Berlin"], ["Anna Müller"]),
        (["Smith, John"], ["John Smith"]),
        (["Smith, Jones and Brown"], ["Smith", "Jones", "Brown"]),
        (["John Smith, Jr."], ["John Smith"]),
        (["Ivan Petrov • 3 min read"], ["Ivan Petrov"]),
        (["Juan Pérez, Corresponsal en Moscú"], ["Juan Pérez"]),
        // Publishers, agencies and desks are never authors.
        (["Russia Today"], []),
        (["RT"], []),
        (["Reuters"], []),
        (["AP"], []),
        (["Associated Press"], []),
        (["AFP"], []),
        (["Staff"], []),
        (["Editorial"], []),
        (["Admin"], []),
        (["Newsroom"], []),
        (["RT Staff"], []),
        (["Daily Planet"], []),
        (["THE DAILY PLANET"], []),
        (["rt.com"], []),
        (["By Reuters"], []),
        (["روسيا اليوم"], []),
        (["BBC News"], []),
        (["CNN STAFF"], []),
        (["By The Associated Press"], []),
        (["Editorial Board"], []),
        // A name holding an agency's word is a wire desk or a dateline ("Washington, Reuters").
        (["Tom Krisher", "AP Auto"], ["Tom Krisher"]),
        (["Washington Reuters"], []),
        (["Washington PTI"], []),
        (["Jill Disis, CNN Business"], ["Jill Disis"]),
        (["CNN Editor-at-large"], []),
        // Acronyms count in capitals only: "Ani" is a first name.
        (["Ani Smith"], ["Ani Smith"]),
        (["Analysis by Chris Cillizza"], ["Chris Cillizza"]),
        (["Opinion by Jane Doe"], ["Jane Doe"]),
        // Not names.
        (["Click here to read the full story about the elections"], []),
        (["This is a sentence. It has two parts"], []),
        (["12345"], []),
        (["Someone With A Remarkably Long Name That Keeps Going On"], []),
        (["read more"], []),
        (["Share"], []),
        ([""], []),
        // Casing, initials, particles, dedupe.
        (["J. K. Rowling"], ["J. K. Rowling"]),
        (["JEAN-PIERRE O'BRIEN"], ["Jean-Pierre O'Brien"]),
        (["Ludwig van Beethoven"], ["Ludwig van Beethoven"]),
        (["John Smith", "JOHN SMITH", "By John Smith"], ["John Smith"]),
        (["Jane Doe, John Smith", "john smith", "Jane Doe"], ["Jane Doe", "John Smith"]),
    ]

    @Test(arguments: table)
    func normalizes(raw: [String], expected: [String]) {
        #expect(normalizer.normalize(raw) == expected, "\(raw)")
    }

    @Test func tableIsLarge() {
        #expect(Self.table.count >= 30)
    }

    @Test func publisherNamesAreCaseInsensitive() {
        let custom = AuthorNormalizer(publisherNames: ["Example News"])
        #expect(custom.normalize(["example news"]) == [])
        #expect(custom.normalize(["EXAMPLE NEWS"]) == [])
        #expect(custom.normalize(["John Smith, Example News"]) == ["John Smith"])
        // Without the publisher name a capitalised site name cannot be told from a person:
        // passing publisherNames is what keeps it out.
        #expect(AuthorNormalizer().normalize(["Example News"]) == ["Example News"])
        #expect(custom.normalize(["Example News Team"]) == [])
    }
}

struct AuthorCreditTests {
    @Test func creditsKeepWhatNamesRefuse() {
        let normalizer = AuthorNormalizer(publisherNames: ["Quiet Light"])
        #expect(normalizer.normalize(["Quiet Light"]).isEmpty)
        #expect(normalizer.credited(["Quiet Light"]) == ["Quiet Light"])
        #expect(normalizer.credited(["By kirstin boatto"]) == ["kirstin boatto"])
        #expect(normalizer.credited(["Camphouse Team"]) == ["Camphouse Team"])
        #expect(normalizer.credited(["Russia Today"]).isEmpty)
        #expect(normalizer.credited(["Reuters"]).isEmpty)
        #expect(normalizer.credited(["CNN Editor-at-large"]).isEmpty)
        #expect(normalizer.credited(["AP Sports"]).isEmpty)
        #expect(normalizer.credited(["News Desk"]) == ["News Desk"])
        #expect(normalizer.credited(["Redaktion"]) == ["Redaktion"])
        #expect(normalizer.credited(["Jane Doe, Staff Writer"]) == ["Jane Doe"])
    }

    @Test func creditsRefusePlaceholdersLoginsAddressesAndCompanies() {
        let normalizer = AuthorNormalizer()
        #expect(normalizer.credited(["admin"]).isEmpty)
        #expect(normalizer.credited(["Webmaster"]).isEmpty)
        #expect(normalizer.credited(["jdoe42"]).isEmpty)
        #expect(normalizer.credited(["https://www.facebook.com/coasttimes"]).isEmpty)
        #expect(normalizer.credited(["Acme Widgets Inc."]).isEmpty)
        #expect(normalizer.credited(["ООО Ромашка"]).isEmpty)
        #expect(normalizer.credited(["NIST"]).isEmpty)
    }

    @Test func companiesAcronymsAndPlaceholdersAreNoPeople() {
        let normalizer = AuthorNormalizer()
        #expect(normalizer.normalize(["SmartEtailing Inc"]).isEmpty)
        #expect(normalizer.normalize(["Muster GmbH"]).isEmpty)
        #expect(normalizer.normalize(["CDC"]).isEmpty)
        #expect(normalizer.normalize(["Webmaster"]).isEmpty)
        #expect(normalizer.normalize(["JOHN SMITH"]) == ["John Smith"])
    }

    @Test func fullWidthSlashesAndBarsSeparateBylineStatements() {
        #expect(AuthorNormalizer().normalize(["by 山田太郎 ／ 2016.12.01"]) == ["山田太郎"])
        #expect(AuthorNormalizer().normalize(["山田太郎｜鈴木花子"]) == ["山田太郎", "鈴木花子"])
        #expect(AuthorNormalizer().normalize(["文：陳大文，"]) == ["陳大文"])
    }

    @Test func accountAndPageControlsAreNoNames() {
        #expect(AuthorNormalizer().normalize(["Sign In"]).isEmpty)
        #expect(AuthorNormalizer().normalize(["My Account"]).isEmpty)
        #expect(AuthorNormalizer().credited(["View All Posts"]).isEmpty)
        #expect(AuthorNormalizer().normalize(["By Jane Doe | Sign In"]) == ["Jane Doe"])
    }

    @Test func forumMemberLabelsAreNoNames() {
        // A poster's card: name, rank and join date, each in its own element.
        #expect(AuthorNormalizer().normalize(["Tony B", "Joined"]) == ["Tony B"])
        #expect(AuthorNormalizer().normalize(["Joined"]).isEmpty)
        #expect(AuthorNormalizer().normalize(["Moderator"]).isEmpty)
    }

    @Test func middleDotsAndBulletsSeparateBylineStatements() {
        #expect(AuthorNormalizer().normalize(["Jane Doe ⋅ John Roe"]) == ["Jane Doe", "John Roe"])
        #expect(AuthorNormalizer().normalize(["Meaghan Weeden ●"]) == ["Meaghan Weeden"])
    }

    @Test func bylineLabels() {
        #expect(AuthorNormalizer.isBylineLabel("Written by"))
        #expect(AuthorNormalizer.isBylineLabel(" Auteur : "))
        #expect(!AuthorNormalizer.isBylineLabel("Written by Jane"))
        #expect(AuthorNormalizer.startsWithBylineLabel("Von Anna Müller"))
        #expect(!AuthorNormalizer.startsWithBylineLabel("Byron Smith"))
    }
}
