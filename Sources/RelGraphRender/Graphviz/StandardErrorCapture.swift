#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects what C code writes straight to file descriptor 2 while it runs.
///
/// Most of Graphviz reports through cgraph's error handler, but some plugins `fprintf` to
/// stderr themselves: the cairo renderer prints "(null): graph is too large for
/// cairo-renderer bitmaps. Scaling by 0.3 to fit" for a large PNG. Redirected to an anonymous
/// temporary file (a pipe could fill and block), those lines are reported in relgraph's format.
struct StandardErrorCapture {
    private let saved: Int32
    private let file: UnsafeMutablePointer<FILE>?

    /// Starts capturing; when no temporary file can be made, stderr is left as it is.
    init() {
        fflush(nil)
        guard let file = tmpfile() else {
            (saved, self.file) = (-1, nil)
            return
        }
        let saved = dup(STDERR_FILENO)
        guard saved >= 0, dup2(fileno(file), STDERR_FILENO) >= 0 else {
            if saved >= 0 { close(saved) }
            fclose(file)
            (self.saved, self.file) = (-1, nil)
            return
        }
        (self.saved, self.file) = (saved, file)
    }

    /// Restores stderr and returns the lines written meanwhile, without the program-name
    /// prefix Graphviz puts before them ("(null): ", "dot: ").
    func finish() -> [String] {
        guard let file, saved >= 0 else { return [] }
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        defer { fclose(file) }
        let length = lseek(fileno(file), 0, SEEK_CUR)
        guard length > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: min(Int(length), 64 << 10))
        let read = pread(fileno(file), &bytes, bytes.count, 0)
        guard read > 0 else { return [] }
        return String(decoding: bytes[..<read], as: UTF8.self).split(separator: "\n").compactMap { line in
            var text = Substring(line)
            for prefix in ["(null): ", "dot: ", "neato: ", "Warning: ", "Error: "] where text.hasPrefix(prefix) {
                text = text.dropFirst(prefix.count)
            }
            let trimmed = text.trimmingWhitespace
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
