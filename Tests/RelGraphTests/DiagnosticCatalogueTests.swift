import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// The catalogue of diagnostic codes (`DiagnosticCode`) and the tables of docs/format.md
/// describe the same codes with the same severities, and no other source spells a code.
@Suite("Diagnostics catalogue")
struct DiagnosticCatalogueTests {
    static let root = Repository.root

    /// Code → severity, from every table row under "## Diagnostic codes" in docs/format.md.
    static func documentedCodes() throws -> [(code: String, severity: String)] {
        let text = try String(contentsOf: root.appendingPathComponent("docs/format.md"), encoding: .utf8)
        let section = try #require(text.firstRange(of: "\n## Diagnostic codes\n")).upperBound
        let end = text[section...].firstRange(of: "\n## ")?.lowerBound ?? text.endIndex
        return text[section..<end].split(separator: "\n").compactMap { line in
            guard let match = line.wholeMatch(of: /\| `([a-z0-9-]+)` \| (\w+) \| .*/) else { return nil }
            return (String(match.1), String(match.2))
        }
    }

    @Test("every code in the catalogue is documented, every documented code exists, once each")
    func sameCodes() throws {
        let documented = try Self.documentedCodes().map(\.code)
        let catalogue = DiagnosticCode.allCases.map(\.rawValue)
        #expect(!documented.isEmpty)
        #expect(Set(catalogue).subtracting(documented).sorted() == [], "in the catalogue, not in docs/format.md")
        #expect(Set(documented).subtracting(catalogue).sorted() == [], "in docs/format.md, not in the catalogue")
        #expect(documented.count == Set(documented).count, "a code documented twice")
        #expect(catalogue.count == Set(catalogue).count, "a code defined twice")
    }

    @Test("the documented severity of each code is the catalogue's")
    func sameSeverities() throws {
        for (code, severity) in try Self.documentedCodes() {
            guard let entry = DiagnosticCode(rawValue: code) else { continue }
            #expect(entry.severity.rawValue == severity, "\(code)")
        }
    }

    @Test("no source outside the catalogue spells a code: every finding is made from a catalogue entry")
    func noCodeSpelledElsewhere() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let catalogue = sources.appendingPathComponent("RelGraph/Diagnostics/DiagnosticCode.swift").standardizedFileURL.path
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var checked = 0
        for case let file as URL in files where file.pathExtension == "swift" && file.standardizedFileURL.path != catalogue {
            let text = try String(contentsOf: file, encoding: .utf8)
            checked += 1
            for code in DiagnosticCode.allCases where text.contains("\"\(code.rawValue)\"") {
                Issue.record("\(file.lastPathComponent) spells \"\(code.rawValue)\"; use DiagnosticCode.\(code) through a Diagnostic.Message")
            }
        }
        #expect(checked > 50)
    }

    @Test("a finding takes its code and severity from the catalogue, and an import's are warnings")
    func messages() {
        let finding = Diagnostic(.unknownActor("Alfa", hint: "did you mean 'Alpha'?"), path: "m.yaml", at: TextPosition(line: 2, column: 5))
        #expect(finding.kind == .unknownActor)
        #expect(finding.severity == .error)
        #expect(finding.description == "m.yaml:2:5: error: unknown actor 'Alfa'; did you mean 'Alpha'? [unknown-actor]")
        let imported = Diagnostic(.importedSelfTie("A"), path: "ties.csv", at: TextPosition(line: 3, column: 1))
        #expect(imported.kind == .selfTie && DiagnosticCode.selfTie.severity == .error)
        #expect(imported.severity == .warning)
    }
}
