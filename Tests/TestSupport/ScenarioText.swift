import RelGraph

/// Models and scenarios written in a few lines, for tests of the scenario engine and of what
/// it writes: a plan from YAML text, a model from compact tie lines, a scenario from shocks.
public enum ScenarioText {
    /// A plan from a model's and a scenario's YAML text; any error in either is thrown.
    public static func plan(model modelYAML: String, scenario scenarioYAML: String, at: PartialDate? = nil) throws -> ScenarioPlan {
        let loadedModel = ModelLoader.load(modelYAML, path: "m.yaml")
        guard let model = loadedModel.model, !loadedModel.hasErrors else { throw FixtureError(message: "m.yaml: \(loadedModel.diagnostics)") }
        let loaded = ScenarioLoader.load(scenarioYAML, path: "s.yaml")
        guard let scenario = loaded.scenario, !loaded.hasErrors else { throw FixtureError(message: "s.yaml: \(loaded.diagnostics)") }
        let (plan, diagnostics) = ScenarioPlan.make(scenario, model: model, at: at)
        guard let plan, !diagnostics.hasErrors else { throw FixtureError(message: "plan: \(diagnostics)") }
        return plan
    }

    /// A model from compact tie lines (A, B, weight): mutual cooperation or friction by sign,
    /// each cited to one source `s`.
    public static func tinyModel(_ actors: [String], _ ties: [(String, String, Double)], extra: String = "", moreTies: String = "") -> String {
        var yaml = "relgraph: 1\ntitle: tiny\nas_of: 2025-01-01\nsources: [{id: s, title: S, date: 2025}]\nactors:\n"
        for actor in actors { yaml += "  - {id: \(actor), kind: state}\n" }
        yaml += extra
        yaml += "ties:\n"
        for (a, b, w) in ties {
            yaml += "  - {between: [\(a), \(b)], kind: \(w >= 0 ? "cooperation" : "friction"), weight: \(w), cite: [{source: s, quote: q}]}\n"
        }
        return yaml + moreTies
    }

    /// A scenario of the given shock lines (each "  - …"), propagation and expectation lines.
    public static func scenario(_ shocks: String, propagation: String = "{model: balance}", expect: String = "") -> String {
        "relgraph: 1\ntitle: t\nshocks:\n\(shocks)\npropagation: \(propagation)\n" + (expect.isEmpty ? "" : "expect:\n\(expect)\n")
    }

    /// A triangle A–B–C: A~B (+0.3) and B~C (+0.6) cited to s2, A~C (+0.8) to s1, both A1.
    public static let twoSourceTriangle = """
        relgraph: 1
        title: resting
        as_of: 2025-01-01
        sources: [{id: s1, title: One, date: 2025, grade: A1}, {id: s2, title: Two, date: 2025, grade: A1}]
        actors: [{id: A, kind: state}, {id: B, kind: state}, {id: C, kind: state}]
        ties:
          - {between: [A, B], kind: cooperation, weight: 0.3, cite: [{source: s2, quote: q}]}
          - {between: [A, C], kind: cooperation, weight: 0.8, cite: [{source: s1, quote: q}]}
          - {between: [B, C], kind: cooperation, weight: 0.6, cite: [{source: s2, quote: q}]}
        """

    /// `twoSourceTriangle` with one source, and A~C, which carries any change of B~C to A~B,
    /// an assumption (`basis: assumption`).
    public static let assumedTriangle = """
        relgraph: 1
        title: assumed
        as_of: 2025-01-01
        sources: [{id: s1, title: One, date: 2025, grade: A1}]
        actors: [{id: A, kind: state}, {id: B, kind: state}, {id: C, kind: state}]
        ties:
          - {between: [A, B], kind: cooperation, weight: 0.3, cite: [{source: s1, quote: q}]}
          - {between: [A, C], kind: cooperation, weight: 0.8, basis: assumption, rationale: "a matter of record"}
          - {between: [B, C], kind: cooperation, weight: 0.6, cite: [{source: s1, quote: q}]}
        """
}
