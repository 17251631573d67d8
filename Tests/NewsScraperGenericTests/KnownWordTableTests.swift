import Testing
@testable import NewsScraperGeneric

/// `BoilerplateClassifier.forEachKnownWord`, which looks words up packed into integers, against
/// the lookup of each word lowercased into a String.
struct KnownWordTableTests {
    static func meanings(_ value: String, byString: Bool) -> [BoilerplateClassifier.WordMeaning] {
        var found: [BoilerplateClassifier.WordMeaning] = []
        Array(value.utf8).withUnsafeBufferPointer { bytes in
            if byString {
                BoilerplateClassifier.forEachKnownWordByString(bytes) { found.append($0) }
            } else {
                BoilerplateClassifier.forEachKnownWord(bytes) { found.append($0) }
            }
        }
        return found
    }

    @Test func everyWordOfTheSetsIsFoundInEveryCase() {
        for word in BoilerplateClassifier.wordMeanings.keys {
            for written in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst(), "x-\(word)_y"] {
                #expect(Self.meanings(written, byString: false) == Self.meanings(written, byString: true), "\(written)")
                #expect(!Self.meanings(written, byString: false).isEmpty, "\(written)")
            }
        }
    }

    @Test func otherWordsAgreeWithTheStringLookup() {
        let values = [
            "", "col-md-6 col-lg-4", "article__body entry-content", "shareBar post_meta", "sprint blueprint", "commentsX",
            "adverts advertisements", "navbarnav", "a b c d", "recommendationss recommendation", "ZZZZZZZZZZZZZZZZZ",
            "wrapper container row", "HEADER-Top", "sideBar sidebars", "cookieConsent", "reviews-widget", "tagCloud",
            "é-menu ünav", "menu\u{00A0}bar", "abcdefghijklmnop abcdefghijklmnopq", "bio-box moreLink", "promo123ad",
        ]
        for value in values {
            #expect(Self.meanings(value, byString: false) == Self.meanings(value, byString: true), "\(value)")
        }
    }
}
