import Foundation
import NewsScraperCore
import NewsScraperHTML

/// Reads the metadata fields of any page, each from the most reliable source
/// that has it, with provenance.
struct MetadataReader {
    let context: ExtractionContext
    let extractor: String

    func fields() -> ExtractedFields {
        var fields = structuredFields()
        fields.title = title(siteName: fields.siteName?.value)
        let printed = VisibleDateFinder.find(in: context, headline: fields.title?.value, siteName: fields.siteName?.value)
        let published = publicationDate(metadata: fields.published, modified: fields.modified, printed: printed)
        fields.published = filedDay(readDayFirst(published, language: fields.language?.value))
        // "Updated March 13, 2024" by the headline says when the page changed, when its metadata does not.
        if fields.modified == nil, let update = printed?.update {
            fields.modified = readDayFirst(update, language: fields.language?.value)
        }
        if fields.authors == nil {
            let publishers = context.metadata.publisherNames.map(\.value) + context.metadata.siteNames.map(\.value)
            fields.authors = BylineFinder.find(in: context, publishers: publishers) ?? creditedAuthors()
        }
        return fields
    }

    // MARK: Fields

    /// The metadata's publication date, unless the page prints another close to its headline,
    /// more than a day away, that is neither labelled as an update nor the metadata's
    /// modification date: readers see that one, and a page republished under a new date keeps
    /// its first date in the metadata. Without metadata, that printed date, else a `<time>`
    /// element, else any printed date (an update only when there is no other).
    private func publicationDate(metadata: Extracted<String>?, modified: Extracted<String>?,
                                 printed: VisibleDateFinder.Found?) -> Extracted<String>? {
        guard let metadata else {
            // A date printed by the headline is the article's; the first `<time>` of the page may be a sidebar's.
            if let printed, printed.isNear, !printed.isUpdate { return printed.date }
            return timeElement() ?? printed?.date
        }
        guard let printed, !printed.isUpdate, printed.isNear, let shown = context.dateParser.parse(printed.date.value),
              let stated = context.dateParser.parse(metadata.value), !Self.sameDay(shown, stated) else { return metadata }
        if let modified = modified.flatMap({ context.dateParser.parse($0.value) }), Self.sameDay(shown, modified) {
            return metadata
        }
        // "09.10.2024" reads either way round; when the other reading is the metadata's day, they agree.
        if let swapped = Self.otherReading(of: printed.date.value).flatMap({ context.dateParser.parse($0) }),
           Self.sameDay(swapped, stated) {
            return metadata
        }
        return printed.date
    }

    /// The other reading of an all-numeric day and month that could be either ("03/10/2023":
    /// 3 October or 10 March), as `YYYY-MM-DD` of the reading the parser did not take; `nil`
    /// when the date is not ambiguous.
    static func otherReading(of text: String) -> String? {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).map(String.init)
        let separators = text.filter { !$0.isNumber && !$0.isWhitespace }
        guard numbers.count == 3, separators.count == 2, Set(separators).count == 1, "./-".contains(separators.first!),
              numbers[2].count == 4, let first = Int(numbers[0]), let second = Int(numbers[1]), let year = Int(numbers[2]),
              (1...12).contains(first), (1...12).contains(second), first != second else { return nil }
        // The parser reads dots and dashes as day.month and slashes as month/day.
        let (month, day) = separators.first == "/" ? (second, first) : (first, second)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// A date written with slashes that reads either way round ("05/10/2018"), read day first
    /// when the page's language writes dates that way. The parser reads slashes month first, as
    /// the United States does; nearly every other language puts the day first.
    private func readDayFirst(_ published: Extracted<String>?, language: String?) -> Extracted<String>? {
        guard let published, let language, Self.writesDayFirst(language),
              let rewritten = Self.slashDateReadDayFirst(published.value) else { return published }
        return Extracted(rewritten, provenance: published.provenance)
    }

    /// Whether a page in this language (`pt-BR`, `de`) writes an all-numeric date day first.
    /// English is left to the parser even where it writes the day first (Britain, India): an
    /// English tag is often a template's default (`en-GB` on a page that writes US dates), a
    /// wrong reading costs more than none. So are the languages that write the year first
    /// (Chinese, Japanese, Korean, Hungarian, Lithuanian, Persian) and Filipino, which writes
    /// the month first.
    static func writesDayFirst(_ language: String) -> Bool {
        let parts = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let primary = parts.first, primary.count >= 2, primary.count <= 3, primary.allSatisfy(\.isLetter)
        else { return false }
        return !["en", "zh", "ja", "ko", "hu", "lt", "fa", "fil", "tl"].contains(String(primary))
    }

    /// `text` with its first slashed date that reads either way round ("05/10/2018") rewritten
    /// as the day-first reading in `YYYY-MM-DD` ("2018-10-05"), the rest kept (a time, a label);
    /// `nil` when it holds no such date.
    static func slashDateReadDayFirst(_ text: String) -> String? {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices {
            let word = words[index]
            let core = word.drop(while: { !$0.isASCII || !$0.isNumber })
            let date = core.prefix(while: { ($0.isASCII && $0.isNumber) || $0 == "/" })
            let parts = date.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count),
                  (1...2).contains(parts[1].count), let day = Int(parts[0]), let month = Int(parts[1]),
                  (1...12).contains(day), (1...12).contains(month), day != month,
                  core.dropFirst(date.count).first.map({ !$0.isNumber && $0 != "/" }) ?? true else { continue }
            let reading = String(format: "%@-%02d-%02d", String(parts[2]), month, day)
            words[index] = String(word.prefix(word.count - core.count)) + reading + String(core.dropFirst(date.count))
            return words.joined(separator: " ")
        }
        return nil
    }

    /// The day the address files the page under (`/2025/12/18/slug`, `/2025-12-18-slug`), when
    /// the page gives no date, or gives one a time zone away from it: the address carries the
    /// site's own calendar day, while a time in another zone can fall on the next or previous one.
    private func filedDay(_ published: Extracted<String>?) -> Extracted<String>? {
        guard let day = Self.dayInPath(context.url), let filed = context.dateParser.parse(day) else { return published }
        let fromURL = Extracted(day, source: .heuristic, extractor: extractor, detail: "date in URL")
        guard let published else { return fromURL }
        // "03/10/2023" under /2023/october/03/: the address says which way round the page writes its dates.
        if Self.otherReading(of: published.value) == day { return fromURL }
        guard let stated = context.dateParser.parse(published.value), !stated.iso8601.hasPrefix(day),
              abs(stated.date.timeIntervalSince(filed.date)) <= 36 * 3600 else { return published }
        return fromURL
    }

    /// A full date in a URL's path as `YYYY-MM-DD`: `/2025/12/18/` (also with the month named,
    /// `/2023/october/03/`) or a segment opening with `2025-12-18`.
    static func dayInPath(_ url: URL?) -> String? {
        guard let path = url?.path else { return nil }
        let segments = path.split(separator: "/").map(String.init)
        let isNumber = { (text: String, length: ClosedRange<Int>) in
            length.contains(text.count) && text.allSatisfy { $0.isASCII && $0.isNumber }
        }
        let monthNumber = { (text: String) -> Int? in
            if isNumber(text, 1...2) { return Int(text) }
            return text.count >= 3 && text.allSatisfy({ $0.isASCII && $0.isLetter }) ? DateParser.month(named: text) : nil
        }
        for index in segments.indices where isNumber(segments[index], 4...4) && index + 2 < segments.count {
            let day = segments[index + 2]
            guard let m = monthNumber(segments[index + 1]), isNumber(day, 1...2), let d = Int(day),
                  (1...12).contains(m), (1...31).contains(d) else { continue }
            return String(format: "%@-%02d-%02d", segments[index], m, d)
        }
        for segment in segments where segment.count >= 10 {
            let head = Array(segment.prefix(10))
            guard head[4] == "-", head[7] == "-", String(head[0..<4] + head[5..<7] + head[8..<10]).allSatisfy(\.isNumber),
                  segment.count == 10 || !segment.dropFirst(10).first!.isNumber else { continue }
            return String(head)
        }
        return nil
    }

    /// Whether two dates are at most a day and a half apart, which time zones explain.
    static func sameDay(_ lhs: DateValue, _ rhs: DateValue) -> Bool {
        abs(lhs.date.timeIntervalSince(rhs.date)) <= 36 * 3600
    }

    private func title(siteName: String?) -> Extracted<String>? {
        let site = siteName?.lowercased()
        // An <h1> for screen readers only is no headline readers see (sites add one for search engines).
        // Its text leaves out what hides inside it, and a heading libxml2 nested in it where a browser
        // would have closed it ("<h1>Title<h3>Posted by …</h3>").
        let allHeadings = context.document.body?.descendantElements(named: "h1").prefix(3)
            .filter { !BoilerplateClassifier.isHiddenFromSight($0) }
            .map { $0.text(omitting: { $0.headingLevel != nil || BoilerplateClassifier.isHiddenFromSight($0) }) }
            .filter { !$0.isEmpty && $0.lowercased() != site } ?? []
        let social = metaField(["og:title", "twitter:title", "dc.title", "parsely-title"], field: .title)
        let documentTitle = context.document.title.map(decodeEntities)
        let others = [social?.value, documentTitle].compactMap { $0?.lowercased() }
        // Of several headings, one that is only the short part of the other titles ("… | Coast Times")
        // is the logo. (A lone heading may be that part on purpose: "Contact | Big Company Ltd".)
        let siteParts = Set(others.flatMap { Self.affixes(of: $0) })
        let headings = allHeadings.count < 2 ? allHeadings : allHeadings.filter { !siteParts.contains($0.lowercased()) }
        // The visible headline is what readers see; social titles are often rewritten for sharing.
        // Trust an <h1> the other titles contain (or that contains them) ...
        for heading in headings {
            let lower = heading.lowercased()
            if others.contains(where: { $0.contains(lower) || lower.contains($0) }) {
                return Extracted(heading, source: .selector, extractor: extractor, detail: "h1")
            }
        }
        // ... or one that shares enough words with them: an <h1> sharing none is a logo,
        // a section name or a teaser. Word tokens hold in every script.
        let otherWords = Set(others.flatMap { ShingleScorer.tokens($0) })
        for heading in headings {
            let words = Set(ShingleScorer.tokens(heading.lowercased()))
            guard !words.isEmpty else { continue }
            if otherWords.isEmpty || Double(words.intersection(otherWords).count) >= 0.3 * Double(words.count) {
                return Extracted(heading, source: .selector, extractor: extractor, detail: "h1")
            }
        }
        if let social { return Extracted(Self.mainPart(of: social.value), provenance: social.provenance) }
        if let documentTitle {
            return Extracted(Self.mainPart(of: documentTitle), source: .meta, extractor: extractor, detail: "title")
        }
        return headings.first.map { Extracted($0, source: .selector, extractor: extractor, detail: "h1") }
    }

    static let separators = [" | ", " — ", " – ", " - ", " :: ", " » ", " · ", " • "]

    /// The part a title appends after its main part, where sites put their name
    /// ("Headline | Site" → ["site"]); a leading part is more often the page's own name.
    static func affixes(of title: String) -> [String] {
        // Titles in ASCII are searched over bytes: there Foundation's search, which matches
        // canonically equivalent text, finds exactly what a byte search finds.
        let isASCII = title.utf8.allSatisfy { $0 < 0x80 }
        for separator in separators where isASCII ? TextSearch.contains(title, separator)
            : TextSearch.mayContainCanonically(title, separator) && title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingWhitespaces() }
            guard let last = parts.last, let longest = parts.max(by: { $0.count < $1.count }), last != longest,
                  !last.isEmpty else { continue }
            return [last]
        }
        return []
    }

    /// A document or social title without what a " | " adds to it (site, section, slogan):
    /// the first part, unless it is much shorter than another (then it is the site's name).
    static func mainPart(of title: String) -> String {
        let parts = title.components(separatedBy: "|").map { $0.trimmingWhitespaces() }
            .filter { !$0.isEmpty }
        guard parts.count > 1, let longest = parts.max(by: { $0.count < $1.count }) else { return title }
        return parts[0].count * 2 < longest.count ? longest : parts[0]
    }

    /// The first `<time>` element's date: its `datetime`, else the date it shows (the element
    /// marks a date by markup even where the page leaves out the machine-readable value).
    private func timeElement() -> Extracted<String>? {
        guard let body = context.document.body else { return nil }
        for node in body.descendants where node.hasTagName("time") {
            if let value = node.attribute("datetime"), !value.isEmpty {
                return Extracted(value, source: .selector, extractor: extractor, detail: "time[datetime]")
            }
            if let shown = node.text(maxUTF8Count: 80), !shown.isEmpty, context.dateParser.parse(shown) != nil {
                return Extracted(shown, source: .selector, extractor: extractor, detail: "time")
            }
        }
        return nil
    }

    // MARK: Sources

    private func metaField(_ names: [String], field: Field) -> Extracted<String>? {
        for name in names {
            if let value = context.meta(name) {
                let source: Provenance.Source = name.hasPrefix("og:") || name.hasPrefix("article:") ? .openGraph : .meta
                return Extracted(decodeEntities(value), source: source, extractor: extractor, detail: "meta[\(name)]")
            }
        }
        return nil
    }

    private func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&#039;", with: "'")
        // Numeric references left over after one decoding ("&#x26;", "&#8217;").
        while let start = result.range(of: "&#"), let end = result[start.upperBound...].firstIndex(of: ";"),
              result.distance(from: start.upperBound, to: end) <= 7 {
            let body = result[start.upperBound..<end]
            let value = body.first == "x" || body.first == "X" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
            guard let value, let scalar = Unicode.Scalar(value) else { break }
            result.replaceSubrange(start.lowerBound...end, with: String(Character(scalar)))
        }
        return result
    }
}
