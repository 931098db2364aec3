// Fuzz target: a scenario file (ScenarioLoader.load), then, when it reads cleanly, its plan
// against a small fixed model and a run of the engine. Built and run by `make fuzz`.
// fuzz-dictionary: yaml.dict
import RelGraph

/// The model every fuzzed scenario runs on: the actors and tie kinds the seed corpus names.
let fuzzModel: Model = {
    let text = """
    relgraph: 1
    title: Fuzz
    as_of: 2025-01-01
    sources:
      - {id: s, title: S, date: 2024}
    actors:
      - {id: A, kind: state, aliases: [Alpha]}
      - {id: B, kind: state}
      - {id: C, kind: force, since: 2020, until: 2024-04}
      - {id: D, kind: organization}
    ties:
      - {between: [A, B], kind: alliance, weight: 0.9, cite: [{source: s, quote: q}]}
      - {between: [A, C], kind: friction, weight: -0.3, cite: [{source: s, quote: q}]}
      - {from: C, to: B, kind: leverage, weight: -0.4, cite: [{source: s, quote: q}]}
      - {between: [B, D], kind: membership, weight: 0.5, cite: [{source: s, quote: q}]}
      - {between: [A, D], kind: rivalry, weight: -0.6, cite: [{source: s, quote: q}]}
    """
    return ModelLoader.load(text, path: "model.yaml").model!
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenarioLoading(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = ScenarioLoader.load(bytes, path: "fuzz.yaml")
    FuzzCheck.diagnostics(result.diagnostics, of: bytes)
    guard let scenario = result.scenario, !result.hasErrors else { return 0 }
    let (plan, planDiagnostics) = ScenarioPlan.make(scenario, model: fuzzModel)
    FuzzCheck.diagnostics(planDiagnostics, of: bytes, wholeFile: true)
    if let plan, !planDiagnostics.hasErrors {
        _ = try? ScenarioEngine.run(plan)
    }
    return 0
}
