import ArgumentParser
import RelGraphFormats
import RelGraphRender

extension PictureFormat: ExpressibleByArgument {
    /// The format a file name asks for by its extension, if any.
    init?(path: String) {
        guard let suffix = FileFormats.fileExtension(of: path) else { return nil }
        self.init(rawValue: suffix)
    }
}

extension LayoutEngine: ExpressibleByArgument {}

/// What `--color-by` asks for; `Render` turns `bloc` into the blocs it finds (`ActorColoring`).
enum ColorBy: String, CaseIterable, ExpressibleByArgument {
    case group, bloc
}
