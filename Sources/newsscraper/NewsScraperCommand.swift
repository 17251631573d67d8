import ArgumentParser
import Foundation

@main
struct NewsScraperCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsscraper",
        abstract: "Turns news pages into clean, validated, structured articles.",
        subcommands: [ExtractCommand.self, CrawlCommand.self]
    )

    /// Exit codes are part of the interface: 0 all inputs succeeded, 1 some
    /// failed, 2 the command line was wrong (ArgumentParser's own default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
            } else {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            }
            Foundation.exit(code == .success ? 0 : code == ExitCode(1) ? 1 : 2)
        }
    }
}
