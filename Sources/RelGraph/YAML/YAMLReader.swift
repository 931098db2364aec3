import CYAML

/// Reads one YAML document into a `YAMLDocument`, driven by libyaml's events.
///
/// Events carry their start marks, so every node keeps its line and column without a
/// second pass. Limits keep hostile input cheap: aliases may not expand the document past
/// twice the size of the file, counting nodes and the bytes of their text (so neither an
/// alias bomb nor a megabyte scalar aliased a thousand times gets through), and nesting is
/// bounded (models are shallow).
public enum YAMLReader {
    public static let maximumDepth = 64
    /// Twice what `FileInput` reads: keeps every count in a document within 32 bits (the
    /// expansion budget bounds nodes and text to twice the input).
    public static let maximumBytes = 512 << 20

    /// The document's root, or nil when the input holds no document.
    public static func read(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
        if bytes.isEmpty { return nil }
        if let encoding = utf16Encoding(bytes) {
            // libyaml would read UTF-16 with a byte-order mark, but every other reader of
            // relgraph's files (scenario detection, evidence, schemas) takes UTF-8.
            throw YAMLError(.utf16Text(encoding), at: .start)
        }
        if bytes.count > maximumBytes {
            throw YAMLError(.tooLarge(megabytes: maximumBytes >> 20), at: .start)
        }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(.parserNotStarted(), at: .start)
        }
        defer { yaml_parser_delete(parser) }
        let result: Result<YAMLNode?, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            // The whole file at once: libyaml copies it through its own buffer either way, and
            // a string input needs no callback per chunk.
            yaml_parser_set_input_string(parser, buffer.baseAddress!, buffer.count)
            var builder = DocumentBuilder(positions: MarkPositions(bytes: buffer), budget: 2 * buffer.count + 1024)
            do {
                return .success(try builder.run(parser))
            } catch let error as YAMLError {
                return .failure(error)
            } catch {
                return .failure(YAMLError(.yamlSyntax("\(error)"), at: .start))
            }
        }
        return try result.get()
    }

    /// "UTF-16LE" or "UTF-16BE" for a byte-order mark, or for ASCII interleaved with NULs.
    static func utf16Encoding(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return "UTF-16LE" }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return "UTF-16BE" }
        guard bytes.count >= 4 else { return nil }
        let ascii: (UInt8) -> Bool = { $0 >= 0x09 && $0 < 0x7F }
        if ascii(bytes[0]) && bytes[1] == 0 && ascii(bytes[2]) && bytes[3] == 0 { return "UTF-16LE" }
        if bytes[0] == 0 && ascii(bytes[1]) && bytes[2] == 0 && ascii(bytes[3]) { return "UTF-16BE" }
        return nil
    }
}
