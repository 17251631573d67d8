/// What an element means for readable text.
enum TextRole {
    /// Its text is read and runs on into its neighbours' (`<span>`, `<a>`).
    case inline
    /// Its start and end separate words (`<p>`, `<br>`, `<td>`).
    case separatesWords
    /// Its content is never readable text (`<script>`, `<style>`).
    case skipped

    init(tagName: String) {
        if HTMLVocabulary.skippedForText.contains(tagName) {
            self = .skipped
        } else if HTMLVocabulary.separatesWords.contains(tagName) {
            self = .separatesWords
        } else {
            self = .inline
        }
    }
}
