import Foundation
import NewsScraperCore
import NewsScraperHTML

/// The body a page declares in its JSON-LD (`articleBody`), for pages whose HTML does not hold
/// the text: sites that render the article in the browser, or show a teaser and a script, often
/// still ship the whole text to search engines that way.
enum DeclaredBody {
    /// A declared body shorter than this (in words) is a teaser or a summary, not an article.
    static let minimumWords = 100
    /// The page's own reading is kept unless the declared body has this many times its words:
    /// the page's blocks keep the article's headings, lists and images.
    static let advantage = 2.0

    /// The declared body as blocks, when it is an article's and the page's own reading holds
    /// much less of it.
    static func blocks(declared: String?, insteadOf read: [Block]?) -> [Block]? {
        guard let declared, declared.utf8.count > minimumWords * 3 else { return nil }
        let declaredWords = WordCounter.count(declared)
        guard declaredWords >= minimumWords else { return nil }
        let readWords = (read ?? []).reduce(0) { $0 + ($1.plainText.map(WordCounter.count) ?? 0) }
        guard Double(declaredWords) >= advantage * Double(readWords) else { return nil }
        let blocks = Self.blocks(of: declared)
        return blocks.isEmpty ? nil : blocks
    }

    /// `articleBody` is plain text with line breaks between paragraphs on most sites, and HTML on
    /// some; entities may be left in either. Both are read through the HTML parser, plain text
    /// with each line made a paragraph.
    static func blocks(of declared: String) -> [Block] {
        let markup: String
        if declared.contains("<") {
            markup = declared
        } else {
            markup = declared.split(whereSeparator: \.isNewline).map { "<p>\($0)</p>" }.joined()
        }
        guard let document = try? HTMLDocument(html: "<html><body>" + markup + "</body></html>"),
              let body = document.body else { return [] }
        return BlockBuilder().blocks(in: body)
    }
}
