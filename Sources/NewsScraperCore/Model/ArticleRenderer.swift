/// Renders an article's body as plain text, Markdown or clean HTML.
public enum ArticleRenderer {
    /// Blocks separated by newlines; headings included; image captions left out.
    public static func plainText(_ blocks: [Block]) -> String {
        blocks.compactMap(\.plainText).filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The whole article as Markdown: title, byline, then the body.
    public static func markdown(_ article: Article) -> String {
        var parts: [String] = []
        if let title = article.title { parts.append("# " + escapeMarkdown(title)) }
        var byline: [String] = []
        if !article.authors.isEmpty { byline.append(article.authors.map(\.name).joined(separator: ", ")) }
        if let published = article.published { byline.append(published.iso8601) }
        if !byline.isEmpty { parts.append("*" + byline.joined(separator: " · ") + "*") }
        if let summary = article.summary { parts.append("**" + escapeMarkdown(summary) + "**") }
        for block in article.blocks {
            switch block {
            case let .paragraph(text): parts.append(escapeMarkdown(text))
            case let .heading(level, text):
                parts.append(String(repeating: "#", count: min(6, max(2, level))) + " " + escapeMarkdown(text))
            case let .list(items, ordered):
                parts.append(items.enumerated().map { index, item in
                    (ordered ? "\(index + 1). " : "- ") + escapeMarkdown(item)
                }.joined(separator: "\n"))
            case let .quote(text, attribution):
                var quote = text.split(separator: "\n").map { "> " + escapeMarkdown(String($0)) }
                if let attribution { quote.append("> — " + escapeMarkdown(attribution)) }
                parts.append(quote.joined(separator: "\n"))
            case let .table(rows):
                guard let header = rows.first else { continue }
                var lines = ["| " + header.map(escapeCell).joined(separator: " | ") + " |",
                             "|" + String(repeating: " --- |", count: header.count)]
                for row in rows.dropFirst() { lines.append("| " + row.map(escapeCell).joined(separator: " | ") + " |") }
                parts.append(lines.joined(separator: "\n"))
            case let .image(image):
                let alt = escapeMarkdown(image.caption ?? "")
                var line = "![\(alt)](\(image.url.absoluteString))"
                let note = [image.caption, image.credit.map { "© " + $0 }].compactMap { $0 }.joined(separator: " ")
                if !note.isEmpty { line += "\n*" + escapeMarkdown(note) + "*" }
                parts.append(line)
            case let .preformatted(text): parts.append("```\n" + text + "\n```")
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The body as clean, minimal HTML (no classes, scripts or styles).
    public static func html(_ article: Article) -> String {
        var html = ""
        let direction = article.direction.map { " dir=\"\($0.rawValue)\"" } ?? ""
        let language = article.language.map { " lang=\"\(escapeHTML($0))\"" } ?? ""
        html += "<article\(language)\(direction)>\n"
        if let title = article.title { html += "<h1>\(escapeHTML(title))</h1>\n" }
        if let summary = article.summary { html += "<p><strong>\(escapeHTML(summary))</strong></p>\n" }
        for block in article.blocks {
            switch block {
            case let .paragraph(text): html += "<p>\(escapeHTML(text))</p>\n"
            case let .heading(level, text):
                let tag = "h\(min(6, max(2, level)))"
                html += "<\(tag)>\(escapeHTML(text))</\(tag)>\n"
            case let .list(items, ordered):
                let tag = ordered ? "ol" : "ul"
                html += "<\(tag)>" + items.map { "<li>\(escapeHTML($0))</li>" }.joined() + "</\(tag)>\n"
            case let .quote(text, attribution):
                html += "<blockquote><p>\(escapeHTML(text))</p>"
                if let attribution { html += "<footer>\(escapeHTML(attribution))</footer>" }
                html += "</blockquote>\n"
            case let .table(rows):
                html += "<table>" + rows.map { "<tr>" + $0.map { "<td>\(escapeHTML($0))</td>" }.joined() + "</tr>" }
                    .joined() + "</table>\n"
            case let .image(image):
                html += "<figure><img src=\"\(escapeHTML(image.url.absoluteString))\" alt=\"\(escapeHTML(image.caption ?? ""))\">"
                let caption = [image.caption, image.credit.map { "© " + $0 }].compactMap { $0 }.joined(separator: " ")
                if !caption.isEmpty { html += "<figcaption>\(escapeHTML(caption))</figcaption>" }
                html += "</figure>\n"
            case let .preformatted(text): html += "<pre>\(escapeHTML(text))</pre>\n"
            }
        }
        return html + "</article>\n"
    }

    static func escapeHTML(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    private static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static func escapeCell(_ text: String) -> String {
        escapeMarkdown(text).replacingOccurrences(of: "|", with: "\\|")
    }
}
