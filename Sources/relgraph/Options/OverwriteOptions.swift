import ArgumentParser

/// `--force`, for every command that writes files.
struct OverwriteOptions: ParsableArguments {
    @Flag(help: "Replace an existing file that relgraph did not write, or that was changed since it did (never one of the command's inputs).")
    var force = false
}
