import RelGraph

/// One CSV file read against the columns it may have: the header row matched to
/// `CSVColumns`, every other row with its fields' positions.
struct CSVTable {
    let path: String
    let rows: [CSVReader.Record]
    /// Accepted header → column index.
    private var indices: [String: Int] = [:]

    /// Nil when the file is not CSV (the reason logged as an error).
    init?(path: String, bytes: [UInt8], columns: [CSVColumns.Column], diagnostics: inout [Diagnostic]) {
        self.path = path
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.read(bytes)
        } catch {
            diagnostics.append(Diagnostic(error.message, path: path, at: error.position))
            return nil
        }
        guard let header = records.first else {
            diagnostics.append(Diagnostic(.emptySheet(), path: path, at: .start))
            return nil
        }
        rows = Array(records.dropFirst())
        // A cell beyond the header has no column to go to: not dropped without a word.
        for (number, row) in rows.enumerated() where row.fields.count > header.fields.count {
            let extra = row.fields[header.fields.count...]
            guard let index = extra.firstIndex(where: { !$0.text.trimmingWhitespace.isEmpty }) else { continue }
            diagnostics.append(Diagnostic(.extraFields(row: number + 1, field: index + 1, fields: row.fields.count, columns: header.fields.count),
                                          path: path, at: row.fields[index].position))
        }
        for (index, field) in header.fields.enumerated() {
            let name = Self.normalized(field.text)
            if name.isEmpty { continue }
            guard let column = columns.first(where: { $0.accepted.contains(name) }) else {
                let hint = Suggestion.hint(for: name, in: columns.flatMap(\.accepted))
                diagnostics.append(Diagnostic(.unknownColumn(field.text, hint: hint), path: path, at: field.position))
                continue
            }
            if indices[column.header] != nil {
                diagnostics.append(Diagnostic(.duplicateColumn(column.header), path: path, at: field.position))
                continue
            }
            indices[column.header] = index
        }
    }

    func has(_ column: CSVColumns.Column) -> Bool { indices[column.header] != nil }

    /// The cell, or nil when the column is absent or the cell blank.
    func field(_ record: CSVReader.Record, _ column: CSVColumns.Column) -> CSVReader.Field? {
        guard let index = indices[column.header], index < record.fields.count else { return nil }
        let field = record.fields[index]
        return field.text.trimmingWhitespace.isEmpty ? nil : field
    }

    /// Trimmed text (for ids, dates and vocabularies).
    func value(_ record: CSVReader.Record, _ column: CSVColumns.Column) -> String? {
        field(record, column)?.text.trimmingWhitespace
    }

    /// Free text as written, with the spreadsheet-formula guard undone.
    func text(_ record: CSVReader.Record, _ column: CSVColumns.Column) -> String? {
        field(record, column).map { CSVReader.unprotected($0.text) }
    }

    /// "Source ID", "source_id", " SOURCE  ID " → "source id".
    static func normalized(_ header: String) -> String {
        header.trimmingWhitespace.lowercased().replacing("_", with: " ")
            .split(separator: " ").joined(separator: " ")
    }
}
