import Foundation
import Testing
import TestSupport

/// Issue 17, second round, replayed from outside as the issue reported each item: the built
/// `relgraph`, hostile files, the command line. No test times anything; the two FIFO tests run
/// under `timeout` only so that, were opening a FIFO to block again, they would fail instead
/// of hanging the suite.
@Suite("Hostile inputs, second round, as a user meets them")
struct InputHardeningCommandTests {
    /// A folder holding `m.yaml`, three actors tied in a chain, with `title`, `label` and
    /// `quote` written as given (YAML double-quoted text, escapes allowed).
    func folder(title: String = "Plain", label: String = "Alpha", quote: String = "they cooperate",
                ids: [String] = ["A", "B", "C"], url: String? = nil) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let model = """
            relgraph: 1
            title: "\(title)"
            as_of: 2024-01-01
            sources:
              - {id: s, title: "A source", date: 2024\(url.map { ", url: \"\($0)\"" } ?? "")}
            actors:
              - {id: \(ids[0]), label: "\(label)", kind: state}
              - {id: \(ids[1]), kind: state}
              - {id: \(ids[2]), kind: state}
            ties:
              - {between: [\(ids[0]), \(ids[1])], kind: cooperation, weight: 0.6, cite: [{source: s, quote: "\(quote)"}]}
              - {between: [\(ids[1]), \(ids[2])], kind: cooperation, weight: 0.5, cite: [{source: s, quote: "\(quote)"}]}
            """
        try model.write(toFile: folder.path("m.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    // MARK: - Item 7: one number reader for the command line and files

    @Test("--scale, --set and --add take decimal numbers only: nan, inf and hexadecimal are usage errors", arguments: [
        ["--scale", "A~B:cooperation=nan"], ["--scale", "A~B:cooperation=inf"], ["--scale", "A~B=-inf"], ["--scale", "A~B=0x1p-1"],
        ["--set", "A~B=0x.8"], ["--set", "A~B=nan"], ["--add", "A~C cooperation 0x1"], ["--add", "A~C cooperation nan"],
    ])
    func flagNumbers(_ flags: [String]) throws {
        let folder = try folder()
        let output = try CommandRunner.run(["scenario", "--graph", "m.yaml"] + flags, in: folder.url)
        #expect(output.status == 2, "\(flags): \(output.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    @Test("a decimal factor still works on the command line")
    func flagNumberRead() throws {
        let folder = try folder()
        let output = try CommandRunner.run(["scenario", "--graph", "m.yaml", "--scale", "A~B=5e-1", "--json"], in: folder.url)
        #expect(output.status == 0, "\(output.stderr)")
    }

    // MARK: - Item 10: FIFOs and devices

    @Test("a FIFO as an evidence document is refused at once, named, and its source's quotes are not checked")
    func fifoEvidence() throws {
        let folder = try folder()
        try FileManager.default.createDirectory(atPath: folder.path("docs"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.path("docs/s.txt"), 0o600) == 0)
        let output = try CommandRunner.run(["-c", "timeout 60 \(CommandRunner.executable.path) check --evidence docs m.yaml"], in: folder.url, shell: true)
        #expect(output.status == 1, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("docs/s.txt: error: is a pipe (FIFO), not a regular file; relgraph reads only regular files [evidence-unreadable]"))
    }

    @Test("a FIFO or /dev/zero as a scenario's graph is refused at once, without a byte read")
    func fifoGraph() throws {
        let folder = try folder()
        #expect(mkfifo(folder.path("pipe.yaml"), 0o600) == 0)
        try "relgraph: 1\ntitle: t\ngraph: pipe.yaml\nshocks: [{remove: A}]\n".write(toFile: folder.path("s.yaml"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["-c", "timeout 60 \(CommandRunner.executable.path) scenario s.yaml"], in: folder.url, shell: true)
        #expect(output.status == 1, "\(output.stderr)")
        #expect(output.stderr.contains("pipe.yaml: error: is a pipe (FIFO), not a regular file"))
        let zero = try CommandRunner.run(["check", "--allow-outside", "/dev/zero"], in: folder.url)
        #expect(zero.stdout == "/dev/zero: error: is a character device, not a regular file; relgraph reads only regular files\n")
    }

    // MARK: - Item 16: terminal escapes

    /// ESC, BEL, NUL, C1 CSI, a bidirectional override: what a terminal must never receive raw.
    static let hostileTitle = #"T \e]0;pwned\a \e[2J \0 \x9B31m \u202Eevil"#
    static let hostileLabel = #"Al\e[8mpha\e[0m"#
    static let hostileQuote = #"see \e]8;;https://evil.example\e\\here\e]8;;\e\\ now"#

    static func expectClean(_ text: String, _ what: String) {
        for bad: Unicode.Scalar in ["\u{1B}", "\u{07}", "\u{00}", "\u{9B}", "\u{202E}"] {
            #expect(!text.unicodeScalars.contains(bad), "\(what): U+\(String(bad.value, radix: 16)) in \(text.debugDescription)")
        }
    }

    @Test("metrics, path, check and scenario print titles, labels and quotes with every escape neutralised")
    func terminalEscapes() throws {
        let folder = try folder(title: Self.hostileTitle, label: Self.hostileLabel, quote: Self.hostileQuote)
        try "relgraph: 1\ntitle: \"\(Self.hostileTitle)\"\ngraph: m.yaml\nshocks: [{cut: A~B}]\n".write(toFile: folder.path("s.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["metrics", "m.yaml"], ["path", "A", "C", "m.yaml"], ["check", "m.yaml"], ["check", "s.yaml"], ["scenario", "s.yaml"],
                          ["render", "m.yaml", "-o", "m.svg"], ["sources", "m.yaml", "--format", "markdown", "-o", "refs.md"]] {
            let output = try CommandRunner.run(arguments, in: folder.url)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            Self.expectClean(output.stdout + output.stderr, "\(arguments)")
        }
        let path = try CommandRunner.run(["path", "A", "C", "m.yaml"], in: folder.url)
        #expect(path.stdout.contains("Al\u{FFFD}[8mpha\u{FFFD}[0m"), "each escape is shown as U+FFFD, the rest of the text kept")
    }

    @Test("a file written to standard output keeps its text for a pipe, and is sanitised for a terminal")
    func filesOnATerminal() throws {
        let folder = try folder(label: Self.hostileLabel)
        let piped = try CommandRunner.run(["metrics", "m.yaml", "--format", "csv"], in: folder.url)
        #expect(piped.status == 0)
        #expect(piped.stdout.contains("Al\u{1B}[8mpha"), "a pipe gets the file as written")
        // `script` gives relgraph a terminal for standard output.
        let command = "\(CommandRunner.executable.path) metrics m.yaml --format csv && \(CommandRunner.executable.path) metrics m.yaml"
        let terminal = try CommandRunner.run(["-c", "script -qec '\(command)' /dev/null"], in: folder.url, environment: ["NO_COLOR": "1"], shell: true)
        #expect(terminal.status == 0, "\(terminal.stderr)")
        #expect(terminal.stdout.contains("Al\u{FFFD}[8mpha"))
        Self.expectClean(terminal.stdout, "on a terminal")
    }

    // MARK: - Item 17: Markdown link breakout

    @Test("the issue's source URL is refused by check at the url, before any report could write it")
    func breakoutURL() throws {
        let url = #"https://x/<img/src=x/onerror=alert%281%29><script>alert(1)</script>\\"#
        let folder = try folder(url: url)
        let output = try CommandRunner.run(["check", "m.yaml"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stdout.hasPrefix("m.yaml:5:49: error: url 'https://x/<img/src=x/onerror=alert%281%29><script>alert(1)</script>\\' holds '<', which a web address cannot hold (RFC 3986)"))
    }

    @Test("every link destination in report.md and the Markdown bibliography is percent-encoded where Markdown could end it")
    func markdownDestinations() throws {
        let folder = try folder(url: "https://example.org/wiki/Baku_(city)?q='x'&r=[1]")
        try "relgraph: 1\ntitle: t\ngraph: m.yaml\nshocks: [{cut: A~B}]\n".write(toFile: folder.path("s.yaml"), atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["scenario", "s.yaml"], in: folder.url).status == 0)
        let report = try String(contentsOfFile: folder.path("out/s/report.md"), encoding: .utf8)
        #expect(report.contains("](https://example.org/wiki/Baku_%28city%29?q='x'&r=[1])"), "\(report)")
        let bibliography = try CommandRunner.run(["sources", "m.yaml", "--format", "markdown"], in: folder.url)
        #expect(bibliography.stdout.contains("<https://example.org/wiki/Baku_%28city%29?q='x'&r=[1]>"))
    }

    // MARK: - Item 18: a scenario's graph

    @Test("graph: /etc/passwd is refused as outside the project; allowed, it is named as not a model, never quoted")
    func graphOutside() throws {
        let folder = try folder()
        try "relgraph: 1\ntitle: t\ngraph: /etc/passwd\nshocks: [{remove: A}]\n".write(toFile: folder.path("s.yaml"), atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["check", "s.yaml"], in: folder.url)
        #expect(refused.status == 1)
        #expect(refused.stdout.hasPrefix("s.yaml:3:8: error: graph '/etc/passwd' lies outside the scenario's project"))
        let scenario = try CommandRunner.run(["scenario", "s.yaml"], in: folder.url)
        #expect(scenario.status == 1)
        #expect(scenario.stderr.contains("[graph-outside]"))
        let allowed = try CommandRunner.run(["check", "--allow-outside", "s.yaml"], in: folder.url)
        #expect(allowed.status == 1)
        #expect(allowed.stdout.hasPrefix("/etc/passwd:1:1: error: expected the model as a mapping of keys to values, found text [wrong-type]"))
        #expect(!allowed.stdout.contains("root:"), "\(allowed.stdout)")
    }

    // MARK: - Item 6: ids that differ only in case

    @Test("ids abc and ABC fail check --strict and every command, so --remove ABC can never remove abc")
    func caseIDs() throws {
        let folder = try folder(ids: ["abc", "ABC", "C"])
        let check = try CommandRunner.run(["check", "--strict", "m.yaml"], in: folder.url)
        #expect(check.status == 1)
        #expect(check.stdout.contains("m.yaml:8:5: error: actor id 'ABC' differs from 'abc' (line 7) only in letter case"))
        let scenario = try CommandRunner.run(["scenario", "--graph", "m.yaml", "--remove", "ABC"], in: folder.url)
        #expect(scenario.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
    }

    // MARK: - Items 22, 23, 24

    @Test("metrics --format csv guards a label a spreadsheet would run as a formula")
    func metricsFormula() throws {
        let folder = try folder(label: "=HYPERLINK(\\\"http://evil\\\")")
        let output = try CommandRunner.run(["metrics", "m.yaml", "--format", "csv"], in: folder.url)
        #expect(output.status == 0)
        #expect(output.stdout.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
    }

    @Test("a CSV row with more fields than the header is an error at the first extra field, and nothing is written")
    func csvExtraFields() throws {
        let folder = try TemporaryFolder()
        try "From,To,Type,Weight\r\nA,B,cooperation,0.5\r\nBaku, Azerbaijan,C,cooperation,0.5\r\nA,C,cooperation,0.4,,\r\n"
            .write(toFile: folder.path("ties.csv"), atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["import", "ties.csv", "-o", "m.yaml"], in: folder.url)
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("ties.csv:3:32: error: row 2 has 5 fields but the header names 4 columns; field 5 is beyond the last; quote a cell that holds a comma, or give the extra column a header [csv-syntax]\n"),
                "\(output.stderr)")
        #expect(output.stderr.components(separatedBy: "[csv-syntax]").count == 2, "empty cells beyond the header lose nothing")
        #expect(!FileManager.default.fileExists(atPath: folder.path("m.yaml")))
    }

    @Test("--every names its limit; one frame is 'frame'")
    func timelineWords() throws {
        let folder = try folder()
        let long = try CommandRunner.run(["timeline", "m.yaml", "--from", "2020", "--to", "2024", "--every", "1000000y"], in: folder.url)
        #expect(long.status == 2)
        #expect(long.stderr.contains("--every '1000000y' is longer than the longest interval, 100y (1200m)"))
        let overflow = try CommandRunner.run(["timeline", "m.yaml", "--from", "2020", "--to", "2024", "--every", "99999999999999999999m"], in: folder.url)
        #expect(overflow.stderr.contains("is longer than the longest interval"))
        let one = try CommandRunner.run(["timeline", "m.yaml", "--from", "2024", "--to", "2024", "--every", "1y", "--out", "t"], in: folder.url)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == "wrote t/ (1 frame, timeline.html)\n")
        #expect(try String(contentsOfFile: folder.path("t/timeline.html"), encoding: .utf8).contains("1 frame from"))
    }
}
