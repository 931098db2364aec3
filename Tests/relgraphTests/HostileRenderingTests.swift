import Foundation
import FoundationXML
import Testing
import TestSupport

/// What relgraph writes from hostile text, checked in the files a user would open: the SVG of
/// `relgraph render` and the report.html of `relgraph scenario` parse as XML, carry the text
/// literally, and hold nothing active (no script, no event handler, no link but http(s)).
@Suite("Hostile text in pictures and reports, through the command line")
struct HostileRenderingTests {
    /// The hostile fixtures in a fresh folder, with a 10 KB label in place of LONG.
    func hostileFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let long = String(repeating: "0123456789", count: 1024)
        let model = try String(contentsOfFile: Fixture.path("hostile.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "label: LONG", with: "label: \"\(long)\"")
            .replacingOccurrences(of: "quote: \"LONG\"", with: "quote: \"\(long)\"")
        try model.write(toFile: folder.path("hostile.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Fixture.path("hostile-scenario.yaml"), toPath: folder.path("hostile-scenario.yaml"))
        return folder
    }

    @Test("relgraph render: well-formed SVG, the text literal, nothing active")
    func render() throws {
        let folder = try hostileFolder()
        let output = try CommandRunner.run(["render", "hostile.yaml", "--edge-labels", "-o", "h.svg"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        let document = try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: folder.path("h.svg"))))
        try Self.expectNothingActive(document, links: ["https://example.org/a?b=1&c='2'(x)'onmouseover='alert(1)", "HTTPS://example.org/UPPER"])
        let texts = try document.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        let all = texts.joined(separator: " ")
        #expect(texts.contains("<script>alert(1)</script>"))
        #expect(all.contains("Türkiye \"]; x -> y [ \\N \\G \\E \\\\ ]]> &amp; ctl"), "\(texts)")
        #expect(all.contains("עברית العربية 🇦🇿 emoji"))
        #expect(all.contains("</title><script>alert(2)</script>"))
        #expect(all.contains("\" onmouseover=\"alert(3)"))
        #expect(all.contains("label=<<b>html</b>>"))
        // Group names wrap in the legend, whole.
        #expect(all.contains("<b onclick=alert(1)>group</b> \"]; g -> h ["))
        // The 10 KB label wraps onto four lines on the node, the last cut short; its full text
        // is in no attribute either.
        let digits = texts.filter { $0.first?.isNumber == true && $0.allSatisfy { $0.isNumber || $0 == "…" } }
        #expect(digits.count == 4 && digits.last?.hasSuffix("…") == true && digits.allSatisfy { $0.count < 60 }, "\(digits)")
        let titles = try document.nodes(forXPath: "//*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles.contains { $0.contains("“a \"quoted\" <b>bold</b> & ]]> \\ quote\nwith a newline”") })
        #expect(titles.contains { $0.contains("<!-- comment --> <?php echo 1; ?>") })
        #expect(all.contains("Hostile <script>alert('t')</script> & \"quotes\" ]]> \\ back next line"))
    }

    @Test("the DOT relgraph hands Graphviz keeps hostile text inside its quotes")
    func dot() throws {
        let folder = try hostileFolder()
        let output = try CommandRunner.run(["render", "hostile.yaml", "--edge-labels", "--format", "dot", "-o", "-"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        // Injected DOT would add a node or an edge the model does not have: six actors, five ties.
        let edges = output.stdout.split(separator: "\n").filter { $0.contains(" -> ") && $0.contains("id=\"tie-") }
        #expect(edges.count == 5, "\(edges)")
        let actors = output.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") && $0.contains(" [id=\"actor-") }
        #expect(actors.map { $0.prefix(5) } == ["  \"A\"", "  \"B\"", "  \"C\"", "  \"D\"", "  \"E\""])
    }

    @Test("relgraph scenario: report.html is well-formed, carries title, description and hypothetical labels literally, and holds nothing active")
    func report() throws {
        let folder = try hostileFolder()
        let output = try CommandRunner.run(["scenario", "hostile-scenario.yaml"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        let html = try String(contentsOfFile: folder.path("out/hostile-scenario/report.html"), encoding: .utf8)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<iframe"))
        let document = try XMLDocument(xmlString: Self.xhtml(html))
        try Self.expectNothingActive(document, links: ["https://example.org/a?b=1&c='2'(x)'onmouseover='alert(1)", "HTTPS://example.org/UPPER"])
        let heading = try document.nodes(forXPath: "//*[local-name()='h1']").first?.stringValue
        #expect(heading == "Scenario: <script>alert('title')</script> \"]; x -> y [ ]]> & \u{202E}right-to-left 🇦🇿")
        let paragraphs = try document.nodes(forXPath: "//*[local-name()='p']").compactMap(\.stringValue)
        #expect(paragraphs.contains("<img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">click</a> data:text/html,<script>alert(3)</script>"))
        let body = try #require(document.rootElement()?.stringValue)
        for text in ["</blockquote><script>alert(4)</script>", "<svg/onload=alert(6)> \"]; X -> A [", "<iframe src=javascript:alert(5)>"] {
            #expect(body.contains(text), "report lacks \(text)")
        }
        // Hypothetical ties' labels are kept in effects.json (the pictures draw no edge labels).
        let effects = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path("out/hostile-scenario/effects.json")))) as? [String: Any])
        let json = String(decoding: try JSONSerialization.data(withJSONObject: effects), as: UTF8.self)
        #expect(json.contains("<\\/text><script>alert(7)<\\/script>") || json.contains("</text><script>alert(7)</script>"))
        #expect(json.contains("\\\" onclick=\\\"alert(8)"))
        // Every SVG written beside the report is well-formed and inert as well.
        for name in ["before.svg", "after.svg", "diff.svg", "actors.svg"] {
            let svg = try XMLDocument(data: Data(contentsOf: URL(fileURLWithPath: folder.path("out/hostile-scenario/" + name))))
            try Self.expectNothingActive(svg, links: nil)
        }
        let markdown = try String(contentsOfFile: folder.path("out/hostile-scenario/report.md"), encoding: .utf8)
        #expect(!markdown.contains("<script") && !markdown.contains("<img") && !markdown.contains("<iframe"))
    }

    @Test("a title that starts with % (cgraph's prefix for its own ids) still titles the SVG")
    func percentTitle() throws {
        let folder = try TemporaryFolder()
        let model = try String(contentsOfFile: Fixture.path("minimal.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "title: \"Two states\"", with: "title: \"%s%n%x 100%\"")
        try model.write(toFile: folder.path("m.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["render", "m.yaml", "-o", "-"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
        let document = try XMLDocument(data: output.stdoutBytes)
        let title = try document.nodes(forXPath: "//*[local-name()='g'][@id='graph0']/*[local-name()='title']").first?.stringValue
        // Before, Graphviz named the graph itself: "%3". The space keeps cgraph from doing so.
        #expect(title == " %s%n%x 100%")
    }

    @Test("javascript: and data: source URLs are refused when the model is read, so nothing is drawn")
    func badURLs() throws {
        let folder = try hostileFolder()
        for url in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", " javascript:x", "file:///etc/passwd", "//example.org/x"] {
            let model = try String(contentsOfFile: folder.path("hostile.yaml"), encoding: .utf8)
                .replacingOccurrences(of: "\"HTTPS://example.org/UPPER\"", with: "\"\(url)\"")
            try model.write(toFile: folder.path("bad.yaml"), atomically: true, encoding: .utf8)
            let output = try CommandRunner.run(["render", "bad.yaml", "-o", "bad.svg"], in: folder.url)
            #expect(output.status == 1, "\(url)")
            #expect(output.stderr.hasPrefix("bad.yaml:12:10: error: url '"), "\(url): \(output.stderr)")
            #expect(output.stderr.contains("is not an http or https address [invalid-url]"))
            #expect(!FileManager.default.fileExists(atPath: folder.path("bad.svg")))
        }
    }

    // MARK: - Checks

    /// No script or other active element, no `on…` attribute, every link absolute http(s);
    /// `links`, when given, is exactly the links expected.
    static func expectNothingActive(_ document: XMLDocument, links expected: [String]?) throws {
        let active = try document.nodes(forXPath: "//*[local-name()='script' or local-name()='foreignObject' or local-name()='iframe' or local-name()='object' or local-name()='embed' or local-name()='animate' or local-name()='set' or local-name()='style' and not(parent::*[local-name()='head'])]")
        #expect(active.isEmpty, "\(active.map { $0.xmlString.prefix(80) })")
        var links: [String] = []
        for attribute in try document.nodes(forXPath: "//@*") {
            let name = (attribute.localName ?? attribute.name ?? "").lowercased()
            let value = attribute.stringValue ?? ""
            #expect(!name.hasPrefix("on"), "event handler \(name)=\(value)")
            if name == "href" || name == "src" || name == "action" || name == "formaction" {
                let lower = value.lowercased()
                #expect(lower.hasPrefix("https://") || lower.hasPrefix("http://"), "link \(value)")
                links.append(value)
            }
            if name == "style" { #expect(!value.lowercased().contains("url("), "style \(value)") }
        }
        if let expected { #expect(Set(links) == Set(expected)) }
    }

    /// relgraph's HTML as XML: its only non-XML parts are the doctype and void elements.
    static func xhtml(_ html: String) throws -> String {
        var text = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let voids = try Regex("<(meta|br|img|hr|link|input)((?:\\s[^>]*?)?)\\s*/?>")
        text = text.replacing(voids) { match in "<\(match.output[1].substring ?? "")\(match.output[2].substring ?? "")/>" }
        return text
    }
}
