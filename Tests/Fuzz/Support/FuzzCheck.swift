// Compiled into every fuzz target: what must hold of any input, beyond not crashing.
import RelGraph
import RelGraphFormats

import Foundation

enum FuzzCheck {
    /// Like `precondition`, but the message survives -O: it is what the fuzz log shows.
    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if condition { return }
        FileHandle.standardError.write(Data("FuzzCheck failed: \(message())\n".utf8))
        abort()
    }

    /// Every diagnostic prints as one line ending in its code; those about the fuzzed file
    /// (`path`) stand at a line it has. `wholeFile` allows findings with no line at all.
    static func diagnostics(_ diagnostics: [Diagnostic], of bytes: [UInt8], path: String = "fuzz.yaml", wholeFile: Bool = false) {
        // An upper bound: YAML also breaks lines at CR, NEL (C2 85) and LS/PS (E2 80 A8/A9).
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D || $1 == 0x85 || $1 == 0xA8 || $1 == 0xA9 ? 1 : 0) }
        for diagnostic in diagnostics {
            let text = diagnostic.description
            check(!text.contains("\n") && !text.contains("\r"), "diagnostic spans lines: \(text)")
            check(text.hasSuffix("[\(diagnostic.code)]"), "diagnostic without its code: \(text)")
            let line = Int(diagnostic.position.line), column = Int(diagnostic.position.column)
            if diagnostic.path != path || (wholeFile && line == 0) { continue }
            check(line >= 1 && line <= lines, "diagnostic at line \(line) of a \(lines)-line file: \(text)")
            check(column >= 1, "diagnostic at column \(column): \(text)")
        }
    }

    /// An imported model, written as YAML and read back: still YAML, with every actor and tie.
    static func writtenAndReadBack(_ model: Model) {
        let written = ModelWriter.write(model)
        let reread = ModelLoader.load(written, path: "imported.yaml")
        check(!reread.diagnostics.contains { $0.code.hasPrefix("yaml") }, "the written model is not YAML: \(reread.diagnostics)")
        check(reread.model?.actors.count == model.actors.count && reread.model?.ties.count == model.ties.count,
              "the written model lost actors or ties")
    }
}
