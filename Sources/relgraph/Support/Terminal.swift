import Foundation

/// Output streams that know whether colour is welcome: only on a terminal, never with NO_COLOR.
struct Terminal {
    let handle: FileHandle
    let usesColor: Bool
    let isInteractive: Bool

    static let standardOutput = Terminal(handle: .standardOutput, descriptor: STDOUT_FILENO)
    static let standardError = Terminal(handle: FileHandle(fileDescriptor: standardErrorCopy, closeOnDealloc: false),
                                        descriptor: standardErrorCopy)

    /// A copy of file descriptor 2, made before any thread starts (`RelGraphCommand.main`):
    /// while a Graphviz job runs, descriptor 2 itself points at a capture file
    /// (`StandardErrorCapture`), and relgraph's own messages must not end up in it.
    static let standardErrorCopy: Int32 = {
        let copy = dup(STDERR_FILENO)
        return copy >= 0 ? copy : STDERR_FILENO
    }()

    private init(handle: FileHandle, descriptor: Int32) {
        self.handle = handle
        isInteractive = isatty(descriptor) == 1
        let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        let dumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? false
        usesColor = isInteractive && !noColor && !dumb
    }

    func write(_ text: String) {
        write(Data(text.utf8))
    }

    func write(_ bytes: [UInt8]) {
        write(Data(bytes))
    }

    /// A full disk or a closed stream ends the command with one line, not a trap in Foundation.
    private func write(_ data: Data) {
        do {
            try handle.write(contentsOf: data)
        } catch {
            if handle === FileHandle.standardOutput {
                let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) }
                try? Terminal.standardError.handle.write(contentsOf: Data("relgraph: error: cannot write to standard output: \(reason ?? "\(error)")\n".utf8))
            }
            exit(EXIT_FAILURE)
        }
    }

    enum Style: String {
        case red = "31", yellow = "33", green = "32", bold = "1", dim = "2", cyan = "36"
    }

    func styled(_ text: String, _ styles: Style...) -> String {
        guard usesColor, !styles.isEmpty else { return text }
        return "\u{1B}[" + styles.map(\.rawValue).joined(separator: ";") + "m" + text + "\u{1B}[0m"
    }
}
