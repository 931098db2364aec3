import Testing
@testable import RelGraphFormats

@Suite("File formats: one reading of extensions for every command")
struct FileFormatTests {
    @Test("the extension is the text after the last dot of the last component, lowercased", arguments: [
        ("refs.bib", "bib"), ("out/Map.SVG", "svg"), ("a.tar.gz", "gz"), ("out.d/metrics", nil), ("-", nil),
        ("model", nil), ("dir/", nil), (".json", "json"), ("x.", ""),
    ] as [(String, String?)])
    func fileExtension(path: String, expected: String?) {
        #expect(FileFormats.fileExtension(of: path) == expected)
    }

    @Test("a CaseIterable format is found by extension")
    func caseIterable() {
        #expect(BibliographyFormat(path: "refs.bib") == .bibtex)
        #expect(BibliographyFormat(path: "out/refs.JSON") == .cslJSON)
        #expect(BibliographyFormat(path: "refs.markdown") == .markdown)
        #expect(BibliographyFormat(path: "refs.txt") == nil)
        #expect(BibliographyFormat(path: "-") == nil)
    }

    @Test("alternatives read as prose")
    func alternatives() {
        #expect(FileFormats.alternatives([]) == "")
        #expect(FileFormats.alternatives(["a"]) == "a")
        #expect(FileFormats.alternatives(["a", "b"]) == "a or b")
        #expect(FileFormats.alternatives(["a", "b", "c"]) == "a, b or c")
    }
}
