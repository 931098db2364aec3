#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// The command's result (a table, a picture with `-o -`, findings): on standard output, a
    /// stream that cannot take it (closed, a full disk) ends the command with one line and
    /// exit status 1. On standard error everything is a note (`note`).
    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0), isResult: descriptor == STDOUT_FILENO) }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0, isResult: descriptor == STDOUT_FILENO) }
    }

    /// What the command says about its work (the files it wrote, a summary, a warning): a
    /// stream that cannot take it never fails the command, whose outputs are written all the same.
    func note(_ text: String) {
        var text = text
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

    enum Style: String {
        case red = "31", yellow = "33", green = "32", bold = "1", dim = "2", cyan = "36"
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
