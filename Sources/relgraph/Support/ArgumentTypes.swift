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

extension ActorColoring: ExpressibleByArgument {}
