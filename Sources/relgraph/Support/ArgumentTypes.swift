import ArgumentParser
import RelGraphRender

extension PictureFormat: ExpressibleByArgument {
    /// The format a file name asks for by its extension, if any.
    init?(path: String) {
        guard let dot = path.lastIndex(of: "."), path != "-" else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}

extension LayoutEngine: ExpressibleByArgument {}

/// What `--color-by` asks for; `Render` turns `bloc` into the blocs it finds (`ActorColoring`).
enum ColorBy: String, CaseIterable, ExpressibleByArgument {
    case group, bloc
}
