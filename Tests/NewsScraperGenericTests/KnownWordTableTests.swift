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
            "elementor-element-38ad5ea", "ad300x250 ad-slot", "text-daa0326ad1 sidebar2",
        ]
        for value in values {
            #expect(Self.meanings(value, byString: false) == Self.meanings(value, byString: true), "\(value)")
        }
    }
}

extension KnownWordTableTests {
    @Test func lettersOfHexadecimalIdentifiersAreNoWords() {
        for value in ["elementor-element-38ad5ea", "block-20a388fd-95b9-4641-adcb-64ab9c672ad0", "x-daa0326ad1",
                      "css-1ad2c3"] {
            #expect(Self.meanings(value, byString: false).isEmpty, "\(value)")
        }
        // Words beside an identifier, and words with a number that is no identifier, still count.
        for value in ["ad-slot-38ad5ea", "ad300x250", "sidebar2", "nav-4", "Ad12"] {
            #expect(!Self.meanings(value, byString: false).isEmpty, "\(value)")
        }
    }
}

/// `BoilerplateClassifier.classWordMeanings`: class words, with "hidden" read as a hidden state only
/// outside the CSS overflow utilities.
struct ClassWordMeaningTests {
    static func isWeakChrome(_ value: String) -> Bool {
        Array(value.utf8).withUnsafeBufferPointer {
            BoilerplateClassifier.classWordMeanings($0) & BoilerplateClassifier.WordMeaning.weak.bit != 0
        }
    }

    @Test func hiddenStatesAreChrome() {
        for value in ["hidden", "is-hidden", "js-hidden modal", "Hidden", "card hidden", "overflow-auto hidden"] {
            #expect(Self.isWeakChrome(value), "\(value)")
        }
    }

    @Test func overflowUtilitiesHideNothing() {
        for value in ["overflow-hidden", "rounded-lg overflow-hidden shadow", "overflow-x-hidden", "card--overflow-hidden",
                      "sc-overflow--hidden", "OverflowHidden", "overflow_hidden col"] {
            #expect(!Self.isWeakChrome(value), "\(value)")
        }
        // Other chrome words of the value still count.
        #expect(Self.isWeakChrome("header overflow-hidden"))
        #expect(Self.isWeakChrome("sidebar-overflow-hidden"))
    }
}
