import Foundation
import FoundationXML
import Testing
import RelGraph
@testable import RelGraphRender
import TestSupport

/// What an SVG says about its own print: its width attribute, its viewBox, and every text's
/// font size with the id of the group it sits in.
struct PrintedSVG {
    var width: String = ""
    var viewBoxWidth = 0.0
    var texts: [(group: String, size: Double, text: String)] = []

    init(_ bytes: [UInt8]) throws {
        // Read with the SAX parser, as `drawnPositions` is: it behaves the same everywhere.
        final class Collector: NSObject, XMLParserDelegate {
            var result = PrintedSVG()
            var groups: [String?] = []
            var text: (group: String, size: Double)?
            var characters = ""

            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                switch name {
                case "svg":
                    result.width = attributes["width"] ?? ""
                    let box = (attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
                    result.viewBoxWidth = box.count == 4 ? box[2] : 0
                case "g": groups.append(attributes["id"].flatMap { $0 == "graph0" ? nil : $0 })
                case "text":
                    text = (groups.last(where: { $0 != nil }).flatMap { $0 } ?? "", Double(attributes["font-size"] ?? "") ?? 0)
                    characters = ""
                default: break
                }
            }

            func parser(_ parser: XMLParser, foundCharacters string: String) { characters += string }

            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "g" { groups.removeLast() }
                if name == "text", let open = text {
                    result.texts.append((open.group, open.size, characters))
                    text = nil
                }
            }
        }
        let parser = XMLParser(data: Data(bytes))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { throw FixtureError(message: "SVG does not parse: \(parser.parserError.map { "\($0)" } ?? "")") }
        self = collector.result
    }

    private init() {}

    /// Points as printed when the picture is `points` wide.
    func printed(_ size: Double, at points: Double) -> Double { size * points / viewBoxWidth }
    var actorSizes: [Double] { texts.filter { $0.group.hasPrefix("actor-") }.map(\.size) }
    var legendSizes: [Double] { texts.filter { $0.group.hasPrefix("legend") }.map(\.size) }
}

@Suite("Pictures for a column: --width, wrapped text, legends that fit")
struct ColumnFitTests {
    static func spec(_ fixture: String) throws -> PictureSpec {
        ModelPicture.spec(for: try Fixture.model(fixture).snapshot().withoutIsolatedActors())
    }

    @Test("widths parse in cm, mm, in, pt and px; anything else, or out of range, does not")
    func widths() throws {
        #expect(try #require(PrintWidth(parsing: "16cm")).points == 16 / 2.54 * 72)
        #expect(try #require(PrintWidth(parsing: "160mm")).points == 160 / 25.4 * 72)
        #expect(try #require(PrintWidth(parsing: "6.3in")).points == 6.3 * 72)
        #expect(try #require(PrintWidth(parsing: "450pt")).points == 450)
        #expect(try #require(PrintWidth(parsing: "600px")).points == 450)
        #expect(PrintWidth(parsing: " 16 CM ")?.text == "16cm")
        for wrong in ["16", "cm", "16 furlongs", "-16cm", "1e3pt", "0.5in", "201in", "nan in", "16cm16cm", "١٦cm"] {
            #expect(PrintWidth(parsing: wrong) == nil, "\(wrong)")
        }
    }

    @Test("the canvas width relgraph computes is the width of the SVG Graphviz draws")
    func canvasWidth() throws {
        for fixture in ["caucasus-mini.yaml", "hostile-picture.yaml", "assumptions.yaml"] {
            for (magnification, fixed) in [(1.0, false), (2.5, false), (1.0, true), (1.7, true)] {
                var spec = try Self.spec(fixture)
                spec.magnification = magnification
                spec.fixedCanvas = fixed
                let (layout, drawn) = try PictureRenderer.render(union: spec, pictures: { _ in [spec] }, format: .svg, engine: .neato)
                let svg = try PrintedSVG(drawn[0].bytes)
                let computed = PictureRenderer.canvasWidth(spec, at: layout)
                // Graphviz widens a layout's box a little round a title wider than the graph
                // (4 pt at 18 pt type); drawn pinned, it does not: never less, at most that more.
                #expect(computed >= svg.viewBoxWidth - 0.5 && computed <= svg.viewBoxWidth + 4.5 * magnification,
                        "\(fixture) ×\(magnification) fixed: \(fixed): \(computed) against \(svg.viewBoxWidth)")
            }
        }
    }

    @Test("a picture for 16 cm is 16 cm wide, and its names and legend print at 7 and 6 pt or more")
    func fitsSixteenCentimetres() throws {
        let width = try #require(PrintWidth(parsing: "16cm"))
        let (rendered, outcome) = try PictureRenderer.render(try Self.spec("caucasus-mini.yaml"), format: .svg, engine: .neato, fit: ColumnFit(width: width))
        let svg = try PrintedSVG(rendered.bytes)
        #expect(svg.width == "453.54pt")
        #expect(!svg.actorSizes.isEmpty && !svg.legendSizes.isEmpty)
        #expect(svg.actorSizes.allSatisfy { svg.printed($0, at: width.points) >= ColumnFit.actorMinimum })
        #expect(svg.legendSizes.allSatisfy { svg.printed($0, at: width.points) >= ColumnFit.legendMinimum })
        let fit = try #require(outcome)
        #expect(fit.fits && fit.note == nil)
        #expect(fit.canvasWidth >= svg.viewBoxWidth - 0.5 && fit.canvasWidth <= svg.viewBoxWidth + 4.5)
    }

    /// Eight actors with one-letter names in a ring, and no legend: a picture whose width is
    /// mostly the spacing between actors, which magnified type does not widen.
    static func ring() -> PictureSpec {
        var graph = DOTGraph(name: "Ring")
        graph.graphAttributes = ModelPicture.baseGraphAttributes(title: "Ring", subtitle: "test")
        graph.nodeDefaults = ModelPicture.baseNodeDefaults
        graph.edgeDefaults = ModelPicture.baseEdgeDefaults
        let names = ["A", "B", "C", "D", "E", "F", "G", "H"]
        graph.nodes = names.map { DOTGraph.Node($0, [("id", "actor-\($0)"), ("label", $0), ("shape", "ellipse")]) }
        graph.edges = names.indices.map { DOTGraph.Edge(id: "tie-\($0)", tail: names[$0], head: names[($0 + 1) % names.count], [("dir", "none")]) }
        return PictureSpec(graph: graph, legend: Legend(sections: []))
    }

    @Test("a narrow column: type grows until names print at 7 pt, and the picture says so in its font sizes")
    func magnifies() throws {
        let width = try #require(PrintWidth(parsing: "2in"))
        let spec = Self.ring()
        let (plain, _) = try PictureRenderer.render(spec, format: .svg, engine: .neato, fit: nil)
        let unfitted = try PrintedSVG(plain.bytes)
        #expect(unfitted.actorSizes.contains { unfitted.printed($0, at: width.points) < ColumnFit.actorMinimum }, "the test needs a picture that does not fit as it is")
        let (rendered, outcome) = try PictureRenderer.render(spec, format: .svg, engine: .neato, fit: ColumnFit(width: width))
        let svg = try PrintedSVG(rendered.bytes)
        let fit = try #require(outcome)
        #expect(fit.magnification > 1 && fit.fits, "\(fit)")
        #expect(svg.width == "144.00pt")
        #expect(svg.actorSizes.count == 8 && svg.actorSizes.allSatisfy { abs($0 - 11 * fit.magnification) < 0.01 })
        #expect(svg.actorSizes.allSatisfy { svg.printed($0, at: width.points) >= ColumnFit.actorMinimum })
    }

    @Test("a model too dense for the width: the best it can do, and a note that says how small the names print")
    func tooDense() throws {
        var spec = try Self.spec("caucasus-mini.yaml")
        spec.graph.nodes += (0..<40).map { DOTGraph.Node("extra-\($0)", [("label", "Extra actor number \($0)")]) }
        let width = try #require(PrintWidth(parsing: "3cm"))
        let (_, outcome) = try PictureRenderer.render(spec, format: .svg, engine: .neato, fit: ColumnFit(width: width))
        let fit = try #require(outcome)
        #expect(!fit.fits)
        let note = try #require(fit.note)
        #expect(note.hasPrefix("too dense to print legibly 3cm wide: the smallest actor name prints at "))
        #expect(note.contains("(7 pt needed)"))
    }

    @Test("PNG and PDF made for a width get Graphviz's size; SVG keeps its units and says its width")
    func otherFormats() throws {
        var spec = try Self.spec("caucasus-mini.yaml")
        spec.printWidth = 600 * 0.75
        let png = try PictureRenderer.render(spec, format: .png, engine: .neato).bytes
        // The IHDR chunk: width and height, big-endian, from byte 16.
        let pixels = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(pixels == 600)
        let svg = try PrintedSVG(try PictureRenderer.render(spec, format: .svg, engine: .neato).bytes)
        #expect(svg.width == "450.00pt" && svg.viewBoxWidth != 450)
        let dot = String(decoding: try PictureRenderer.render(spec, format: .dot, engine: .neato).bytes, as: UTF8.self)
        #expect(!dot.contains(" size=") && !dot.contains(",size=") && !dot.contains("[size="))
    }
}
