import Foundation
import Testing
import TestSupport

/// report.md as readers get it: through a real CommonMark/GFM renderer (`cmark-gfm`, the
/// Debian package `make test` installs), not through our own reading of the syntax.
@Suite("report.md through cmark-gfm")
struct ReportMarkdownRenderingTests {
    /// The renderer's path, when it is installed.
    static let renderer: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/cmark-gfm" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The elements a GFM report may produce: anything else came from raw HTML.
    static let allowedElements: Set<String> = [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td",
        "img", "em", "strong", "code", "a", "br",
    ]

    /// Renders `file` with GitHub's extensions; `unsafe` lets raw HTML through, so that any
    /// raw HTML in the Markdown shows up as an element outside `allowedElements`.
    func render(_ file: String, unsafe: Bool) throws -> String {
        let renderer = try #require(Self.renderer)
        let arguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink"] + (unsafe ? ["--unsafe"] : []) + [file]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: renderer)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }

    /// Checks one written report folder: tables are tables, every image resolves, no raw HTML.
    func checkReport(in folder: String) throws {
        let markdownPath = folder + "/report.md"
        let markdown = try String(contentsOfFile: markdownPath, encoding: .utf8)
        let html = try render(markdownPath, unsafe: true)
        let safe = try render(markdownPath, unsafe: false)
        #expect(!safe.contains("raw HTML omitted"), "raw HTML in \(markdownPath)")

        let elements = Set(Self.elementNames(in: html))
        #expect(elements.isSubset(of: Self.allowedElements), "elements from raw HTML: \(elements.subtracting(Self.allowedElements).sorted())")

        // Every table the Markdown writes (a delimiter row) becomes a table, and no row leaks
        // into a paragraph as literal pipes.
        let delimiterRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ---") || $0.hasPrefix("|---") }
        #expect(delimiterRows.count > 0)
        #expect(Self.count("<table>", in: html) == delimiterRows.count)
        #expect(!html.contains("<p>|"), "a table row rendered as text")

        // Every image resolves to a file beside the report, and every figure is an image.
        let sources = Self.attributes("src", of: "img", in: html)
        #expect(sources.count == Self.count("![", in: markdown))
        #expect(!sources.isEmpty)
        for source in sources {
            #expect(!source.contains("/") && !source.contains(":"), "image outside the folder: \(source)")
            #expect(FileManager.default.fileExists(atPath: folder + "/" + source), "missing image \(source)")
        }
    }

    @Test("a scenario's report.md: tables, images that exist, no raw HTML",
          .enabled(if: renderer != nil, "cmark-gfm is not installed: `make test` installs it (apt-get install cmark-gfm)"))
    func scenarioReport() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("caucasus-mini.yaml"), toPath: folder.path("m.yaml"))
        let output = try CommandRunner.run(["scenario", "--graph", "m.yaml", "--remove", "Russia-peacekeepers", "--draws", "50"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        try checkReport(in: folder.path("out/command-line-remove-russia-peacekeepers"))
    }

    @Test("a hostile scenario's report.md: markup in every name stays text",
          .enabled(if: renderer != nil, "cmark-gfm is not installed: `make test` installs it (apt-get install cmark-gfm)"))
    func hostileReport() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("hostile.yaml"), toPath: folder.path("hostile.yaml"))
        try FileManager.default.copyItem(atPath: Fixture.path("hostile-scenario.yaml"), toPath: folder.path("hostile-scenario.yaml"))
        let output = try CommandRunner.run(["scenario", "hostile-scenario.yaml", "--draws", "50"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        let reportFolder = folder.path("out/hostile-scenario")
        try checkReport(in: reportFolder)
        let html = try render(reportFolder + "/report.md", unsafe: true)
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:") || !Self.attributes("href", of: "a", in: html).contains { $0.hasPrefix("javascript:") })
    }

    @Test("a diff's report.md passes the same checks",
          .enabled(if: renderer != nil, "cmark-gfm is not installed: `make test` installs it (apt-get install cmark-gfm)"))
    func diffReport() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixture.path("caucasus-mini.yaml"), toPath: folder.path("m.yaml"))
        let output = try CommandRunner.run(["diff", "m.yaml", "--at", "2023-06-01", "--vs", "2025-09-01"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        try checkReport(in: folder.path("out/diff-m-2023-06-01-2025-09-01"))
    }

    // MARK: - Reading the renderer's HTML (its own, regular output)

    static func elementNames(in html: String) -> [String] {
        var names: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("/") || rest.hasPrefix("!") { continue }
            let name = rest.prefix { $0.isLetter || $0.isNumber }
            if !name.isEmpty { names.append(name.lowercased()) }
        }
        return names
    }

    static func attributes(_ attribute: String, of element: String, in html: String) -> [String] {
        var values: [String] = []
        for piece in html.components(separatedBy: "<\(element) ").dropFirst() {
            guard let start = piece.range(of: "\(attribute)=\""), let end = piece[start.upperBound...].firstIndex(of: "\"") else { continue }
            values.append(String(piece[start.upperBound ..< end]))
        }
        return values
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }
}
