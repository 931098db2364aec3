import ArgumentParser

/// The check every path option and argument takes as its `transform`: a path given on the
/// command line is never empty. An unset `$OUT` in a script gives `--out ""`, which would
/// name the current folder, or, joined to a file name, the filesystem root.
enum PathArgument {
    static func nonEmpty(_ text: String) throws -> String {
        guard !text.isEmpty else { throw ValidationError("an empty path names no file or folder") }
        return text
    }
}
