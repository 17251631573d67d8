/// Element names that text extraction treats specially.
public enum HTMLVocabulary {
    /// Elements whose content is never readable text.
    public static let skippedForText: Set<String> = ["script", "style", "template", "noscript", "head", "title",
                                                     "svg", "math", "iframe", "object", "embed", "select",
                                                     "textarea", "canvas", "audio", "video"]

    /// Elements whose start and end separate words, so `<p>a</p><p>b</p>` reads "a b".
    public static let separatesWords: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "img", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    /// Block-level elements, which start a new line in rendered text.
    public static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    ]
}
