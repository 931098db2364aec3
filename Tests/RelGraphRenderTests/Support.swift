import Foundation
import RelGraph
@testable import RelGraphRender

func renderSVG(_ model: Model, engine: LayoutEngine = .neato) throws -> String {
    let spec = ModelPicture.spec(for: model.snapshot())
    let rendered = try PictureRenderer.render(spec, format: .svg, engine: engine)
    return String(decoding: rendered.bytes, as: UTF8.self)
}
