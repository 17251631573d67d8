// Registers the Daily Planet extractor next to the built-in ones and
// extracts a saved page:
//   swift run daily-planet-example Examples/CustomExtractor/Tests/Fixtures/daily-planet-story.html
import DailyPlanetExtractor
import Foundation
import NewsScraper

let arguments = CommandLine.arguments.dropFirst()
guard let path = arguments.first, let bytes = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("usage: daily-planet-example PAGE.html\n".utf8))
    exit(2)
}
do {
    var scraper = NewsScraper()
    scraper.register(try DailyPlanet.extractor())
    let url = URL(string: "https://www.dailyplanet.example/news/2025/03/14/metro-bridge-reopens")
    let article = try scraper.extract(bytes: bytes, url: url)
    print(article.title ?? "(no title)")
    print(article.authors.map(\.name).joined(separator: ", "), article.published?.iso8601 ?? "")
    print()
    print(article.text)
    for issue in article.validation.issues { print("[\(issue.severity)] \(issue.code): \(issue.message)") }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
