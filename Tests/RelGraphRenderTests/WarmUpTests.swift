import Testing
@testable import RelGraphRender

@Suite("Graphviz's warm-up and the work done beside it")
struct WarmUpTests {
    /// The warm-up draws its pictures without looking at what Graphviz says: a picture it
    /// cannot draw would warm nothing, silently. (`render` throws on Graphviz's errors; its
    /// warnings include whatever else this test process writes to stderr meanwhile, so they
    /// are not a signal here.)
    @Test("each warm-up picture is drawn without an error, in every font and size pictures use")
    func warmUpPictures() throws {
        var fonts = Set<String>()
        for (dot, engine) in GraphvizWarmUp.pictures {
            let bytes = try GraphvizEngine.render(dot, engine: engine, format: .svg).bytes
            let svg = String(decoding: bytes, as: UTF8.self)
            for font in [GraphStyle.fontName, GraphStyle.boldFontName] where svg.contains("font-family=\"\(font)\"") { fonts.insert(font) }
            for size in [GraphStyle.titleFontSize, GraphStyle.actorFontSize, GraphStyle.legendFontSize] where svg.contains("font-size=\"\(size).00\"") {
                fonts.insert(size)
            }
        }
        #expect(fonts == [GraphStyle.fontName, GraphStyle.boldFontName, GraphStyle.titleFontSize, GraphStyle.actorFontSize, GraphStyle.legendFontSize])
        #expect(GraphvizWarmUp.pictures.map(\.engine) == ["neato", "nop2"])
    }

    @Test("work started in the background is done once, whoever asks for it first")
    func backgroundWorkOnce() {
        let counter = Counter()
        var works: [BackgroundWork<Int>] = []
        for index in 0 ..< 200 {
            works.append(BackgroundWork { counter.add(); return index * index })
            // Half are asked for at once, mostly before their thread has begun.
            if index.isMultiple(of: 2) { #expect(works[index].value == index * index) }
        }
        for (index, work) in works.enumerated() {
            #expect(work.value == index * index)
            #expect(work.value == index * index)
        }
        #expect(counter.value == 200)
    }

    private final class Counter: @unchecked Sendable {
        private let lock = Lock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
