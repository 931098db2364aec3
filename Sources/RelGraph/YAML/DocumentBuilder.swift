import CYAML

/// Turns libyaml's events into a `YAMLDocument`, enforcing the reader's limits as it goes.
///
/// Children of the containers still open wait in `pending`, innermost last; when a container
/// ends, its children move to `records` as one run and the container itself becomes a pending
/// child of its parent. An alias is a copy of its anchor's record (its children are already
/// in place), so it costs one record however large the node it names.
struct DocumentBuilder {
    /// A container whose end has not been read yet.
    struct OpenContainer {
        let kind: YAMLDocument.Record.Kind
        let position: TextPosition
        let anchor: String?
        /// Where its children begin in `pending`.
        let firstPending: Int
        /// `expanded` before it opened: the difference at its end is its size.
        let expandedBefore: Int
    }

    /// An anchored node and its size (nodes plus bytes of text), which every alias to it adds.
    struct Anchor {
        let record: YAMLDocument.Record
        let size: Int
    }

    var positions: MarkPositions
    let budget: Int
    var open: [OpenContainer] = []
    let pending = AppendOnlyBuffer<YAMLDocument.Record>(capacity: 256)
    let records: AppendOnlyBuffer<YAMLDocument.Record>
    let text: AppendOnlyBuffer<UInt8>
    var anchors: [String: Anchor] = [:]
    var root: YAMLDocument.Record?
    var documents = 0
    /// The document's size so far: one per node plus the bytes of each scalar's text.
    var expanded = 0

    init(positions: MarkPositions, budget: Int) {
        self.positions = positions
        self.budget = budget
        // Scalars' text is most of a file and rarely more than it, and a model takes about
        // 20 bytes a node: one allocation each for a typical file, not twenty.
        text = AppendOnlyBuffer(capacity: positions.bytes.count)
        records = AppendOnlyBuffer(capacity: positions.bytes.count / 16)
    }

    mutating func run(_ parser: UnsafeMutablePointer<yaml_parser_t>) throws(YAMLError) -> YAMLNode? {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else { throw parserError(parser) }
            defer { yaml_event_delete(&event) }
            let position = positions.position(of: event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root.map { YAMLNode($0, in: YAMLDocument(records: records, text: text)) }
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLError(.secondDocument(), at: position)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                // A tag (`!!str 0.5`) makes even an unquoted scalar what the tag says: not plain.
                try self.scalar(scalar.value, length: scalar.length, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.plain_implicit != 0,
                                anchor: Self.optionalString(scalar.anchor), at: position)
            case YAML_ALIAS_EVENT:
                try alias(Self.optionalString(event.data.alias.anchor) ?? "", at: position)
            case YAML_SEQUENCE_START_EVENT:
                try open(.sequence, anchor: Self.optionalString(event.data.sequence_start.anchor), at: position)
            case YAML_MAPPING_START_EVENT:
                try open(.mapping, anchor: Self.optionalString(event.data.mapping_start.anchor), at: position)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                close()
            default:
                break
            }
        }
    }

    mutating func scalar(_ value: UnsafeMutablePointer<yaml_char_t>?, length: Int, plain: Bool, anchor: String?,
                         at position: TextPosition) throws(YAMLError) {
        let size = 1 + length
        try count(size, at: position)
        let start = text.count
        var stored = 0
        if let value, length > 0 {
            text.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
            stored = length
        }
        let record = YAMLDocument.Record(kind: plain ? .plainScalar : .otherScalar, position: position,
                                         start: Int32(start), count: Int32(stored))
        complete(record, anchor: anchor, size: size)
    }

    mutating func alias(_ name: String, at position: TextPosition) throws(YAMLError) {
        guard let anchor = anchors[name] else {
            throw YAMLError(.unknownAlias(name), at: position)
        }
        try count(anchor.size, at: position)
        var record = anchor.record
        record.position = position
        complete(record, anchor: nil, size: anchor.size)
    }

    mutating func open(_ kind: YAMLDocument.Record.Kind, anchor: String?, at position: TextPosition) throws(YAMLError) {
        if open.count >= YAMLReader.maximumDepth {
            throw YAMLError(.tooDeep(YAMLReader.maximumDepth), at: position)
        }
        let expandedBefore = expanded
        try count(1, at: position)
        open.append(OpenContainer(kind: kind, position: position, anchor: anchor,
                                  firstPending: pending.count, expandedBefore: expandedBefore))
    }

    mutating func close() {
        guard let container = open.popLast() else { return }
        let first = records.count
        records.append(contentsOf: UnsafeBufferPointer(rebasing: pending.elements[container.firstPending...]))
        let children = pending.count - container.firstPending
        pending.removeLast(children)
        let record = YAMLDocument.Record(kind: container.kind, position: container.position,
                                         start: Int32(first), count: Int32(children))
        complete(record, anchor: container.anchor, size: expanded - container.expandedBefore)
    }

    /// Without aliases a document's nodes and text never reach twice its bytes (a node takes
    /// at least a byte or two of source, an escape never yields more than 1.5 bytes per byte
    /// of source); past that, aliases are multiplying it.
    mutating func count(_ added: Int, at position: TextPosition) throws(YAMLError) {
        expanded += added
        if expanded > budget {
            throw YAMLError(.aliasExpansion(), at: position)
        }
    }

    mutating func complete(_ record: YAMLDocument.Record, anchor: String?, size: Int) {
        if let anchor { anchors[anchor] = Anchor(record: record, size: size) }
        if open.isEmpty {
            root = record
        } else {
            pending.append(record)
        }
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
            return YAMLError(.notReadableAsText(message), at: positions.position(ofByte: p.problem_offset))
        }
        return YAMLError(.yamlSyntax(message), at: positions.clamped(TextPosition(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1)))
    }
}
