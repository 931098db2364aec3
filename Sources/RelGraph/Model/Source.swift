/// A published document that ties cite.
public struct Source: Sendable {
    public var id: String
    public var title: String
    public var author: String?
    public var outlet: String?
    public var date: PartialDate
    public var url: String?
    public var grade: AdmiraltyGrade?
    public var note: String?
    public var position: TextPosition

    public init(id: String, title: String, author: String? = nil, outlet: String? = nil, date: PartialDate,
                url: String? = nil, grade: AdmiraltyGrade? = nil, note: String? = nil, position: TextPosition = .start) {
        self.id = id
        self.title = title
        self.author = author
        self.outlet = outlet
        self.date = date
        self.url = url
        self.grade = grade
        self.note = note
        self.position = position
    }
}
