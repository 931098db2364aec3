import ArgumentParser
import RelGraph

/// `relgraph scenario`'s shock flags, one per kind of `ShockKinds.all` that has a flag: the
/// kinds give their names, help and parsing; nothing here names a kind.
enum ShockFlags {
    /// The kinds with a flag, in the list's order (the order their shocks are applied in).
    static var all: [ShockFlag] { ShockKinds.all.compactMap { $0.flag } }

    /// "--remove <actor>, --cut <tie>, …" for the usage line of the arguments.
    static var usage: String { all.map { "--\($0.name) <\($0.valueName)>" }.joined(separator: ", ") }

    /// One line per flag for the command's discussion.
    static var helpLines: String {
        let width = all.map { "--\($0.name) <\($0.valueName)>".count }.max() ?? 0
        return all.map { flag in
            let name = "--\(flag.name) <\(flag.valueName)>"
            return "  " + name + String(repeating: " ", count: width - name.count + 2) + flag.help
        }.joined(separator: "\n")
    }

    /// Splits the command's loose inputs into scenario files and shocks. The shocks come in
    /// the kinds' order, each kind's in the order given. An unknown option is a usage error.
    static func parse(_ inputs: [String], kinds: [any ShockKind.Type] = ShockKinds.all) throws -> (files: [String], shocks: [Shock]) {
        var files: [String] = []
        var values: [String: [String]] = [:]
        var index = 0
        while index < inputs.count {
            let input = inputs[index]
            index += 1
            guard input.hasPrefix("-"), input.count > 1 else {
                // A scenario file: never an empty path (`PathArgument`), in the words the
                // argument parser gives a refused value.
                do {
                    files.append(try PathArgument.nonEmpty(input))
                } catch {
                    throw ValidationError("The value '\(input)' is invalid for '<file>': \(error)")
                }
                continue
            }
            let text = input.drop { $0 == "-" }
            let name = text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            guard input.hasPrefix("--"), kinds.contains(where: { $0.flag?.name == name }) else {
                let names = kinds.compactMap { $0.flag.map { "--\($0.name)" } }
                let hint = Suggestion.hint(for: input, in: names).map { ". " + $0.prefix(1).uppercased() + $0.dropFirst() } ?? ""
                throw ValidationError("Unknown option '\(input)'\(hint)")
            }
            if let equals = text.firstIndex(of: "=") {
                values[name, default: []].append(String(text[text.index(after: equals)...]))
            } else {
                guard index < inputs.count else { throw ValidationError("Missing value for '--\(name) <\(kinds.first { $0.flag?.name == name }!.flag!.valueName)>'") }
                values[name, default: []].append(inputs[index])
                index += 1
            }
        }
        var shocks: [Shock] = []
        for kind in kinds {
            guard let flag = kind.flag else { continue }
            for value in values[flag.name] ?? [] {
                do {
                    shocks.append(Shock(try kind.parse(flagValue: value), origin: .commandLine(flag: "--\(flag.name) \(value)")))
                } catch {
                    throw ValidationError("--\(flag.name) \(value): \(error)")
                }
            }
        }
        return (files, shocks)
    }
}
