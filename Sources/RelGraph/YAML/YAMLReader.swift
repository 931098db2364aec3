import CYAML

/// Reads one YAML document into a `YAMLNode` tree, driven by libyaml's events.
///
/// Events carry their start marks, so every node keeps its line and column without a
/// second pass. Limits keep hostile input cheap: aliases may not expand the document past
/// the size of the file (an alias bomb cannot), and nesting is bounded (models are shallow).
public enum YAMLReader {
    public static let maximumDepth = 64

    public static func read(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
        if bytes.isEmpty { return nil }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(code: "out-of-memory", "cannot start the YAML parser", at: .start)
        }
        defer { yaml_parser_delete(parser) }
        let result: Result<YAMLNode?, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress!, buffer.count)
            var builder = TreeBuilder(bytes: buffer, nodeBudget: buffer.count + 1024)
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
    var nodes = 0
    let bytes: UnsafeBufferPointer<UInt8>
    let nodeBudget: Int

    init(bytes: UnsafeBufferPointer<UInt8>, nodeBudget: Int) {
        self.bytes = bytes
        self.nodeBudget = nodeBudget
    }

    mutating func run(_ parser: UnsafeMutablePointer<yaml_parser_t>) throws(YAMLError) -> YAMLNode? {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { throw parserError(parser) }
            defer { yaml_event_delete(&event) }
            let position = TextPosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
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
                try count(1, at: position)
                let node = YAMLNode(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), at: position)
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

    /// A document without aliases has fewer nodes than bytes; one with more is an alias bomb.
    mutating func count(_ added: Int, at position: TextPosition) throws(YAMLError) {
        nodes += added
        if nodes > nodeBudget {
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
    func position(ofByte offset: Int) -> TextPosition {
        var line = 1, column = 1
        for index in 0..<min(offset, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return TextPosition(line: line, column: column)
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
        return YAMLError(message, at: TextPosition(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1))
    }
}
