import Testing
@testable import NewsScraperCore

/// `AuthorNameCheck` keeps a page's publisher names apart from the shared vocabulary; its
/// lookups must answer as the merged sets it used to build for every normaliser did.
struct AuthorNameCheckTests {
    static let publishers = ["RT", "www.rt.com", "The Coast Times", "Reuters", "Süddeutsche Zeitung", "", "news.example.co.uk"]

    /// The merged sets the check built before, from the same publisher names.
    static func mergedSets() -> (organisations: Set<String>, words: Set<String>) {
        var organisations = AuthorNameCheck.foldedOrganisations
        var words = AuthorVocabulary.organisationWords
        for name in publishers {
            let folded = AuthorNameCheck.fold(name)
            guard !folded.isEmpty else { continue }
            organisations.insert(folded)
            words.formUnion(folded.split(separator: " ").map(String.init))
            let host = name.lowercased().split(separator: ".")
            if host.count >= 2 { organisations.insert(String(host[host.count - 2])) }
        }
        return (organisations, words)
    }

    @Test func lookupsAgreeWithTheMergedSets() {
        let check = AuthorNameCheck(publisherNames: Self.publishers)
        let merged = Self.mergedSets()
        let probes = Array(merged.organisations) + Array(merged.words)
            + ["rt", "coast times", "coast", "times", "example", "staff", "news", "jane doe", "jane", "", "the rt",
               "süddeutsche", "zeitung", "reuters", "www"]
        for probe in probes {
            #expect(check.isKnownOrganisation(probe) == merged.organisations.contains(probe), "\(probe)")
            #expect(check.isOrganisationWord(probe) == merged.words.contains(probe), "\(probe)")
        }
    }

    @Test func publishersAndTheirDesksAreOrganisations() {
        let check = AuthorNameCheck(publisherNames: Self.publishers)
        #expect(check.isOrganisation("The Coast Times"))
        #expect(check.isOrganisation("Coast Times Staff"))
        #expect(check.isOrganisation("RT"))
        #expect(!check.isOrganisation("Jane Doe"))
        #expect(!AuthorNameCheck(publisherNames: []).isOrganisation("Coast Times"))
    }
}
