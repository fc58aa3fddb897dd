import Foundation
import Testing

/// The docs a user downloads stand on their own: README.md and docs/ name no file outside the
/// repository (`../shared`), and every relative Markdown link points at a file that exists.
@Suite struct DocsLinkTests {
    static var pages: [URL] {
        let root = CLI.packageRoot
        var urls = [root.appendingPathComponent("README.md")]
        if let walk = FileManager.default.enumerator(at: root.appendingPathComponent("docs"), includingPropertiesForKeys: nil) {
            for case let url as URL in walk where url.pathExtension == "md" { urls.append(url) }
        }
        return urls.sorted { $0.path < $1.path }
    }

    @Test func thereAreDocsToCheck() {
        let names = Set(Self.pages.map { $0.path.replacingOccurrences(of: CLI.packageRoot.path + "/", with: "") })
        for page in ["README.md", "docs/SPEC.md", "docs/INSTALL.md", "docs/zh/README.md", "docs/ERRORS.md"] {
            #expect(names.contains(page), "\(page) is missing")
        }
    }

    @Test func noPageNamesAFileOutsideTheRepository() throws {
        for page in Self.pages {
            let text = try String(contentsOf: page, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("../shared") || line.contains("/work/") {
                Issue.record("\(page.lastPathComponent):\(n + 1) names a file outside the repository: \(line)")
            }
        }
    }

    @Test func everyRelativeLinkResolves() throws {
        let link = try Regex(#"\]\(([^)\s]+)\)"#)
        var checked = 0
        for page in Self.pages {
            let text = try String(contentsOf: page, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for match in line.matches(of: link) {
                    let target = String(line[match.range]).dropFirst(2).dropLast()
                    if target.hasPrefix("http://") || target.hasPrefix("https://") || target.hasPrefix("mailto:")
                        || target.hasPrefix("#") || target.contains("{{")
                    { continue }
                    let path = String(target.split(separator: "#", maxSplits: 1).first ?? "")
                    let url = page.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                    checked += 1
                    #expect(
                        FileManager.default.fileExists(atPath: url.path),
                        "\(page.lastPathComponent):\(n + 1): the link \(target) points at nothing")
                    #expect(
                        url.path.hasPrefix(CLI.packageRoot.standardizedFileURL.path + "/"),
                        "\(page.lastPathComponent):\(n + 1): the link \(target) leaves the repository")
                }
            }
        }
        #expect(checked >= 10, "only \(checked) relative links found; is the pattern right?")
    }
}
