import CYAML

/// Reads one YAML document into a `YAMLNode` tree, driven by libyaml's events.
///
/// Events carry their start marks, so every node keeps its line and column without a
/// second pass. Limits keep hostile input cheap: aliases may not expand the document past
/// twice the size of the file, counting nodes and the bytes of their text (so neither an
/// alias bomb nor a megabyte scalar aliased a thousand times gets through), and nesting is
/// bounded (models are shallow).
public enum YAMLReader {
    public static let maximumDepth = 64

    public static func read(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
        if bytes.isEmpty { return nil }
        if let encoding = utf16Encoding(bytes) {
            // libyaml would read UTF-16 with a byte-order mark, but every other reader of
            // relgraph's files (scenario detection, evidence, schemas) takes UTF-8.
            throw YAMLError(code: "not-text", "the file is \(encoding) text; relgraph reads UTF-8: save it as UTF-8", at: .start)
        }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(code: "out-of-memory", "cannot start the YAML parser", at: .start)
        }
        defer { yaml_parser_delete(parser) }
        let result: Result<YAMLNode?, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress!, buffer.count)
            var builder = TreeBuilder(bytes: buffer, budget: 2 * buffer.count + 1024)
            do {
                return .success(try builder.run(parser))
            } catch let error as YAMLError {
                return .failure(error)
            } catch {
                return .failure(YAMLError("\(error)", at: .start))
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

private struct TreeBuilder {
    /// An open container; a class so appending never copies the children array.
    final class Frame {
        let position: TextPosition
        let anchor: String?
        let isMapping: Bool
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var pendingKey: YAMLNode?
        var size = 1

        init(_ position: TextPosition, anchor: String?, isMapping: Bool) {
            self.position = position
            self.anchor = anchor
            self.isMapping = isMapping
        }

        func node() -> YAMLNode {
            YAMLNode(isMapping ? .mapping(pairs) : .sequence(items), at: position, size: size)
        }
    }

    var stack: [Frame] = []
    var anchors: [String: YAMLNode] = [:]
    var root: YAMLNode?
    var documents = 0
    /// The document's size so far: one per node plus the bytes of each scalar's text.
    var expanded = 0
    /// Where the file ends, once needed (see `position(of:)`).
    var endPosition: TextPosition?
    let bytes: UnsafeBufferPointer<UInt8>
    let budget: Int

    init(bytes: UnsafeBufferPointer<UInt8>, budget: Int) {
        self.bytes = bytes
        self.budget = budget
    }

    mutating func run(_ parser: UnsafeMutablePointer<yaml_parser_t>) throws(YAMLError) -> YAMLNode? {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { throw parserError(parser) }
            defer { yaml_event_delete(&event) }
            let position = self.position(of: event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLError(code: "multiple-documents",
                                    "a model file holds one YAML document; this is a second one", at: position)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = Self.string(scalar.value, length: scalar.length)
                try count(1 + scalar.length, at: position)
                let node = YAMLNode(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), at: position, size: 1 + scalar.length)
                complete(node, anchor: Self.optionalString(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let name = Self.optionalString(event.data.alias.anchor) ?? ""
                guard var node = anchors[name] else {
                    throw YAMLError("unknown alias '*\(name)'", at: position)
                }
                node.position = position
                try count(node.size, at: position)
                complete(node, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                try open(Frame(position, anchor: Self.optionalString(event.data.sequence_start.anchor), isMapping: false))
            case YAML_MAPPING_START_EVENT:
                try open(Frame(position, anchor: Self.optionalString(event.data.mapping_start.anchor), isMapping: true))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let frame = stack.popLast() { complete(frame.node(), anchor: frame.anchor) }
            default:
                break
            }
        }
    }

    mutating func open(_ frame: Frame) throws(YAMLError) {
        if stack.count >= YAMLReader.maximumDepth {
            throw YAMLError(code: "too-deep",
                            "nesting deeper than \(YAMLReader.maximumDepth) levels; a model is never this deep", at: frame.position)
        }
        try count(1, at: frame.position)
        stack.append(frame)
    }

    /// Without aliases a document's nodes and text never reach twice its bytes (a node takes
    /// at least a byte or two of source, an escape never yields more than 1.5 bytes per byte
    /// of source); past that, aliases are multiplying it.
    mutating func count(_ added: Int, at position: TextPosition) throws(YAMLError) {
        expanded += added
        if expanded > budget {
            throw YAMLError(code: "alias-expansion",
                            "aliases expand this document past the size of the file (an alias bomb?)", at: position)
        }
    }

    mutating func complete(_ node: YAMLNode, anchor: String?) {
        if let anchor { anchors[anchor] = node }
        guard let top = stack.last else {
            root = node
            return
        }
        top.size += node.size
        if !top.isMapping {
            top.items.append(node)
        } else if let key = top.pendingKey {
            top.pairs.append(YAMLNode.Pair(key: key, value: node))
            top.pendingKey = nil
        } else {
            top.pendingKey = node
        }
    }

    /// Line and column (in Unicode scalars) of a byte offset: reader errors give only the offset.
    /// Lines break where libyaml breaks them: LF, CR, CR LF, NEL, LS and PS.
    func position(ofByte offset: Int) -> TextPosition {
        var line = 1, column = 1
        let end = min(offset, bytes.count)
        var index = 0
        while index < end {
            let breakLength = Self.lineBreakLength(bytes, at: index)
            if breakLength > 0 {
                line += 1
                column = 1
                index += breakLength
                continue
            }
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return TextPosition(line: line, column: column)
    }

    /// The byte length of the line break at `index`, or 0.
    static func lineBreakLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// libyaml ends a file that lacks a final line break with one of its own, so a node or an
    /// error at the very end can stand on a line after the last; it is put at the end of the
    /// last line instead. Found by fuzzing: `key: ` at the end of a file, without a newline.
    func clamped(_ position: TextPosition) -> TextPosition {
        guard position.column == 1, let last = bytes.last, last != 0x0A, last != 0x0D else { return position }
        let end = self.position(ofByte: bytes.count)
        return position.line > end.line ? end : position
    }

    /// An event's position; the scan for the file's end runs only for a file without a final
    /// line break, once, when an event stands at the start of a line.
    mutating func position(of mark: yaml_mark_t) -> TextPosition {
        let position = TextPosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        guard mark.column == 0, let last = bytes.last, last != 0x0A, last != 0x0D else { return position }
        if endPosition == nil { endPosition = self.position(ofByte: bytes.count) }
        return position.line > endPosition!.line ? endPosition! : position
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    static func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    func parserError(_ parser: UnsafeMutablePointer<yaml_parser_t>) -> YAMLError {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "unreadable YAML"
        let context = p.context.map { String(cString: $0) }
        var message = context.map { "\($0): \(problem)" } ?? problem
        if message.count > 200 { message = String(message.prefix(200)) + "…" }
        if p.error == YAML_READER_ERROR {
            // Reader errors (bad UTF-8, control bytes) carry a byte offset, not a mark.
            return YAMLError(code: "not-text", "not readable as UTF-8 text: " + message, at: position(ofByte: p.problem_offset))
        }
        return YAMLError(message, at: clamped(TextPosition(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1)))
    }
}
