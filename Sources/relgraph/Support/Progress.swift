/// A one-line progress indicator on stderr, only when stderr is a terminal.
struct Progress {
    let total: Int
    let terminal = Terminal.standardError

    func update(_ index: Int, _ title: String) {
        guard terminal.isInteractive, total > 1 else { return }
        let shown = title.count > 60 ? String(title.prefix(59)) + "…" : title
        terminal.writeControl("\r\u{1B}[2K")
        terminal.write("[\(index + 1)/\(total)] \(shown)")
    }

    func finish() {
        guard terminal.isInteractive, total > 1 else { return }
        terminal.writeControl("\r\u{1B}[2K")
    }
}
