import ArgumentParser
import RelGraphRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct RelGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Signed, cited relation graphs of states, blocs, forces and pipelines — and what a shock would change.",
        discussion: """
        Models are YAML files (docs/format.md). With no model named, relgraph uses \
        \(DefaultModelPath.description).

        Examples:
          relgraph check                         validate the default model
          relgraph render --at 2023-06-01        draw the model as it stood then
          relgraph render --focus Armenia -o armenia.svg
        """,
        version: RelGraphVersion.current,
        subcommands: [Check.self, Render.self, ScenarioCommand.self, Diff.self, Metrics.self, PathCommand.self,
                      SourcesCommand.self, Timeline.self, Export.self, Import.self, Generate.self, BenchInternal.self]
    )

    static let drawingCommands: Set<String> = ["render", "scenario", "diff", "timeline"]

    /// Usage errors exit with 2 (ArgumentParser's default is 64), as `check` documents.
    static func main() {
        // relgraph's stderr is a copy of descriptor 2 taken now, before any thread can point
        // descriptor 2 at a capture of Graphviz's own output.
        _ = Terminal.standardErrorCopy
        // Commands that draw start Graphviz's start-up on another thread at once, so it also
        // overlaps the parsing of the arguments (the commands start it again, harmlessly).
        let arguments = CommandLine.arguments.dropFirst()
        if let name = arguments.first, Self.drawingCommands.contains(name), !arguments.contains("--help"), !arguments.contains("-h") {
            GraphvizWarmUp.start()
        }
        defer { GraphvizWarmUp.wait() }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            GraphvizWarmUp.wait()
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.standardError.write(fullMessage(for: error) + "\n")
                exitProcess(2)
            }
            exit(withError: error)
        }
    }
}

enum RelGraphVersion {
    static let current = "0.1.0"
}

enum DefaultModelPath {
    static let description = "graphs/south-caucasus.yaml (found from the current folder upwards; RELGRAPH_GRAPH overrides)"
}

/// `exit(3)`, named apart from `ParsableCommand.exit(withError:)`, which hides it inside a command.
private func exitProcess(_ status: Int32) -> Never {
    exit(status)
}
