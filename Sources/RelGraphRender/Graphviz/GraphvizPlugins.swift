import CGraphviz
import Foundation

/// Loads the shared libraries of the Graphviz plugins a drawing uses, ahead of Graphviz.
///
/// libgvc loads its text plugin (pango, and with it cairo, glib, harfbuzz and freetype)
/// while it makes its context, and a layout or render plugin at its first use: about 5 ms of
/// one core in the dynamic loader, on whichever thread first needs each. Loaded here on a
/// warm-up thread, while another thread starts fontconfig and the main one reads the model,
/// they are found already in memory when Graphviz asks for them: the loader hands back the
/// same library. Nothing is initialised that Graphviz would not initialise itself.
enum GraphvizPlugins {
    /// The libraries, as named in Graphviz's plugin list (`config6a`), that SVG pictures laid
    /// out by neato need: text measurement, the neato engines (also `nop2`), the SVG renderer.
    static let forDrawing = ["libgvplugin_pango.so.6", "libgvplugin_neato_layout.so.6", "libgvplugin_core.so.6"]

    /// Loads `names` from Graphviz's plugin folder; a library that is not there is skipped,
    /// and Graphviz then reports it as it would have.
    static func load(_ names: [String] = forDrawing) {
        guard let folder = folder() else { return }
        for name in names {
            _ = dlopen(folder + "/" + name, RTLD_LAZY | RTLD_LOCAL)
        }
    }

    /// The folder Graphviz itself loads plugins from: `GVBINDIR` when set, else `graphviz/`
    /// beside the libgvc this process runs, found in `/proc/self/maps` as Graphviz finds it.
    /// Read with the C library's string functions: this runs while nothing else of Swift's
    /// string searching has been used yet, and its first use costs more than the search.
    static func folder() -> String? {
        if let folder = getenv("GVBINDIR") { return String(cString: folder) }
        guard let maps = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(maps) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, maps) > 0, let line {
            guard strstr(line, " r-xp ") != nil, let path = strchr(line, Int32(UInt8(ascii: "/"))),
                  let library = strstr(path, "/libgvc.") else { continue }
            library.pointee = 0
            return String(cString: path) + "/graphviz"
        }
        return nil
    }
}
