import Foundation
import Testing
import RelGraph
@testable import RelGraphRender
import TestSupport

/// A scenario on the mini model with uncertainty draws, so that every effect has a verdict.
func drawnMiniResult(_ shocks: String, at: String? = nil, propagation: String? = nil) async throws -> ScenarioResult {
    let model = try Fixture.model("caucasus-mini.yaml")
    var text = "relgraph: 1\ntitle: \"Mini\"\n"
    if let at { text += "at: \(at)\n" }
    if let propagation { text += "propagation: {model: \(propagation)}\n" }
    text += "shocks:\n" + shocks + "\n"
    let scenario = try #require(ScenarioLoader.load(text, path: "mini.yaml").scenario)
    let plan = try #require(ScenarioPlan.make(scenario, model: model).0)
    return try await ScenarioEngine.run(plan, draws: 100, seed: 1)
}

@Suite("changes.svg: the focus picture of what changed")
struct ChangesPictureTests {
    @Test("shocked pairs are drawn and labelled before → after · verdict; the ties among their actors too")
    func shockedPairsLabelled() async throws {
        let result = try await drawnMiniResult("  - set: {tie: Azerbaijan~Russia:friction, weight: -0.9}")
        let selection = ChangesPicture.selection(result)
        let shocked = try #require(selection.lines.first { $0.role == .shocked })
        #expect(Set([shocked.first, shocked.second]) == ["Azerbaijan", "Russia"])
        let label = try #require(shocked.label)
        #expect(label.contains(" → ") && label.hasSuffix(" · " + result.pairs.first { $0.name == "\(shocked.first)~\(shocked.second)" }!.uncertainty!.verdict.rawValue),
                "\(label)")
        // Every drawn line joins two drawn actors.
        for line in selection.lines { #expect(selection.actors.contains(line.first) && selection.actors.contains(line.second)) }
        let spec = ChangesPicture.spec(result, selection, leftToRight: false)
        let edge = try #require(spec.graph.edges.first { $0.id == shocked.id })
        #expect(edge.attributes.contains { $0.name == "label" && $0.value.contains("→") }, "the label sits on the tie itself")
    }

    @Test("a scenario whose propagated effects are no finding: the shock alone, and a caption that says so")
    func noFinding() async throws {
        let result = try await drawnMiniResult("  - remove: Russia-peacekeepers", at: "2024-03-01", propagation: "none")
        let fit = try ChangesPicture.fit(result)
        #expect(fit.selection.lines.allSatisfy { $0.role == .shocked || $0.role == .context })
        #expect(fit.selection.findings == 0)
        #expect(ChangesPicture.caption(result, fit).contains("No propagated effect is a finding"))
        let spec = ChangesPicture.spec(result, fit.selection, leftToRight: fit.leftToRight)
        let subtitle = try #require(spec.graph.graphAttributes.first { $0.name == "label" }?.value)
        #expect(subtitle.contains("no propagated effect is a finding"))
    }

    @Test("the legend lists only what the picture draws")
    func legendOnlyWhatIsDrawn() throws {
        let result = try miniResult("  - remove: Russia-peacekeepers", at: "2024-03-01")
        let selection = ChangesPicture.selection(result)
        let labels = ChangesPicture.legend(for: selection, result).sections.flatMap(\.items).map(\.label)
        #expect(labels.contains("removed by the shock"))
        #expect(!labels.contains("added (hypothetical)"))
        #expect(!labels.contains("emergent (no tie)"))
        let added = try miniResult("  - add: {between: [Armenia, Turkiye], kind: cooperation, weight: 0.6}")
        let addedLabels = ChangesPicture.legend(for: ChangesPicture.selection(added), added).sections.flatMap(\.items).map(\.label)
        #expect(addedLabels.contains("added (hypothetical)"))
        #expect(!addedLabels.contains("removed by the shock"))
    }

    @Test("more changes than fit: the strongest are shown and the caption counts the rest")
    func strongestShown() throws {
        let result = try miniResult("  - remove: Russia\n  - remove: Turkiye")
        let all = ChangesPicture.selection(result, limit: .max)
        let one = ChangesPicture.selection(result, limit: 1)
        let changes = all.lines.filter { $0.role != .context }.count
        #expect(changes > 1)
        #expect(one.omitted == changes - 1)
        let strongest = ChangesPicture.shockedPairs(result).first!
        #expect(one.lines.contains { $0.first == strongest.first && $0.second == strongest.second })
        let outcome = ColumnFit.Outcome(magnification: 1, canvasWidth: 400, scale: 1.1, actorPoints: 12, legendPoints: 11, width: ChangesPicture.column)
        let fit = ChangesPicture.Fit(selection: one, leftToRight: false, outcome: outcome)
        #expect(ChangesPicture.caption(result, fit).contains("\(changes - 1) more are in the table"))
    }

    @Test("at 16 cm the chosen picture prints actors at 7 pt or more and the legend at 6 pt or more")
    func fitsTheColumn() throws {
        for shocks in ["  - remove: Russia-peacekeepers", "  - set: {tie: Azerbaijan~Russia:friction, weight: -0.9}",
                       "  - remove: Russia\n  - remove: Turkiye"] {
            let result = try miniResult(shocks, at: shocks.contains("peacekeepers") ? "2024-03-01" : nil)
            let fit = try ChangesPicture.fit(result)
            let outcome = fit.outcome
            #expect(fit.fits, "\(shocks): \(outcome.actorPoints) pt, legend \(outcome.legendPoints ?? 0) pt, labels \(fit.labelPoints) pt")
            #expect(outcome.actorPoints >= 7 && (outcome.legendPoints ?? 0) >= 6 && fit.labelPoints >= 6)
            // What the SVG says: the column's width when it is wider, else its own, never more.
            let svg = String(decoding: try ChangesPicture.render(result, format: .svg, fit: fit).bytes, as: UTF8.self)
            let width = try #require(svg.firstRange(of: /<svg width="([0-9.]+)pt"/).flatMap { Double(svg[$0].dropFirst(12).dropLast(3)) })
            #expect(width <= ChangesPicture.column.points + 0.01, "\(svg.prefix(300))")
            #expect(outcome.scale < 1 ? abs(width - ChangesPicture.column.points) < 0.01 : abs(width - outcome.canvasWidth) < 0.05 * outcome.canvasWidth, "\(width) pt, canvas \(outcome.canvasWidth)")
        }
    }

    @Test("the picture's own direction and spacing win over dot's defaults in the graph laid out")
    func ownLayoutAttributesWin() throws {
        let result = try miniResult("  - remove: Russia-peacekeepers", at: "2024-03-01")
        for leftToRight in [false, true] {
            let spec = ChangesPicture.spec(result, ChangesPicture.selection(result), leftToRight: leftToRight)
            for routed in [false, true] {
                let attributes = PictureRenderer.layoutGraph(spec, engine: .dot, routed: routed).graphAttributes
                #expect(attributes.filter { $0.name == "rankdir" }.map(\.value) == [leftToRight ? "LR" : "TB"])
                #expect(attributes.filter { $0.name == "nodesep" }.map(\.value) == ["0.35"])
                #expect(attributes.filter { $0.name == "ranksep" }.map(\.value) == ["0.45"])
                #expect(attributes.contains { $0.name == "splines" }, "dot's other defaults stay")
            }
        }
    }

    /// A hand-made model whose actors have very long names: the focus picture gives each name
    /// the lines it needs (in other pictures the fourth line of this first name ends in "…").
    @Test("long names are wrapped in full, none cut short")
    func longNamesWhole() throws {
        let text = #"""
        relgraph: 1
        title: "A hand-made model whose actors have very long names indeed"
        as_of: 2025-01-01
        sources:
          - {id: s1, title: "Report one", date: 2024-01, grade: B2}
          - {id: s2, title: "Report two", date: 2024-06, grade: C3}
        actors:
          - {id: A, label: "The Democratic Republic of Long-Named Federated Provinces", kind: state}
          - {id: B, label: "Organisation for Security and Co-operation in Greater Eurasia", kind: organization}
          - {id: C, label: "Trans-Caspian International Transport Route Consortium", kind: corridor}
          - {id: D, label: "United Kingdom of Great Britain and Northern Ireland", kind: state}
          - {id: E, label: "Collective Security Treaty Organization Rapid Reaction Force", kind: force}
          - {id: F, label: "Baku-Tbilisi-Ceyhan-Supsa-Erzurum Pipeline Operating Company", kind: infrastructure}
        ties:
          - {between: [A, B], kind: cooperation, weight: 0.6, cite: [{source: s1, quote: "q"}]}
          - {between: [A, C], kind: cooperation, weight: 0.7, cite: [{source: s1, quote: "q"}]}
          - {between: [B, C], kind: cooperation, weight: 0.5, cite: [{source: s2, quote: "q"}]}
          - {between: [A, D], kind: friction, weight: -0.5, cite: [{source: s1, quote: "q"}]}
          - {between: [D, B], kind: cooperation, weight: 0.6, cite: [{source: s1, quote: "q"}]}
          - {between: [D, C], kind: cooperation, weight: 0.6, cite: [{source: s2, quote: "q"}]}
          - {between: [E, A], kind: alliance, weight: 0.8, cite: [{source: s1, quote: "q"}]}
          - {between: [E, D], kind: rivalry, weight: -0.7, cite: [{source: s1, quote: "q"}]}
          - {between: [F, C], kind: cooperation, weight: 0.8, cite: [{source: s1, quote: "q"}]}
          - {between: [F, A], kind: cooperation, weight: 0.5, cite: [{source: s2, quote: "q"}]}
          - {between: [F, D], kind: cooperation, weight: 0.4, cite: [{source: s1, quote: "q"}]}
        """#
        let model = try #require(ModelLoader.load(text, path: "long.yaml").model)
        let scenario = try #require(ScenarioLoader.load("relgraph: 1\ntitle: Long\nshocks:\n  - remove: E\n", path: "long-scenario.yaml").scenario)
        let plan = try #require(ScenarioPlan.make(scenario, model: model).0)
        let result = try ScenarioEngine.run(plan)
        let fit = try ChangesPicture.fit(result)
        #expect(fit.selection.actors.contains("A"))
        let svg = String(decoding: try ChangesPicture.render(result, format: .svg, fit: fit).bytes, as: UTF8.self)
        #expect(!svg.contains("…"), "a name cut short")
        for word in ["Democratic", "Named", "Federated", "Provinces"] { #expect(svg.contains(">\(word)") || svg.contains(" \(word)<") || svg.contains(";\(word)<")) }
        let usual = ModelPicture.node(for: try #require(model.actors.first { $0.id == "A" }), fill: "#ffffff")
        #expect(usual.attributes.contains { $0.name == "label" && $0.value.contains("…") }, "other pictures keep four lines")
    }

    /// Graphviz 2.42.2's dot frees a block it did not allocate when a cluster meets labelled
    /// edges on one rank (docs: the in-process notes). The focus picture is the one picture
    /// laid out by dot with edge labels: it must never carry a cluster, and it must survive
    /// being laid out and drawn again and again in one process, in every format, with its
    /// legend (the part that looks like a cluster) and labelled ties side by side on one rank.
    @Test("dot with labelled ties: no cluster, and repeated in-process renders in every format survive")
    func dotWithLabelsSurvives() throws {
        // Two actors tied to the same shocked actor and to each other: their labelled tie is flat.
        let result = try miniResult("  - set: {tie: Azerbaijan~Russia:friction, weight: -0.9}\n  - set: {tie: Armenia~Russia, weight: -0.5}\n  - add: {between: [Armenia, Azerbaijan], kind: cooperation, weight: 0.5}")
        let fit = try ChangesPicture.fit(result)
        let spec = ChangesPicture.spec(result, fit.selection, leftToRight: fit.leftToRight)
        let dot = spec.graph.dotText
        #expect(!dot.lowercased().contains("subgraph") && !dot.lowercased().contains("cluster"))
        #expect(spec.graph.edges.filter { $0.attributes.contains { $0.name == "label" } }.count >= 2)
        for _ in 0..<8 {
            for format in [PictureFormat.svg, .png, .pdf] {
                let picture = try ChangesPicture.render(result, format: format, fit: fit)
                #expect(picture.bytes.count > 100)
            }
        }
        let svg = String(decoding: try ChangesPicture.render(result, format: .svg, fit: fit).bytes, as: UTF8.self)
        #expect(svg.contains("→"))
    }
}
