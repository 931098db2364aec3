import ArgumentParser
import RelGraph

/// Writes a command's result to a file (atomically) or to standard output (`-`).
enum OutputWriter {
    static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String]) throws {
        if path == "-" {
            Terminal.standardOutput.write(bytes)
            return
        }
        do {
            try OutputFile.write(bytes, to: path, protecting: inputs)
        } catch {
            let label = Terminal.standardError.styled("error:", .red, .bold)
            Terminal.standardError.write("\(error.path): \(label) \(error.message)\n")
            throw ExitCode.failure
        }
    }
}
