import CGraphviz
import Synchronization

/// The process's one Graphviz context, behind one lock.
///
/// libgvc is not thread-safe, not even for reads, and a context per job is slow and leaks,
/// so every cgraph/gvc call in relgraph goes through `perform`. cgraph hands each message to
/// the handler installed here (it would otherwise print it to stderr); `perform` returns them
/// with the result, and cgraph's own error level says whether any was an error.
public final class GraphvizContext: Sendable {
    public static let shared = GraphvizContext()

    private let context: Mutex<Context>

    /// libgvc's context. Only the holder of the lock gets at the pointer, so it may pass from
    /// thread to thread with the lock.
    private struct Context: @unchecked Sendable {
        let gvc: OpaquePointer
    }

    /// Made once, before any other Graphviz call (they all go through `shared`). The handler
    /// comes first, so that what Graphviz says while it loads its plugins is reported with the
    /// first job, not printed.
    private init() {
        _ = agseterrf(receiveGraphvizMessage)
        // Every level reaches the handler, warnings included (cgraph's default, said here).
        _ = agseterr(AGWARN)
        context = Mutex(Context(gvc: gvContext()))
    }

    /// The version libgvc reports, e.g. "2.43.0".
    public var version: String {
        context.withLock { gvcVersion($0.gvc).map { String(cString: $0) } ?? "unknown" }
    }

    /// Runs `body` with the context, collecting what Graphviz reports meanwhile.
    func perform<T: Sendable>(_ body: (OpaquePointer) throws(GraphvizError) -> T) throws(GraphvizError) -> (T, [GraphvizMessage]) {
        let outcome = context.withLock { context -> Result<(T, [GraphvizMessage]), GraphvizError> in
            _ = agreseterrors()
            let result = Result { () throws(GraphvizError) -> T in try body(context.gvc) }
            let messages = received.withLock { buffer in
                defer { buffer = MessageBuffer() }
                return buffer.finished()
            }
            return result.map { ($0, messages) }
        }
        return try outcome.get()
    }

    /// Messages gathered so far in the current `perform`; for building errors mid-way.
    func messagesSoFar() -> [GraphvizMessage] { received.withLock { $0.messages } }

    /// The first graph in `text` (`agmemread`); inside `perform`.
    ///
    /// cgraph's lexer (Graphviz 2.42) keeps whatever follows the first graph in its buffer
    /// (a newline, another graph) and reads it as the start of the next text parsed in the
    /// process: one trailing newline made the next syntax error "in line 2", a second graph
    /// was returned in place of the next text. Reading "" until no graph comes back empties
    /// the buffer; what that reads is dropped, messages included, as the first graph's
    /// trailing text always was.
    func readGraph(_ text: String) -> UnsafeMutablePointer<Agraph_t>? {
        let graph = agmemread(text)
        let (level, count) = (agerrors(), messagesSoFar().count)
        while let rest = agmemread("") { agclose(rest) }
        if agerrors() > level { _ = agreseterrors() }
        received.withLock { $0.messages.removeSubrange(count...) }
        return graph
    }

    /// Adds a warning about the current job that relgraph found itself (`BitmapLimit`),
    /// reported with Graphviz's own.
    func addWarning(_ text: String) {
        received.withLock { $0.messages.append(GraphvizMessage(isError: false, text: text)) }
    }

    /// Whether cgraph has reported an error (not only warnings) in the current `perform`
    /// (inside it):
    /// some failures ("trouble in init_rank", "node has no position") still return 0.
    func hasReportedError() -> Bool { agerrors() >= Int32(AGERR.rawValue) }
}

/// One message from Graphviz: its level and its text.
public struct GraphvizMessage: Sendable, Hashable {
    public var isError: Bool
    public var text: String
}

/// What cgraph has handed over since the last `perform` ended; filled by the handler, which
/// cgraph calls from inside `perform` (under the context's lock) or while the context is made.
private let received = Mutex(MessageBuffer())

/// cgraph hands a message over in pieces: "Error" or "Warning", ": ", then the text, which
/// ends in a newline; a continuation (cgraph's `AGPREV`) comes without the first two and
/// keeps the level of the message before it.
struct MessageBuffer {
    var messages: [GraphvizMessage] = []
    private var pending = ""
    private var isError = false

    mutating func receive(_ piece: String) {
        pending += piece
        while let newline = pending.firstIndex(of: "\n") {
            var line = Substring(pending[..<newline])
            pending = String(pending[pending.index(after: newline)...])
            for (prefix, error) in [("Error: ", true), ("Warning: ", false)] where line.hasPrefix(prefix) {
                isError = error
                line = line.dropFirst(prefix.count)
            }
            let text = line.trimmingWhitespace
            if !text.isEmpty { messages.append(GraphvizMessage(isError: isError, text: text)) }
        }
    }

    /// The messages, with a last one that never got its newline.
    mutating func finished() -> [GraphvizMessage] {
        if !pending.isEmpty { receive("\n") }
        return messages
    }
}

private func receiveGraphvizMessage(_ text: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let text else { return 0 }
    let piece = String(cString: text)
    received.withLock { $0.receive(piece) }
    return 0
}
