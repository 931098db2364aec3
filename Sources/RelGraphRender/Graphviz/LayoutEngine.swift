/// The Graphviz layout programs relgraph offers (`--layout`).
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi
}

/// What a picture can be written as. `dot` is the DOT text relgraph gives Graphviz.
public enum PictureFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot

    public var fileExtension: String { rawValue }
}
