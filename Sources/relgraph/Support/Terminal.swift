#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RelGraph

/// Output streams that know whether colour is welcome: only on a terminal, never with NO_COLOR.
///
/// Written with `write(2)` on the descriptor itself: Foundation's `FileHandle` took about
/// 0.5 ms to make the first time (measured), and every command prints something.
struct Terminal {
    let descriptor: Int32
    let usesColor: Bool
    let isInteractive: Bool

    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        isInteractive = isatty(descriptor) == 1
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        let dumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? false
        usesColor = isInteractive && !noColor && !dumb
    }

    /// Whether the stream was closed when relgraph started (`StandardStreams`): it now leads
    /// to /dev/null.
    var wasClosed: Bool { StandardStreams.closedAtStart.contains(descriptor) }

    /// The command's result (a table, findings) as lines for people: sanitised whatever the
    /// stream (`TerminalText`), keeping only the colours this terminal's own `styled` wrote.
    /// On standard output, a stream that cannot take it (closed, a full disk) ends the command
    /// with one line and exit status 1. On standard error everything is a note (`note`).
    func write(_ text: String) {
        var text = TerminalText.sanitized(text, allowingStyles: usesColor ? Style.parameters : [])
        text.withUTF8 { write(UnsafeRawBufferPointer($0), isResult: descriptor == STDOUT_FILENO) }
    }

    /// A file's bytes sent to this stream (`-o -`): kept as they are for a pipe or a file,
    /// sanitised for a terminal.
    func write(_ bytes: [UInt8]) {
        (isInteractive ? TerminalText.sanitized(bytes) : bytes).withUnsafeBytes { write($0, isResult: descriptor == STDOUT_FILENO) }
    }

    /// Terminal commands relgraph itself sends (the progress line's carriage return and
    /// line erase), never with text from a file in them; never fails the command.
    func writeControl(_ control: StaticString) {
        write(UnsafeRawBufferPointer(start: control.utf8Start, count: control.utf8CodeUnitCount), isResult: false)
    }

    /// What the command says about its work (the files it wrote, a summary, a warning),
    /// sanitised like `write`: a stream that cannot take it never fails the command, whose
    /// outputs are written all the same.
    func note(_ text: String) {
        var text = TerminalText.sanitized(text, allowingStyles: usesColor ? Style.parameters : [])
        text.withUTF8 { write(UnsafeRawBufferPointer($0), isResult: false) }
    }

    private func write(_ bytes: UnsafeRawBufferPointer, isResult: Bool) {
        if wasClosed {
            guard isResult else { return }
            fail("it was closed when relgraph started")
        }
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                guard isResult else { return }
                fail(written < 0 ? String(cString: strerror(errno)) : "nothing was written")
            }
            offset += written
        }
    }

    private func fail(_ reason: String) -> Never {
        Terminal.standardError.note("relgraph: error: cannot write to standard output: \(reason)\n")
        exit(EXIT_FAILURE)
    }

    enum Style: String, CaseIterable {
        case red = "31", yellow = "33", green = "32", bold = "1", dim = "2", cyan = "36"

        /// The SGR parameters `styled` writes, the reset (0) included.
        static let parameters: Set<Int> = Set(allCases.compactMap { Int($0.rawValue) } + [0])
    }

    func styled(_ text: String, _ styles: Style...) -> String {
        guard usesColor, !styles.isEmpty else { return text }
        return "\u{1B}[" + styles.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }
}

/// `write(2)`, named apart from `Terminal.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
