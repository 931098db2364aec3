import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// Malformed and hostile model files: each gives one clear diagnostic, or loads as written,
/// with its work bounded by what the file holds (no test here times anything; load times of
/// large files are `make bench`'s). Alias bombs, flow nesting and plain binary are in
/// ModelLoaderDiagnosticsTests; these are the rest of the hostile-input list.
@Suite("Hostile model files")
struct HostileInputTests {
    let minimal = (try? Fixture.text("minimal.yaml")) ?? ""

    func load(_ bytes: [UInt8]) -> ModelLoader.Result { ModelLoader.load(bytes, path: "h.yaml") }

    @Test("one megabyte scalar aliased a thousand times is an alias bomb too, stopped at its second alias")
    func aliasedHugeScalar() {
        let big = String(repeating: "x", count: 1 << 20)
        let yaml = "relgraph: 1\ntitle: &big \(big)\nas_of: 2024\nsources: []\nactors: [" + Array(repeating: "*big", count: 1000).joined(separator: ", ") + "]\n"
        // 5:16 is the second `*big`: the reader stops there, having expanded the megabyte twice
        // (within the budget of twice the file), not a thousand times.
        #expect(load(Array(yaml.utf8)).diagnostics.map(\.description) == ["h.yaml:5:16: error: aliases expand this document past the size of the file (an alias bomb?) [alias-expansion]"])
    }

    @Test("block nesting past 64 levels is refused at the level that passes it")
    func deepBlockNesting() {
        var yaml = "relgraph: 1\nnote:\n"
        for level in 1...200 { yaml += String(repeating: " ", count: level) + "k\(level):\n" }
        let result = load(Array(yaml.utf8))
        #expect(result.diagnostics.map(\.description) == ["h.yaml:66:65: error: nesting deeper than 64 levels; a model is never this deep [too-deep]"])
        let dashes = load(Array(("relgraph: " + String(repeating: "- ", count: 100_000)).utf8))
        #expect(dashes.codes == ["yaml-syntax"] || dashes.codes == ["too-deep"])
        #expect(dashes.diagnostics.allSatisfy { $0.description.count < 300 })
    }

    @Test("a UTF-8 byte-order mark is accepted; UTF-16, with or without one, is named")
    func encodings() throws {
        #expect(load([0xEF, 0xBB, 0xBF] + Array(minimal.utf8)).diagnostics.isEmpty)
        #expect(load([0xEF, 0xBB, 0xBF]).codes == ["empty-file"])
        let le: [UInt8] = [0xFF, 0xFE] + minimal.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + minimal.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(load(le).diagnostics.map(\.description) == ["h.yaml:1:1: error: the file is UTF-16LE text; relgraph reads UTF-8: save it as UTF-8 [not-text]"])
        #expect(load(be).codes == ["not-text"])
        #expect(load(Array(le.dropFirst(2))).diagnostics.first?.message == "the file is UTF-16LE text; relgraph reads UTF-8: save it as UTF-8")
        #expect(load(Array(be.dropFirst(2))).diagnostics.first?.message == "the file is UTF-16BE text; relgraph reads UTF-8: save it as UTF-8")
    }

    @Test("a NUL byte, bad UTF-8, a lone continuation byte: not text, where they stand")
    func controlBytes() {
        let nul = Array(minimal.replacingOccurrences(of: "Two states", with: "Two\u{0}states").utf8)
        #expect(load(nul).diagnostics.map(\.description) == ["h.yaml:2:12: error: not readable as UTF-8 text: control characters are not allowed [not-text]"])
        let overlong = Array("relgraph: 1\ntitle: \"".utf8) + [0xC0, 0xAF] + Array("\"\n".utf8)
        #expect(load(overlong).codes == ["not-text"])
        #expect(load(overlong).diagnostics.first?.position == TextPosition(line: 2, column: 9))
        #expect(load(Array("a: ".utf8) + [0x80]).codes == ["not-text"])
        // An escaped NUL is text, not a byte: it loads, and whatever draws it drops it.
        let escaped = minimal.replacingOccurrences(of: "\"Two states\"", with: "\"Two\\0states\"")
        #expect(load(Array(escaped.utf8)).model?.title == "Two\u{0}states")
    }

    @Test("random bytes never crash and give one diagnostic")
    func randomBytes() {
        var generator = SplitMix64(seed: 0x5EED)  // relgraph generate's: the same bytes on every run
        for round in 0..<200 {
            let length = Int(generator.next() % 4096)
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let result = load(bytes)
            #expect(result.diagnostics.count == 1, "round \(round): \(result.diagnostics)")
        }
    }

    @Test("CR LF line breaks: positions count lines as an editor does")
    func crlf() {
        let yaml = "relgraph: 1\r\ntitle: x\r\nas_of: 2024\r\nsources: []\r\nactors: [}\r\n"
        #expect(load(Array(yaml.utf8)).diagnostics.map(\.description) == ["h.yaml:5:10: error: while parsing a flow node: did not find expected node content [yaml-syntax]"])
        let lonely = "relgraph: 1\rtitle: x\ras_of: 2024\rsources: []\ractors: [}\r"
        #expect(load(Array(lonely.utf8)).diagnostics.first?.position == TextPosition(line: 5, column: 10))
    }

    @Test("10 KB ids and keys give one short line each, not 10 KB lines")
    func longText() throws {
        let long = String(repeating: "Ab", count: 5000)
        let yaml = minimal.replacingOccurrences(of: "between: [A, B]", with: "between: [A, \(long)]")
            .replacingOccurrences(of: "relgraph: 1\n", with: "relgraph: 1\n? \(long)x\n: 1\n")
        let result = load(Array(yaml.utf8))
        #expect(result.codes.sorted() == ["isolated-actor", "unknown-actor", "unknown-key"])
        for diagnostic in result.diagnostics {
            #expect(diagnostic.description.count < 700, "\(diagnostic.code): \(diagnostic.description.count) characters")
            #expect(!diagnostic.description.contains("\n"))
        }
        let unknown = try #require(result.diagnostics.first { $0.code == "unknown-actor" }).description
        #expect(unknown.hasPrefix("h.yaml:12:18: error: unknown actor 'AbAbAb"))
        #expect(unknown.hasSuffix("…; did you mean 'A'? [unknown-actor]") || unknown.hasSuffix("… [unknown-actor]"))
    }

    @Test("right-to-left overrides and terminal escapes cannot disguise a diagnostic line")
    func bidiAndEscapes() throws {
        let yaml = minimal.replacingOccurrences(of: "between: [A, B]", with: "between: [A, \"B\u{202E}evil\\e[2J\"]")
        let line = try #require(load(Array(yaml.utf8)).diagnostics.first { $0.code == "invalid-id" }).description
        #expect(!line.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B })
        #expect(line.contains("B\u{FFFD}evil\u{FFFD}[2J"))
        // Right-to-left text itself is fine in labels: it is loaded as written.
        let rtl = minimal.replacingOccurrences(of: "{id: A, kind: state}", with: "{id: A, kind: state, label: \"עברית العربية\"}")
        #expect(load(Array(rtl.utf8)).model?.actors.first?.label == "עברית العربية")
    }

    /// How long 50 MB take is `make bench`'s figure (docs/benchmarks.md); here, that bulk in a
    /// text value or in comments is read whole, and adds nothing to the document but its text.
    @Test("a large file loads whole, whatever its bulk is")
    func largeFile() throws {
        let megabytes = 4
        // Bulk as one folded description…
        var bytes = Array("relgraph: 1\ntitle: Big\nas_of: 2024\nsources: []\nactors: [{id: A, kind: state}]\ndescription: >\n".utf8)
        let line = Array(("  " + String(repeating: "word ", count: 20) + "\n").utf8)
        while bytes.count < megabytes << 20 { bytes += line }
        var result = load(bytes)
        #expect(result.codes == ["isolated-actor"])
        let description = try #require(result.model?.description)
        #expect(description.utf8.count > (megabytes << 20) * 95 / 100)
        // …and as comments, which add nothing.
        bytes = Array(minimal.utf8)
        let comment = Array("# \(String(repeating: "c", count: 1000))\n".utf8)
        while bytes.count < megabytes << 20 { bytes += comment }
        result = load(bytes)
        #expect(result.diagnostics.isEmpty)
        #expect(result.model?.ties.count == load(Array(minimal.utf8)).model?.ties.count)
    }

    @Test("a file over the size limit is refused before it is read")
    func tooLarge() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-huge-\(UUID().uuidString).yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // A sparse file: 300 MB long, no disk used, and nothing read if the size is checked first.
        #expect(truncate(path, off_t(300 << 20)) == 0)
        var message = ""
        var bytesRead = -1
        do throws(InputError) { _ = try FileInput.read(path, bytesRead: &bytesRead) } catch { message = error.description }
        #expect(message == "\(path): error: larger than 256 MB; relgraph does not read files this big")
        #expect(bytesRead == 0)
        // The counter counts: a file within the limit is read whole, once.
        let small = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-small-\(UUID().uuidString).yaml").path
        #expect(FileManager.default.createFile(atPath: small, contents: Data(minimal.utf8)))
        defer { try? FileManager.default.removeItem(atPath: small) }
        #expect(try FileInput.read(small, bytesRead: &bytesRead).count == minimal.utf8.count)
        #expect(bytesRead == minimal.utf8.count)
    }
}

@Suite("Hostile model files that would cost unknowns × actors")
struct SlowInputTests {
    /// `count` actors and as many ties, both ends of every tie a near miss of an actor id.
    func unknownEnds(_ count: Int) -> String {
        var text = "relgraph: 1\ntitle: U\nas_of: 2024\nsources:\n  - {id: s, title: S, date: 2024}\nactors:\n"
        for index in 0..<count { text += "  - {id: Actor\(index), kind: state}\n" }
        text += "ties:\n"
        for index in 0..<count {
            text += "  - {between: [Xctor\(index), Actor\(index)x], kind: trade, weight: 0.3, cite: [{source: s, quote: q}]}\n"
        }
        // The first misspelling once more, after the hints have run out: it keeps its hint.
        return text + "  - {between: [Xctor0, Actor1], kind: trade, weight: 0.3, cite: [{source: s, quote: q}]}\n"
    }

    /// Each did-you-mean search compares a word with every id (3,000 × 6,000 edit distances
    /// took over a minute before hints were bounded). Every misspelling here has a close id,
    /// so each search made gives a hint: counting hints counts searches.
    @Test("hundreds of ties to unknown actors: did-you-mean searches are bounded at 100, a repeat keeps its hint")
    func unknownActors() throws {
        let count = 300
        let result = load(unknownEnds(count))
        let unknown = result.diagnostics.filter { $0.code == "unknown-actor" }
        #expect(unknown.count == 2 * count + 1)
        #expect(unknown.filter { $0.hint != nil }.count == 101)
        #expect(unknown.first?.hint == "did you mean 'Actor0'?")
        #expect(unknown.last?.description == "test.yaml:\(2 * count + 8):16: error: unknown actor 'Xctor0'; did you mean 'Actor0'? [unknown-actor]")
    }

    @Test("the hint budget searches each word once, and at most its limit of words")
    func hintBudget() {
        var budget = HintBudget(limit: 3)
        let ids: Set<String> = ["Alpha", "Bravo", "Charlie", "Delta"]
        #expect(budget.hint(for: "Alfa", in: ids) == "did you mean 'Alpha'?")
        #expect(budget.hint(for: "Brav", in: ids) == "did you mean 'Bravo'?")
        #expect(budget.hint(for: "Zzzzzz", in: ids) == nil)
        #expect(budget.searches == 3)
        #expect(budget.hint(for: "Alfa", in: ids) == "did you mean 'Alpha'?")
        #expect(budget.hint(for: "Delt", in: ids) == nil)
        #expect(budget.searches == 3)
    }
}
