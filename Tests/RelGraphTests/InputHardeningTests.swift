import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// Issue 17, second round of hardening, the inputs: numbers, ids, URLs, files that are not
/// files, what a scenario's `graph:` may name, and validation that reports every problem.
/// Nothing here times anything; where work is at stake, it is counted.
@Suite("Hostile inputs, second round")
struct InputHardeningTests {
    /// The minimal model with one tie's weight written as `weight`.
    static func model(weight: String, kind: String = "cooperation") -> String {
        """
        relgraph: 1
        title: "Two states"
        as_of: 2024-01-01
        sources:
          - {id: s, title: "A source", date: 2024}
        actors:
          - {id: A, kind: state}
          - {id: B, kind: state}
        ties:
          - between: [A, B]
            kind: \(kind)
            weight: \(weight)
            cite: [{source: s, quote: "they cooperate"}]
        """
    }

    // MARK: - Numbers (items 7 and 8)

    @Test("a weight is a decimal number written plain: hexadecimal, tagged, quoted, nan, infinity and overflow are refused",
          arguments: ["0x1", "0x1p-1", "0x.8", "!!str 0.5", "!!float 0.5", "\"0.5\"", "'0.5'", "nan", ".nan", "inf", "-.inf", "infinity",
                      "1e400", "0o7", "0b1", "1_000", "0.5.1", "5e", "+", ".", "1 000"])
    func weightsRefused(_ weight: String) {
        let result = load(Self.model(weight: weight))
        #expect(result.codes == ["invalid-weight"], "\(weight): \(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.first?.position == TextPosition(line: 12, column: 13))
    }

    @Test("decimal weights in every notation are read as written", arguments: [
        ("0.5", 0.5), ("-1", -1), ("+0.25", 0.25), (".5", 0.5), ("1.", 1), ("5e-1", 0.5), ("2.5E-1", 0.25), ("-0.05", -0.05), ("1", 1),
    ])
    func weightsRead(_ weight: String, _ value: Double) throws {
        let result = load(Self.model(weight: weight))
        #expect(!result.hasErrors, "\(weight): \(result.diagnostics.map(\.description))")
        #expect(try #require(result.model).ties.first?.weight == value)
    }

    @Test("a weight of 0, or so small it shows as 0, is a warning at the weight; 0.005 is not", arguments: [
        ("0", true), ("-0", true), ("0.0", true), ("1e-320", true), ("0.004", true), ("-0.0049", true), ("1e-400", true),
        ("0.005", false), ("-0.005", false), ("0.01", false),
    ])
    func nearZero(_ weight: String, _ warned: Bool) {
        let result = load(Self.model(weight: weight, kind: "other"))
        #expect(!result.hasErrors)
        #expect(result.codes == (warned ? ["weight-near-zero"] : []), "\(weight)")
        if warned { #expect(result.diagnostics.first?.position == TextPosition(line: 12, column: 13)) }
    }

    @Test("a quoted or tagged number says how to write it; a hexadecimal one that relgraph reads decimal numbers only")
    func numberHints() {
        let quoted = load(Self.model(weight: "\"0.5\"")).diagnostics.first?.description
        #expect(quoted == "test.yaml:12:13: error: weight must be a number, found '0.5'; a number is written plain, without quotes or a tag [invalid-weight]")
        let hex = load(Self.model(weight: "0x1")).diagnostics.first?.description
        #expect(hex == "test.yaml:12:13: error: weight must be a number, found '0x1'; write a decimal number such as 0.5, -1 or 2e-3 (no hexadecimal, nan or infinity) [invalid-weight]")
        let word = load(Self.model(weight: "high")).diagnostics.first?.description
        #expect(word == "test.yaml:12:13: error: weight must be a number, found 'high' [invalid-weight]")
    }

    @Test("a scenario's weights and factors go through the same reader")
    func scenarioNumbers() {
        let scenario = """
        relgraph: 1
        title: t
        shocks:
          - set: {tie: A~B, weight: 0x.8}
          - scale: {tie: A~B, by: nan}
          - scale: {tie: A~B, by: 0x1p-1}
          - add: {between: [A, B], kind: cooperation, weight: !!str 0.5}
          - set: {tie: A~B, weight: -5e-1}
          - scale: {tie: A~B, by: 1.5}
        """
        let result = ScenarioLoader.load(scenario, path: "s.yaml")
        #expect(result.diagnostics.map(\.code) == ["invalid-weight", "invalid-value", "invalid-value", "invalid-weight"])
        #expect(result.diagnostics.map(\.position.line) == [4, 5, 6, 7])
        #expect(result.scenario?.shocks.count == 2)
    }

    @Test("the shared reader: decimal notation only, surrounding blanks allowed, overflow refused, underflow zero")
    func decimalNumber() {
        #expect(DecimalNumber.parse(" -0.25 ") == -0.25)
        #expect(DecimalNumber.parse("1E+2") == 100)
        #expect(DecimalNumber.parse("1e-400") == 0)
        for text in ["", " ", "0x1", "0X1", "0x1p-1", "nan", "NaN", "inf", "+inf", "1e400", "1,5", "١", "0.5x", "- 1", "1e", "e1", "--1", "+-1"] {
            #expect(DecimalNumber.parse(text) == nil, "\(text)")
        }
    }

    // MARK: - Ids (item 6)

    static func model(actors: [String], ties: [String] = []) -> String {
        """
        relgraph: 1
        title: "Ids"
        as_of: 2024-01-01
        sources:
          - {id: s, title: "A source", date: 2024}
        actors:
        \(actors.map { "  - {id: \($0), kind: state}" }.joined(separator: "\n"))
        ties:
        \(ties.map { "  - {between: [\($0)], kind: cooperation, weight: 0.5, cite: [{source: s, quote: \"q\"}]}" }.joined(separator: "\n"))
        """
    }

    @Test("ids that differ only in letter case are an error at the second, as the command line cannot tell them apart")
    func caseDuplicates() {
        let result = load(Self.model(actors: ["abc", "ABC", "x"], ties: ["abc, x", "ABC, x"]))
        #expect(result.codes == ["duplicate-id"], "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.first?.description
                == "test.yaml:8:5: error: actor id 'ABC' differs from 'abc' (line 7) only in letter case; the command line and scenarios find ids whatever their case, so the two cannot be told apart: rename one [duplicate-id]")
        let sources = load("""
        relgraph: 1
        title: t
        as_of: 2024
        sources:
          - {id: Memo, title: a, date: 2024}
          - {id: memo, title: b, date: 2024}
        actors: [{id: A, kind: state}]
        """)
        #expect(sources.codes.contains("duplicate-id"))
    }

    @Test("a scenario may not add an actor whose id differs from one of the model's only in letter case")
    func addedActorCase() throws {
        let model = try #require(load(Self.model(actors: ["abc", "x"], ties: ["abc, x"])).model)
        let scenario = Scenario(path: "s.yaml", title: "t", shocks: [Shock(.addActor(id: "ABC", kind: .state, label: nil, group: nil), origin: .file(TextPosition(line: 3, column: 5)))])
        let (plan, diagnostics) = ScenarioPlan.make(scenario, model: model)
        #expect(plan == nil)
        #expect(diagnostics.map(\.description) == ["s.yaml:3:5: error: actor id 'ABC' is already used [duplicate-id]"])
    }

    @Test("ids that look alike in different scripts are a warning; an id mixing Latin with a look-alike letter is too")
    func confusableIDs() {
        // Cyrillic а (U+0430) in the second, Greek Ο (U+039F) in the fourth.
        let result = load(Self.model(actors: ["Azerbaijan", "Azerb\u{430}ijan", "OTS", "\u{39F}TS"], ties: ["Azerbaijan, OTS", "Azerb\u{430}ijan, \u{39F}TS"]))
        #expect(result.codes == ["confusable-id", "confusable-id"], "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.first?.message == "actor id 'Azerb\u{430}ijan' looks like 'Azerbaijan' (line 7) but is different text: 'а' (U+0430, Cyrillic) is not a Latin letter")
        #expect(result.diagnostics.map(\.position.line) == [8, 10])
        let mixed = load(Self.model(actors: ["Bak\u{443}", "Ereván"], ties: ["Bak\u{443}, Ereván"]))
        #expect(mixed.diagnostics.map(\.message) == ["actor id 'Bakу' mixes Latin letters with 'у' (U+0443, Cyrillic), which looks like Latin 'y'"])
        // One script throughout, and letters with accents, are no one's look-alikes.
        #expect(load(Self.model(actors: ["Москва", "Baku", "Türkiye", "Turkiye"], ties: ["Москва, Baku", "Türkiye, Turkiye"])).diagnostics.isEmpty)
        #expect(Confusables.skeleton("ВRICS") == Confusables.skeleton("brics"))
        #expect(Confusables.skeleton("Ａｚｅｒｉ") == "azeri")
    }

    // MARK: - Every problem of a node (item 21)

    @Test("a citation with an unknown source and an empty quote reports both")
    func citationProblems() {
        let marked = MarkedText("""
        relgraph: 1
        title: t
        as_of: 2024
        sources: [{id: s, title: a, date: 2024}]
        actors: [{id: A, kind: state}, {id: B, kind: state}]
        ties:
          - between: [A, B]
            kind: cooperation
            weight: 0.5
            cite:
              - {source: s, quote: "fine"}
              - {source: ⟪unknown-source⟫nowhere, quote: ⟪empty-quote⟫""}
        """)
        let result = load(marked.text)
        #expect(result.diagnostics.map { MarkedText.Mark(code: $0.code, line: Int($0.position.line), column: Int($0.position.column)) } == marked.marks)
        // The model (with errors) keeps no citation without a quote.
        #expect(result.model?.ties.first?.citations.count == 1)
    }

    @Test("a tie whose weight or kind cannot be read is still checked for its actors, sources and dates, then left out")
    func tieProblems() throws {
        let marked = MarkedText("""
        relgraph: 1
        title: t
        as_of: 2024
        sources: [{id: s, title: a, date: 2024}, {id: only-here, title: b, date: 2024}]
        actors: [{id: A, kind: state}, {id: B, kind: state}, {id: C, kind: state, since: 2020}]
        ties:
          - between: [A, B]
            kind: cooperation
            weight: 0.5
            cite: [{source: s, quote: "fine"}]
          - between: [A, ⟪unknown-actor⟫Bee]
            kind: cooperation
            weight: ⟪weight-out-of-range⟫2
            cite: [{source: ⟪unknown-source⟫nowhere, quote: "q"}]
          - between: [A, C]
            kind: ⟪unknown-kind⟫allyance
            weight: 0.5
            since: ⟪outside-actor-validity⟫2010
            cite: [{source: only-here, quote: "q"}]
          - kind: cooperation
            weight: ⟪invalid-weight⟫x
            since: 2024
            until: ⟪until-before-since⟫2023
            cite: [{source: ⟪unknown-source⟫elsewhere, quote: "q"}]
        ⟪missing-key⟫
        """)
        let result = load(marked.text)
        let found = result.diagnostics.map { MarkedText.Mark(code: $0.code, line: Int($0.position.line), column: Int($0.position.column)) }
        // The last tie has no ends: `missing-key` is at its start, which the marker cannot sit on.
        let expected = marked.marks.filter { $0.code != "missing-key" } + [MarkedText.Mark(code: "missing-key", line: 20, column: 5)]
        #expect(Set(found) == Set(expected), "\(result.diagnostics.map(\.description))")
        #expect(found.count == expected.count)
        // Not "source only-here is not cited", not "C has no ties": the unread tie still counts for both.
        #expect(!result.codes.contains("unused-source"))
        #expect(!result.codes.contains("isolated-actor"))
        #expect(try #require(result.model).ties.count == 1)
    }

    @Test("a shock's tie and its weight are both judged: two problems, two findings")
    func shockProblems() {
        let result = ScenarioLoader.load("""
        relgraph: 1
        title: t
        shocks:
          - set: {tie: A-B, weight: 7}
          - scale: {tie: A~B:allyance, by: twice}
        """, path: "s.yaml")
        #expect(result.diagnostics.map(\.code) == ["malformed-tie", "weight-out-of-range", "unknown-kind", "invalid-value"])
    }

    // MARK: - URLs (item 17)

    static func model(url: String) -> String {
        """
        relgraph: 1
        title: t
        as_of: 2024
        sources:
          - id: s
            title: a
            date: 2024
            url: \(url)
        actors: [{id: A, kind: state}, {id: B, kind: state}]
        ties: [{between: [A, B], kind: cooperation, weight: 0.5, cite: [{source: s, quote: q}]}]
        """
    }

    @Test("a source URL may hold only RFC 3986's characters: the breakout characters are refused at the url, with the character named",
          arguments: [#""https://x/<img/src=x/onerror=alert%281%29><script>x</script>\\""#, #""https://x/a\"b""#, #""https://x/a b""#,
                      #""https://x/a\\""#, #""https://x/{a}""#, #""https://x/a|b""#, #""https://x/a^b""#, #""https://x/a`b""#,
                      #""https://x/a\tb""#, #""https://x/a\u001Bb""#, #""https://x/%zz""#, #""https://x/a%""#, #""https://x/Баку""#])
    func strictURLs(_ url: String) {
        let result = load(Self.model(url: url))
        #expect(result.codes == ["invalid-url"], "\(url): \(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.first?.position == TextPosition(line: 8, column: 10))
        #expect(result.diagnostics.first?.message.contains("which a web address cannot hold (RFC 3986)") == true)
    }

    @Test("an address with letters beyond ASCII gets its percent-encoded form as the hint; RFC 3986's own characters all pass")
    func urlHints() {
        let hint = load(Self.model(url: "https://hy.wikipedia.org/wiki/Բաքու")).diagnostics.first?.hint
        #expect(hint == "write it percent-encoded: https://hy.wikipedia.org/wiki/%D4%B2%D5%A1%D6%84%D5%B8%D6%82")
        let full = "https://user@example.org:8080/a-b._~/c;d=e?f=g&h=%20+i*j!k$l'm(n),o#p[q]@r/s"
        #expect(load(Self.model(url: "\"\(full)\"")).diagnostics.isEmpty)
        #expect(WebAddress.percentEncoded(full) == "https://user@example.org:8080/a-b._~/c;d=e?f=g&h=%20+i*j!k$l'm%28n%29,o#p[q]@r/s")
        #expect(WebAddress.percentEncoded("https://x/a b<c>\"d\\e)") == "https://x/a%20b%3Cc%3E%22d%5Ce%29")
    }

    // MARK: - Files (items 10 and 18)

    @Test("/dev/zero and other devices are refused before a byte is read; so is a FIFO, without waiting for a writer")
    func notRegularFiles() throws {
        var bytesRead = -1
        var message = ""
        do throws(InputError) { _ = try FileInput.read("/dev/zero", bytesRead: &bytesRead) } catch { message = error.description }
        #expect(message == "/dev/zero: error: is a character device, not a regular file; relgraph reads only regular files")
        #expect(bytesRead == 0)
        let folder = try TemporaryFolder()
        let fifo = folder.path("pipe.yaml")
        #expect(mkfifo(fifo, 0o600) == 0)
        // No writer ever opens it: reading it would wait forever, opening it too.
        do throws(InputError) { _ = try FileInput.read(fifo, bytesRead: &bytesRead) } catch { message = error.description }
        #expect(message == "\(fifo): error: is a pipe (FIFO), not a regular file; relgraph reads only regular files")
        #expect(bytesRead == 0)
    }

    @Test("a file that is not a mapping of keys to values is named, never quoted")
    func notYAMLShaped() {
        let secret = "root:$6$salt$hash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n"
        for what in ["model", "scenario"] {
            let result = what == "model" ? ModelLoader.load(secret, path: "m.yaml").diagnostics : ScenarioLoader.load(secret, path: "m.yaml").diagnostics
            #expect(result.map(\.description) == ["m.yaml:1:1: error: not a relgraph \(what): none of its 2 top-level keys is one a \(what) has; a \(what) starts with 'relgraph: 1' (docs/format.md) [wrong-type]"])
        }
        #expect(load("root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\n").diagnostics.map(\.description)
                == ["test.yaml:1:1: error: expected the model as a mapping of keys to values, found text [wrong-type]"])
        // A model that forgot `relgraph: 1` is still a model: its findings quote it as usual.
        #expect(load("title: t\nas_of: 2024\nsources: []\nactors: []\ncolour: blue\n").codes == ["missing-key", "unknown-key"])
        #expect(load("- a\n- b\n").diagnostics.map(\.message) == ["expected the model as a mapping of keys to values, found a list"])
    }

    @Test("a scenario's graph: must stay inside its project (its repository, else its folder) unless allowed")
    func graphInsideProject() throws {
        let folder = try TemporaryFolder()
        let root = ProjectBoundary.resolved(folder.url.path)
        try FileManager.default.createDirectory(atPath: root + "/project/scenarios", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/project/graphs", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/project/scenarios/out.yaml", withDestinationPath: "/etc/hostname")
        let scenario = root + "/project/scenarios/s.yaml"
        func codes(_ graph: String, allowed: Bool = false) -> [String] {
            ScenarioLoader.load("relgraph: 1\ntitle: t\ngraph: \(graph)\nshocks: [{remove: A}]\n", path: scenario, graphAnywhere: allowed).diagnostics.map(\.code)
        }
        // Without a repository, the scenario's folder is the project.
        #expect(codes("m.yaml") == [])
        #expect(codes("sub/../m.yaml") == [])
        #expect(codes("../graphs/m.yaml") == ["graph-outside"])
        #expect(codes("/etc/shadow") == ["graph-outside"])
        #expect(codes("out.yaml") == ["graph-outside"], "a link out of the tree")
        #expect(codes("../../../../../../../../etc/passwd") == ["graph-outside"])
        #expect(codes("/etc/shadow", allowed: true) == [])
        // In a repository, its root is.
        try FileManager.default.createDirectory(atPath: root + "/project/.git", withIntermediateDirectories: true)
        #expect(codes("../graphs/m.yaml") == [])
        #expect(codes("../../elsewhere.yaml") == ["graph-outside"])
        let message = ScenarioLoader.load("relgraph: 1\ntitle: t\ngraph: /etc/shadow\nshocks: [{remove: A}]\n", path: scenario).diagnostics.first?.description
        #expect(message == "\(scenario):3:8: error: graph '/etc/shadow' lies outside the scenario's project (\(root)/project); keep the model inside it, or add --allow-outside to read it anyway [graph-outside]")
    }

    // MARK: - The default model (item 19)

    @Test("the default model is looked for up to the repository's root, else the home folder, else in the current folder only")
    func defaultModelBoundary() throws {
        let folder = try TemporaryFolder()
        let root = ProjectBoundary.resolved(folder.url.path)
        let none: (String) -> String? = { _ in nil }
        let deep = root + "/shared/work/sub"
        try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/shared/graphs", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: root + "/shared/" + DefaultModel.relativePath, contents: Data())
        let planted = root + "/shared/" + DefaultModel.relativePath
        // Planted in a shared parent, outside any repository and any home folder: not used.
        #expect(DefaultModel.locate(environment: none, from: deep, home: nil) == nil)
        #expect(DefaultModel.locate(environment: none, from: deep, home: "/nonexistent-home") == nil)
        // A home folder above: searched up to it, itself included.
        #expect(DefaultModel.find(environment: none, from: deep, home: root + "/shared") == DefaultModel.Location(path: planted, isAbove: true))
        #expect(DefaultModel.locate(environment: none, from: deep, home: root + "/shared/work") == nil)
        // A repository: up to its root, and no further, whatever the home folder.
        try FileManager.default.createDirectory(atPath: root + "/shared/work/.git", withIntermediateDirectories: true)
        #expect(DefaultModel.locate(environment: none, from: deep, home: root) == nil)
        try FileManager.default.removeItem(atPath: root + "/shared/work/.git")
        _ = FileManager.default.createFile(atPath: root + "/shared/.git", contents: Data("gitdir: elsewhere\n".utf8))
        #expect(DefaultModel.locate(environment: none, from: deep, home: nil) == planted)
        // In the current folder: by its short name, not "above".
        #expect(DefaultModel.find(environment: none, from: root + "/shared", home: nil) == DefaultModel.Location(path: DefaultModel.relativePath, isAbove: false))
    }
}

/// Item 9: reading an evidence document. Its time is `make bench`'s and the CHANGELOG's; here,
/// that the ASCII fast paths of the normalisation and the word index give, on random text,
/// exactly what the scalar-by-scalar versions gave (kept below as the reference).
@Suite("Evidence documents: fast paths, same results")
struct EvidenceFastPathTests {
    static let alphabet: [Unicode.Scalar] = ["a", "B", "7", " ", "\t", "\n", "\r", "\u{0B}", "\u{01}", "\u{7F}", "-", "\u{2014}", "\u{2013}", "\u{2026}",
                                             "\u{2019}", "\u{201C}", "`", "\u{00A0}", "\u{2009}", "\u{0085}", "\u{00AD}", "\u{200B}", "é", "e", "\u{0301}",
                                             "Ж", "٣", "²", ".", "_", "*", "[", "]", "(", ")", "'", "\""]

    static func randomText(_ random: inout SplitMix64) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<random.below(40) { scalars.append(alphabet[random.below(alphabet.count)]) }
        return String(scalars)
    }

    /// QuoteText.normalized before its fast paths.
    static func referenceNormalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        let composed = String(decoding: text._nfcCodeUnits, as: UTF8.self)
        for scalar in composed.unicodeScalars {
            let mapped: String
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: mapped = "'"
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: mapped = "\""
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0x002D: mapped = "-"
            case 0x2026: mapped = "..."
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            default:
                if scalar.properties.isWhitespace || scalar.value < 0x20 {
                    pendingSpace = true
                    continue
                }
                mapped = String(scalar)
            }
            if mapped == "-" {
                pendingSpace = false
                if out.last == "-" { continue }
                out.append("-")
                continue
            }
            if pendingSpace && !out.isEmpty && out.last != "-" { out.append(" ") }
            pendingSpace = false
            for mappedScalar in mapped.unicodeScalars { out.append(mappedScalar) }
        }
        return String(out)
    }

    /// EvidenceText.words before its fast paths: (key, start, end).
    static func referenceWords(_ scalars: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        var start: Int?
        for (index, scalar) in scalars.enumerated() {
            let inWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if inWord && start == nil { start = index }
            if !inWord, let begin = start {
                words.append("\(String(String.UnicodeScalarView(scalars[begin..<index])).lowercased()) \(begin) \(index)")
                start = nil
            }
        }
        if let begin = start { words.append("\(String(String.UnicodeScalarView(scalars[begin...])).lowercased()) \(begin) \(scalars.count)") }
        return words
    }

    @Test("normalisation and the word index agree with the reference on 20,000 random texts")
    func randomTexts() {
        var random = SplitMix64(seed: 0xE71D)
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            let normalized = QuoteText.normalized(text)
            #expect(normalized == Self.referenceNormalized(text), "\(text.debugDescription)")
            let scalars = Array(normalized.unicodeScalars)
            #expect(EvidenceText.words(in: scalars).map { "\($0.key) \($0.start) \($0.end)" } == Self.referenceWords(scalars), "\(normalized.debugDescription)")
        }
    }

    @Test("the Markdown scanners' character classes: ASCII fast paths, Unicode's answers")
    func characterClasses() {
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            let category = scalar.properties.generalCategory
            let word = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber, .letterNumber, .otherNumber].contains(category)
            #expect(MarkdownInlineMarkup.isWord(scalar) == word, "\(value)")
            #expect(MarkdownInlineMarkup.isRegexSpace(scalar) == scalar.properties.isWhitespace, "\(value)")
            #expect(EvidenceText.isWordScalar(scalar) == (scalar.properties.isAlphabetic || scalar.properties.numericType != nil), "\(value)")
        }
    }
}
