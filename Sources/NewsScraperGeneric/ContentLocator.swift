import NewsScraperHTML

/// Finds the elements that hold the article body.
///
/// One walk of the page gathers, for every element, its text length, the
/// part of it inside links, and a paragraph score credited to its ancestors
/// (the approach of Readability, with scripts and punctuation of every
/// language counted). The best-scoring container, and those of its siblings
/// that look like content too, form the body.
struct ContentLocator {
    struct Stats {
        var textLength = 0
        var linkTextLength = 0
        var score = 0.0
        var paragraphs = 0
        var isChrome = false

        var linkDensity: Double { textLength == 0 ? 0 : Double(linkTextLength) / Double(textLength) }
    }

    let classifier = BoilerplateClassifier()
    private(set) var stats: [HTMLNode: Stats] = [:]

    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote", "li", "h2", "h3", "dd"]
    static let containerTags: Set<String> = ["div", "section", "article", "main", "td", "body", "span", "font", "center"]

    init(root: HTMLNode) {
        var stack: [(node: HTMLNode, stats: Stats, inLink: Bool)] = []
        var commas = 0
        root.walk { node, event in
            switch event {
            case .enter:
                if node.kind == .text {
                    guard !stack.isEmpty else { return .skipChildren }
                    let text = node.textContent
                    var length = 0
                    for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
                        length += 1
                        if scalar == "," || scalar == "،" || scalar == "，" || scalar == "、" || scalar == "。" { commas += 1 }
                    }
                    stack[stack.count - 1].stats.textLength += length
                    if stack[stack.count - 1].inLink { stack[stack.count - 1].stats.linkTextLength += length }
                    return .skipChildren
                }
                guard node.isElement else { return .skipChildren }
                let name = node.tagName
                if HTMLVocabulary.skippedForText.contains(name) { return .skipChildren }
                var entry = Stats()
                entry.isChrome = classifier.isChrome(node)
                let inLink = name == "a" || (stack.last?.inLink ?? false)
                stack.append((node, entry, inLink))
                return .descend
            case .leave:
                guard let top = stack.popLast() else { return .descend }
                var finished = top.stats
                let name = top.node.tagName
                if Self.paragraphTags.contains(name), finished.textLength >= 25, !finished.isChrome {
                    let base = 1.0 + Double(commas) + min(Double(finished.textLength) / 100.0, 3.0)
                    let credit = base * (1.0 - finished.linkDensity)
                    var level = 1.0
                    for index in stride(from: stack.count - 1, through: max(0, stack.count - 3), by: -1) {
                        stack[index].stats.score += credit / level
                        if level == 1 { stack[index].stats.paragraphs += 1 }
                        level += 1
                    }
                }
                if Self.paragraphTags.contains(name) { commas = 0 }
                if var parent = stack.popLast() {
                    parent.stats.textLength += finished.textLength
                    parent.stats.linkTextLength += finished.linkTextLength
                    stack.append(parent)
                }
                if finished.isChrome { finished.score = 0 }
                stats[top.node] = finished
                return .descend
            }
        }
    }

    /// The best container, judged by score and link density.
    func bestContainer() -> HTMLNode? {
        var best: (HTMLNode, Double)?
        for (node, entry) in stats where entry.score > 0 && !isInsideChrome(node) {
            let adjusted = entry.score * (1 - entry.linkDensity)
            if adjusted > (best?.1 ?? 0) { best = (node, adjusted) }
        }
        guard var node = best?.0 else { return nil }
        // A lone paragraph-like element (a list item, a cell) is not a body: climb to its container.
        while Self.paragraphTags.contains(node.tagName) || node.hasTagName("ul") || node.hasTagName("ol"),
              let parent = node.parent {
            node = parent
        }
        return node
    }

    /// The nodes that make up the body: the best container, plus siblings
    /// that score well or read as paragraphs of prose.
    func bodyNodes() -> [HTMLNode] {
        guard let best = bestContainer() else { return [] }
        guard let parent = best.parent, !best.hasTagName("body") else { return [best] }
        let bestScore = stats[best]?.score ?? 0
        let threshold = max(10, bestScore * 0.2)
        var nodes: [HTMLNode] = []
        for sibling in parent.childElements {
            if sibling == best { nodes.append(sibling); continue }
            guard let entry = stats[sibling], !entry.isChrome else { continue }
            if entry.score >= threshold && entry.linkDensity < 0.3 {
                nodes.append(sibling)
            } else if sibling.hasTagName("p"), entry.textLength > 80, entry.linkDensity < 0.25 {
                nodes.append(sibling)
            }
        }
        return nodes
    }

    func isInsideChrome(_ node: HTMLNode) -> Bool {
        var current: HTMLNode? = node
        while let element = current {
            if stats[element]?.isChrome == true { return true }
            current = element.parent
        }
        return false
    }

    /// Whether an element inside the body should be left out of it.
    func shouldSkip(_ node: HTMLNode) -> Bool {
        guard let entry = stats[node] else { return false }
        if entry.isChrome { return true }
        let name = node.tagName
        // Link lists (related stories, tag clouds) inside the body.
        if entry.textLength > 0, entry.linkDensity > 0.5, name != "p", name != "a", !name.hasPrefix("h") {
            return entry.textLength < 1000
        }
        return false
    }
}
