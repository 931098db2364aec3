// Fuzz target: CSV sheets imported into a model (CSVImporter), then written as YAML
// (ModelWriter) and read back: the import must never crash, its findings must stand at lines
// the sheets have, and whatever it accepts must come back from its own YAML whole.
// The input is ties.csv, or actors.csv and ties.csv separated by a NUL byte.
import RelGraph
import RelGraphFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var actors: [UInt8]?, ties = bytes
    if let split = bytes.firstIndex(of: 0) {
        actors = Array(bytes[..<split])
        ties = Array(bytes[(split + 1)...])
    }
    let input = CSVImporter.Input(ties: .init(path: "ties.csv", bytes: ties), actors: actors.map { .init(path: "actors.csv", bytes: $0) })
    let result = CSVImporter.read(input, title: "Fuzz", today: PartialDate(year: 2026, month: 1, day: 1)!)
    FuzzCheck.diagnostics(result.diagnostics, of: ties, path: "ties.csv", wholeFile: true)
    if let actors { FuzzCheck.diagnostics(result.diagnostics, of: actors, path: "actors.csv", wholeFile: true) }
    guard !result.hasErrors else { return 0 }
    FuzzCheck.writtenAndReadBack(result.model)
    return 0
}
