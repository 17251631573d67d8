import Foundation
import Testing
@testable import NewsScraperCore

/// `BylineSplitter.segments`, which skips Foundation's search when no spaced slash is present,
/// against the splitting it stands in for.
struct BylineSplitterSegmentTests {
    /// The former implementation: every piece searched by Foundation, separators as a String.
    static func referenceSegments(_ text: String) -> [String] {
        text.split(whereSeparator: { "\n\r;|•·⋅∙●‧\u{2028}\u{2029}؛；｜".contains($0) })
            .flatMap { $0.components(separatedBy: " / ").flatMap { $0.components(separatedBy: " ／ ") } }
            .map { String($0) }
    }

    @Test func agreesWithFoundationSearch() {
        let texts = ["", " / ", "/", " /", "a / b", "a/b", "A  /  B", "By Jane Doe / Reuters", "by 山田太郎 ／ 2016.12.01",
                     "by 山田太郎／2016", "Reporting by A; Editing by B", "A | B • C · D", "x\r\ny", "x\ny\rz",
                     "Anna Müller / Berlin; Max", " / \u{0301}x", "a /\u{0301} b", "a ／\u{0301} b", "李 ／ 王 / 张",
                     "Jane Doe\u{2028}John Roe", "محمد علي ؛ أحمد", "a ／ ", " ／ b", "end /", "  / / /  "]
        for text in texts {
            #expect(BylineSplitter.segments(text) == Self.referenceSegments(text), "\(text)")
        }
    }
}
