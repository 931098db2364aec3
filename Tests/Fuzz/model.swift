// Fuzz target: a model file, from bytes to diagnostics (ModelLoader.load: YAML reader, loader,
// validator), then the snapshot every command draws. Built and run by `make fuzz`.
// fuzz-dictionary: yaml.dict
import RelGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelLoading(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = ModelLoader.load(bytes, path: "fuzz.yaml")
    FuzzCheck.diagnostics(result.diagnostics, of: bytes)
    if let model = result.model, !result.hasErrors {
        _ = model.snapshot().withoutIsolatedActors()
    }
    return 0
}
