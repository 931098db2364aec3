import CGraphviz

/// The process's one Graphviz context, behind one lock.
///
/// libgvc is not thread-safe, not even for reads, and a context per job is slow and leaks,
/// so every cgraph/gvc call in relgraph goes through `perform`. cgraph's error output is
/// captured by a handler (it would otherwise print to stderr) and returned with the result.
public final class GraphvizContext: @unchecked Sendable {
    public static let shared = GraphvizContext()

    private let lock = Lock()
    private let gvc: OpaquePointer

    private init() {
        gvc = gvContext()
        _ = agseterrf(captureGraphvizMessage)
        // No job may measure text (and so start fontconfig) while the warm-up's start of
        // fontconfig is still under way: the two would each do the whole of it.
        FontconfigWarmUp.waitIfClaimed()
        // Drawn here, before any thread can take the lock, so that a job waiting for the
        // context finds it warm; what it reports is dropped with the next job's reset.
        if GraphvizWarmUp.isStarted {
            let capture = StandardErrorCapture()
            GraphvizWarmUp.draw(with: gvc)
            _ = capture.finish()
        }
    }

    /// The version libgvc reports, e.g. "2.43.0".
    public var version: String {
        lock.withLock { gvcVersion(gvc).map { String(cString: $0) } ?? "unknown" }
    }

    /// Runs `body` with the context, collecting what Graphviz reports meanwhile.
    func perform<T>(_ body: (OpaquePointer) throws(GraphvizError) -> T) throws(GraphvizError) -> (T, [GraphvizMessage]) {
        lock.lock()
        defer { lock.unlock() }
        capturedMessages.removeAll()
        partialMessage = ""
        _ = agreseterrors()
        let capture = StandardErrorCapture()
        let result = Result { () throws(GraphvizError) -> T in try body(gvc) }
        capturedMessages += capture.finish().map { GraphvizMessage(isError: false, text: $0) }
        return (try result.get(), capturedMessages)
    }

    /// Messages gathered so far in the current `perform`; for building errors mid-way.
    func messagesSoFar() -> [GraphvizMessage] { capturedMessages }
}

/// One message from Graphviz: its level and its text.
public struct GraphvizMessage: Sendable, Hashable {
    public var isError: Bool
    public var text: String
}

// Written only inside `GraphvizContext.perform`, under its lock.
nonisolated(unsafe) private var capturedMessages: [GraphvizMessage] = []
nonisolated(unsafe) private var partialMessage = ""

/// cgraph hands a message over in pieces ("Error", ": ", "text\n"); put them back together.
private func captureGraphvizMessage(_ text: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let text else { return 0 }
    partialMessage += String(cString: text)
    while let newline = partialMessage.firstIndex(of: "\n") {
        let line = String(partialMessage[..<newline])
        partialMessage = String(partialMessage[partialMessage.index(after: newline)...])
        var isError = true
        var message = line
        for (prefix, error) in [("Error: ", true), ("Warning: ", false), ("Error:", true), ("Warning:", false)] where message.hasPrefix(prefix) {
            isError = error
            message = String(message.dropFirst(prefix.count))
            break
        }
        message = message.trimmingWhitespace
        if !message.isEmpty { capturedMessages.append(GraphvizMessage(isError: isError, text: message)) }
    }
    return 0
}
