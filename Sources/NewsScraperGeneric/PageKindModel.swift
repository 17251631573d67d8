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

    static let intercept = -5.5833

    static func weight(_ feature: Feature) -> Double {
        switch feature {
        case .articleType: 1.4808
        case .forumType: -2.3908
        case .otherType: -0.1309
        case .productType: -1.9399
        case .ogArticle: 0.8591
        case .ogWebsite: -0.2504
        case .ogProduct: -1.6426
        case .hasDate: 0.7480
        case .hasAuthor: 1.0050
        case .dateInAddress: 1.5714
        case .longSlug: 0.7444
        case .shortSlug: -0.3138
        case .slugWords: 0.6828
        case .shallowAddress: -0.0131
        case .words: 0.3940
        case .atLeast400Words: 0.3645
        case .under200Words: 0.1461
        case .rivals: -1.0477
        case .wordsPerParagraph: 0.1771
        case .paragraphShare: 0.8590
        case .headingShare: 0.6216
        case .listShare: -0.1770
        case .hasPreformatted: 0.7956
        case .hasTable: 0.3001
        case .contentShare: 1.2832
        case .hasQuery: -0.3974
        case .dateFromMetadata: 0.2063
        case .dateFromPage: 0.7080
        case .contentTime: -0.8267
        case .contentCode: -0.2938
        case .contentPre: -0.1541
        case .contentForm: 0.1122
        case .contentInput: -0.1986
        case .contentButton: 0.0463
        case .contentSelect: -0.8767
        case .contentArticle: -0.6142
        case .contentImage: 0.0331
        case .contentLink: 0.0608
        case .contentH1: -0.4018
        case .contentTextarea: -0.6558
        case .contentBlockquote: -0.5443
        case .contentSVG: -0.1568
        case .pageTime: -0.2915
        case .pageForm: -0.1993
        case .pageInput: -0.2436
        case .pageButton: -0.2016
        case .pageSelect: -0.0763
        case .pageArticle: 0.1922
        case .pageNav: 0.0416
        case .pageH1: 0.3779
        case .pageTextarea: -0.2834
        case .pageIframe: -0.0016
        case .pageAside: -0.1224
        case .pageFooter: -0.2535
        case .pageTable: -0.2351
        case .pagePre: -0.1637
        case .pageCode: -0.3121
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
