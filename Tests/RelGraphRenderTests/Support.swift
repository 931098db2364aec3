import Foundation
import RelGraph
@testable import RelGraphRender

enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!.path
    }

    static func model(_ name: String) throws -> Model {
        let result = try ModelLoader.load(contentsOf: path(name))
        guard let model = result.model, !result.hasErrors else {
            throw FixtureError(message: "\(name): \(result.diagnostics)")
        }
        return model
    }
}

struct FixtureError: Error { var message: String }

func renderSVG(_ model: Model, engine: LayoutEngine = .neato) throws -> String {
    let spec = ModelPicture.spec(for: model.snapshot())
    let rendered = try PictureRenderer.render(spec, format: .svg, engine: engine)
    return String(decoding: rendered.bytes, as: UTF8.self)
}
