import Testing
@testable import RelGraph
@testable import RelGraphFormats

@Suite("CSV reading and writing (RFC 4180)")
struct CSVReaderTests {
    func read(_ text: String) throws -> [[String]] {
        try CSVReader.read(Array(text.utf8)).map { $0.fields.map(\.text) }
    }

    @Test("quotes, doubled quotes, embedded line breaks, CRLF, a BOM, blank lines and a trailing empty field")
    func accepted() throws {
        #expect(try read("\u{FEFF}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n\"two\r\nlines\",\n1,\n") ==
                [["a", "b"], ["x, y", "say \"hi\""], ["two\r\nlines", ""], ["1", ""]])
        #expect(try read("a,b") == [["a", "b"]])
        #expect(try read("a\rb\r") == [["a"], ["b"]])
        #expect(try read("") == [])
    }

    @Test("every field knows its line and column, counted in characters, across embedded line breaks")
    func positions() throws {
        let records = try CSVReader.read(Array("ID,Quote\nt1,\"über\nzwei\",x\nt2,é,y".utf8))
        #expect(records.map { $0.fields.map(\.position.description) } == [["1:1", "1:4"], ["2:1", "2:4", "3:7"], ["4:1", "4:4", "4:6"]])
    }

    @Test("malformed CSV is refused at the exact position", arguments: [
        ("a,\"open\nstill open", "1:3", "a quoted field is not closed; a '\"' is missing"),
        ("a,b\nx,y\"z", "2:4", "a quote inside an unquoted field; quote the whole field and double the quote"),
        ("\"done\"x,1", "1:7", "text after a closing quote; write a quote inside a quoted field as \"\""),
    ])
    func refused(text: String, position: String, message: String) {
        #expect(throws: CSVReader.SyntaxError.self) { try CSVReader.read(Array(text.utf8)) }
        do {
            _ = try CSVReader.read(Array(text.utf8))
        } catch {
            #expect(error.position.description == position)
            #expect(error.message.text == message)
            #expect(error.message.code == .csvSyntax)
        }
    }

    @Test("bytes that are not UTF-8 are not-text")
    func notText() {
        do {
            _ = try CSVReader.read([0x61, 0xFF, 0x62])
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.message.code == .notText)
        }
    }

    @Test("the writer quotes only what needs it and reads back exactly")
    func writer() throws {
        let fields = ["plain", "a, b", "say \"hi\"", "two\nlines", " padded ", "", "-0.5", "Δ"]
        let line = CSVWriter.record(fields)
        #expect(line == "plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",,-0.5,Δ\r\n")
        #expect(try read(line) == [fields])
    }

    @Test("formula-like text is guarded with ' and the guard is undone on reading", arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-x", "'-x"), ("@who", "'@who"), ("'=x", "''=x"),
        ("'plain", "'plain"), ("it's", "it's"), ("", ""), ("''=x", "'''=x"),
    ])
    func formulaGuard(text: String, guarded: String) {
        #expect(CSVWriter.protected(text) == guarded)
        #expect(CSVReader.unprotected(guarded) == text)
    }
}
