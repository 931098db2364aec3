import ArgumentParser
import RelGraph

/// Writes a command's result to a file (atomically) or to standard output (`-`).
///
/// No output may be a file the command read (`InputFiles`, filled as inputs are read), nor,
/// without `force` (`--force`), a file that exists and that relgraph did not write.
enum OutputWriter {
    static func write(_ bytes: [UInt8], to path: String, force: Bool) throws {
        if path == "-" {
            Terminal.standardOutput.write(bytes)
            return
        }
        try write([OutputFile.Entry(path: path, bytes: bytes)], force: force)
    }

    /// Files that only make sense together (pictures and the report that describes them):
    /// written all or, when any cannot be, none, so `folder` keeps an earlier run's set whole.
    static func write(_ files: [(name: String, bytes: [UInt8])], into folder: String, force: Bool) throws {
        try write(files.map { OutputFile.Entry(path: PathNames.inside(folder, $0.name), bytes: $0.bytes) }, force: force)
    }

    /// Runs `body`, which writes; a failure is printed as the other writes print theirs.
    static func writing<T>(_ body: () throws(OutputFile.WriteError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            let label = Terminal.standardError.styled("error:", .red, .bold)
            Terminal.standardError.write("\(error.path): \(label) \(error.message)\n")
            throw ExitCode.failure
        }
    }

    private static func write(_ files: [OutputFile.Entry], force: Bool) throws {
        try writing { () throws(OutputFile.WriteError) in try OutputFile.write(files, force: force) }
    }
}
