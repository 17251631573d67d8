import NewsScraperCore

/// Text that belongs to RT's page chrome, never to an article, in every edition.
enum RTChrome {
    /// Paragraphs starting with these are chrome and are dropped.
    static let paragraphPrefixes = [
        "Like this story? Share it with a friend!", "Follow RT on", "You can share this story on social media",
        "Get short URL", "Also on rt.com", "Read more", "تابعوا RT على", "#اسأل_أكثر", "#Question_More",
        "RT STORIES", "Your browser does not support audio tag.", "Lire aussi", "Mehr zum Thema",
        "Подписывайтесь", "© Автономная некоммерческая организация «ТВ-Новости»", "Читайте также",
        "Suscríbete", "Síguenos", "Pratite RT", "Нашли ошибку",
    ]

    /// Strings removed wherever they appear in a paragraph (RT appends some to the last one).
    static let inlineStrings = [
        "تابعوا RT على", "#اسأل_أكثر", "#Question_More", "RT STORIES", "Your browser does not support audio tag.",
        "Like this story? Share it with a friend!",
    ]

    /// Disclaimers kept apart from the body, in ``Article/extra`` under `disclaimer`.
    static let disclaimers = [
        "المقالة تعبر فقط عن رأي الصحيفة أو الكاتب",
        "The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of RT.",
    ]

    /// Names of RT itself, never accepted as an article's author.
    static let publisherNames = [
        "RT", "Russia Today", "RT Arabic", "RT Arabic - روسيا اليوم", "روسيا اليوم", "RT на русском", "RT en français",
        "RT France", "RT DE", "RT Deutsch", "RT en Español", "RT Actualidad", "RT Balkan", "RT Србија", "RT World News",
    ]

    /// Elements stripped from every edition's body container.
    static let bodyClean = [
        ".read-more", "[class*=read-more__]", "a.read-more-big", ".read-more-big", ".Read-more-text-only",
        ".read-more-text-only", ".Read-more-big", ".rtcode", ".media__youtube-frame", ".article__podcast",
        ".podcast-view-card", ".article__share", ".article__google-news", ".article__invitation",
        ".article__short-url", ".crosslinks__link", ".twitter-tweet", ".instagram-media", ".tiktok-embed",
        ".error-on-page", ".short-url", ".follows-channel", ".article__read-more", ".ReadMore-root",
        ".ArticleView-crosslink", ".YouTubeEmbed", ".TwitterEmbed", ".TelegramEmbed", ".VkEmbed", ".AllEmbed",
        "p.intro", ".text__summary", ".Text-type_1", "iframe", "audio", "video", "script", "noscript",
        ".article__summary", ".article__cover", ".tags-trends", "[class*=Newsletter]", ".newsletter", ".article__tags-trends", ".news-tags",
    ]

    /// Cleans body blocks: drops chrome paragraphs, strips chrome strings,
    /// and separates disclaimers. Returns the cleaned blocks and the disclaimer found.
    static func clean(_ blocks: [Block]) -> (kept: [Block], disclaimer: String?) {
        var kept: [Block] = []
        var disclaimer: String?
        for block in blocks {
            guard case var .paragraph(text) = block else { kept.append(block); continue }
            if paragraphPrefixes.contains(where: { text.hasPrefix($0) }) { continue }
            for known in disclaimers where TextSearch.contains(text, known) {
                disclaimer = known
                text = text.replacingOccurrences(of: known, with: " ")
            }
            for string in inlineStrings where TextSearch.contains(text, string) {
                text = text.replacingOccurrences(of: string, with: " ")
            }
            text = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !text.isEmpty { kept.append(.paragraph(text)) }
        }
        return (kept, disclaimer)
    }

    /// Whether a text carries RT's chrome strings or disclaimer: the mark of RT copy.
    static func marksRTCopy(_ text: String) -> Bool {
        TextSearch.containsAny(text, inlineStrings) || TextSearch.containsAny(text, disclaimers)
    }
}
