import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct RelGraphCommand: AsyncParsableCommand {
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

    /// Usage errors exit with 2 (ArgumentParser's default is 64), as `check` documents.
    static func main() async {
        StandardStreams.reopenClosed()
        do {
            var command = try await asyncParseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
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
