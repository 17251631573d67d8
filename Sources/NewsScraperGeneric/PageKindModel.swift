import Foundation

/// The logistic model behind `PageKindClassifier`: how likely a page is an
/// article, from its signals.
///
/// L2-regularised logistic regression on standardised features (C = 0.1),
/// folded back to raw units here, fitted on the 181 pages of the
/// article-extraction benchmark and the even-numbered half of wcxb-dev, with
/// wcxb-dev's odd half kept out for checking. `scripts/fit-page-kind-model.py`
/// refits it from the features `newsscraper-bench extract --page-kind-features`
/// writes, and prints these weights. Counts enter as `log(1 + n)`, so one
/// more form on a page that has fifty matters little.
enum PageKindModel {
    enum Feature: CaseIterable {
        case articleType, forumType, otherType, productType
        case ogArticle, ogWebsite, ogProduct
        case hasDate, hasAuthor, dateInAddress, longSlug, shortSlug, slugWords, shallowAddress
        case words, atLeast400Words, under200Words, rivals
        case wordsPerParagraph, paragraphShare, headingShare, listShare, hasPreformatted, hasTable
        case contentShare, hasQuery, dateFromMetadata, dateFromPage
        case contentTime, contentCode, contentPre, contentForm, contentInput, contentButton, contentSelect
        case contentArticle, contentImage, contentLink, contentH1, contentTextarea, contentBlockquote, contentSVG
        case pageTime, pageForm, pageInput, pageButton, pageSelect, pageArticle, pageNav, pageH1, pageTextarea
        case pageIframe, pageAside, pageFooter, pageTable, pagePre, pageCode
    }

    static let intercept = -5.7200

    static func weight(_ feature: Feature) -> Double {
        switch feature {
        case .articleType: 1.5019
        case .forumType: -2.5711
        case .otherType: -0.0680
        case .productType: -2.0337
        case .ogArticle: 0.7733
        case .ogWebsite: -0.2824
        case .ogProduct: -1.4505
        case .hasDate: 0.8285
        case .hasAuthor: 0.9058
        case .dateInAddress: 1.6799
        case .longSlug: 0.7432
        case .shortSlug: -0.2756
        case .slugWords: 0.7471
        case .shallowAddress: -0.0516
        case .words: 0.3480
        case .atLeast400Words: 0.4642
        case .under200Words: 0.2086
        case .rivals: -1.1025
        case .wordsPerParagraph: 0.1428
        case .paragraphShare: 1.2024
        case .headingShare: 0.5542
        case .listShare: -0.1203
        case .hasPreformatted: 0.8266
        case .hasTable: 0.1594
        case .contentShare: 1.4996
        case .hasQuery: -0.2824
        case .dateFromMetadata: 0.2371
        case .dateFromPage: 1.0084
        case .contentTime: -0.8868
        case .contentCode: -0.2935
        case .contentPre: -0.1528
        case .contentForm: 0.0922
        case .contentInput: -0.2032
        case .contentButton: 0.0346
        case .contentSelect: -0.8181
        case .contentArticle: -0.6248
        case .contentImage: 0.0843
        case .contentLink: 0.0503
        case .contentH1: -0.4880
        case .contentTextarea: -0.8817
        case .contentBlockquote: -0.4607
        case .contentSVG: -0.1713
        case .pageTime: -0.3263
        case .pageForm: -0.1869
        case .pageInput: -0.2425
        case .pageButton: -0.2166
        case .pageSelect: -0.1270
        case .pageArticle: 0.1886
        case .pageNav: 0.1427
        case .pageH1: 0.4722
        case .pageTextarea: -0.2510
        case .pageIframe: -0.0746
        case .pageAside: -0.1650
        case .pageFooter: -0.2830
        case .pageTable: -0.1907
        case .pagePre: -0.1590
        case .pageCode: -0.3195
        }
    }

    /// The probability, from 0 to 1, that the page is an article.
    static func articleLikelihood(_ signals: PageKindClassifier.Signals) -> Double {
        var logit = intercept
        for feature in Feature.allCases { logit += weight(feature) * value(feature, of: signals) }
        return 1 / (1 + exp(-logit))
    }

    static func value(_ feature: Feature, of s: PageKindClassifier.Signals) -> Double {
        func flag(_ condition: Bool) -> Double { condition ? 1 : 0 }
        func logCount(_ count: Int) -> Double { log1p(Double(count)) }
        func share(_ part: Int, _ whole: Int) -> Double { Double(part) / Double(max(whole, 1)) }
        let types = s.schemaTypes
        switch feature {
        case .articleType: return flag(!types.isDisjoint(with: PageKindClassifier.articleTypes))
        case .forumType: return flag(!types.isDisjoint(with: PageKindClassifier.forumTypes))
        case .otherType: return flag(!types.isDisjoint(with: PageKindClassifier.otherTypes))
        case .productType: return flag(!types.isDisjoint(with: PageKindClassifier.productTypes))
        case .ogArticle: return flag(s.ogType == "article" || s.ogType.hasSuffix(":article"))
        case .ogWebsite: return flag(s.ogType == "website")
        case .ogProduct: return flag(s.ogType.hasPrefix("product"))
        case .hasDate: return flag(s.hasDate)
        case .hasAuthor: return flag(s.hasAuthor)
        case .dateInAddress: return flag(s.url.hasDate)
        case .longSlug: return flag(s.url.slugWords >= 4)
        case .shortSlug: return flag(s.url.slugWords <= 2)
        case .slugWords: return logCount(s.url.slugWords)
        case .shallowAddress: return flag(s.url.depth <= 1)
        case .words: return logCount(s.words)
        case .atLeast400Words: return flag(s.words >= 400)
        case .under200Words: return flag(s.words < 200)
        case .rivals: return flag(s.rivals >= 2)
        case .wordsPerParagraph: return log1p(share(s.paragraphWords, s.paragraphs))
        case .paragraphShare: return share(s.paragraphWords, s.words)
        case .headingShare: return share(s.headings, s.paragraphs + s.headings)
        case .listShare: return share(s.listItems, s.paragraphs + s.listItems)
        case .hasPreformatted: return flag(s.preformatted > 0)
        case .hasTable: return flag(s.tables > 0)
        case .contentShare: return share(s.contentText, s.pageText)
        case .hasQuery: return flag(s.hasQuery)
        case .dateFromMetadata: return flag(s.dateFromMetadata)
        case .dateFromPage: return flag(s.dateFromPage)
        case .contentTime: return logCount(s.content.time)
        case .contentCode: return logCount(s.content.code)
        case .contentPre: return logCount(s.content.pre)
        case .contentForm: return logCount(s.content.form)
        case .contentInput: return logCount(s.content.input)
        case .contentButton: return logCount(s.content.button)
        case .contentSelect: return logCount(s.content.select)
        case .contentArticle: return logCount(s.content.article)
        case .contentImage: return logCount(s.content.image)
        case .contentLink: return logCount(s.content.link)
        case .contentH1: return logCount(s.content.h1)
        case .contentTextarea: return logCount(s.content.textarea)
        case .contentBlockquote: return logCount(s.content.blockquote)
        case .contentSVG: return logCount(s.content.svg)
        case .pageTime: return logCount(s.page.time)
        case .pageForm: return logCount(s.page.form)
        case .pageInput: return logCount(s.page.input)
        case .pageButton: return logCount(s.page.button)
        case .pageSelect: return logCount(s.page.select)
        case .pageArticle: return logCount(s.page.article)
        case .pageNav: return logCount(s.page.nav)
        case .pageH1: return logCount(s.page.h1)
        case .pageTextarea: return logCount(s.page.textarea)
        case .pageIframe: return logCount(s.page.iframe)
        case .pageAside: return logCount(s.page.aside)
        case .pageFooter: return logCount(s.page.footer)
        case .pageTable: return logCount(s.page.table)
        case .pagePre: return logCount(s.page.pre)
        case .pageCode: return logCount(s.page.code)
        }
    }
}
