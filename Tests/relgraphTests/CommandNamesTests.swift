import Testing
@testable import relgraph

@Suite("Command names")
struct CommandNamesTests {
    /// A command without `commandName` gets one from `String(describing:)` of its type at
    /// every start, for every command: half a million instructions each, 10 M in all.
    @Test("every command names itself")
    func everyCommandNamesItself() {
        let commands = [RelGraphCommand.self] + RelGraphCommand.configuration.subcommands
        #expect(commands.count > 10)
        for command in commands {
            #expect(command.configuration.commandName != nil, "\(command)")
        }
    }
}
