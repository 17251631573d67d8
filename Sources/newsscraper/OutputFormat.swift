import ArgumentParser

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, text, markdown
}
