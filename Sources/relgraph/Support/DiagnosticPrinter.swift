import RelGraph

/// Prints findings one per line, `path:line:column: error: message [code]`, coloured on a terminal.
struct DiagnosticPrinter {
    let terminal: Terminal

    func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            terminal.write(line(for: diagnostic) + "\n")
        }
    }

    func line(for diagnostic: Diagnostic) -> String {
        let plain = diagnostic.description
        guard terminal.usesColor else { return plain }
        let label = diagnostic.severity.rawValue + ":"
        let color: Terminal.Style = diagnostic.severity == .error ? .red : .yellow
        guard let range = plain.firstRange(of: " " + label + " ") else { return plain }
        let location = String(plain[..<range.lowerBound])
        let rest = String(plain[range.upperBound...])
        return terminal.styled(location, .bold) + " " + terminal.styled(label, color, .bold) + " " + rest
    }

    func print(_ error: InputError) {
        let label = terminal.styled("error:", .red, .bold)
        terminal.write("\(error.path): \(label) \(Diagnostic.oneLine(error.message))\n")
    }
}
