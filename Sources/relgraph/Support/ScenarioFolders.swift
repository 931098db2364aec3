import ArgumentParser
import RelGraph

/// The folder each scenario of a batch writes into, `<out>/<slug>`, settled before anything
/// runs: two scenarios of one batch never share a folder, where the second would replace the
/// first's files. Names are compared as a disk that ignores case compares them (`same.yaml`
/// and `SAME.yaml`), and as Unicode compares them (a name in NFC and in NFD).
enum ScenarioFolders {
    static func assign(_ scenarios: [Scenario], in folder: String) throws -> [String] {
        var taken: [String: Scenario] = [:]
        var folders: [String] = []
        for scenario in scenarios {
            let slug = scenario.slug
            let path = PathNames.inside(folder, slug)
            if slug.isEmpty || slug == "." || slug == ".." || slug.contains("/") {
                throw ValidationError("\(scenario.path): cannot name a folder after this file; rename it")
            }
            if let earlier = taken[slug.lowercased()] {
                let earlierPath = PathNames.inside(folder, earlier.slug)
                if earlier.path == scenario.path {
                    throw ValidationError("\(scenario.path) is named twice; each scenario writes \(path)/ once")
                }
                let disks = earlierPath == path ? "" : " on a disk that ignores case (\(earlierPath)/ and \(path)/)"
                throw ValidationError("\(earlier.path) and \(scenario.path) would both write \(path)/\(disks); rename one of them, or run them apart with different --out folders")
            }
            taken[slug.lowercased()] = scenario
            folders.append(path)
        }
        return folders
    }
}
