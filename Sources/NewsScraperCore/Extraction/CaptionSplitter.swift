/// Separates an image's caption from its credit. Caption holders often wrap
/// the credit too, and older pages write both as one text, "Caption © Credit".
public enum CaptionSplitter {
    public static func split(caption: String?, credit: String?) -> (caption: String?, credit: String?) {
        var caption = caption
        var credit = credit.map { trim($0) }
        if let text = caption, let known = credit, !known.isEmpty, let range = text.range(of: known, options: .backwards),
           text[range.upperBound...].allSatisfy(\.isWhitespace) {
            caption = String(text[..<range.lowerBound])
        } else if credit == nil, let text = caption, let mark = text.range(of: "©", options: .backwards) {
            caption = String(text[..<mark.lowerBound])
            credit = trim(String(text[mark.upperBound...]))
        }
        caption = caption.map { trim($0) }
        return (caption?.isEmpty == true ? nil : caption, credit?.isEmpty == true ? nil : credit)
    }

    private static func trim(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last.isWhitespace || last == "©" { result.removeLast() }
        while let first = result.first, first.isWhitespace || first == "©" { result.removeFirst() }
        return String(result)
    }
}
