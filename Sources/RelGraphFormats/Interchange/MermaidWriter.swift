import RelGraph

/// A Mermaid flowchart (`flowchart LR`) for Markdown platforms that draw ```` ```mermaid ```` blocks.
///
/// Node ids are `a1`, `a2`, … by position (actor ids may clash with Mermaid keywords such as
/// `end`); labels are quoted with `"`, `<`, `>`, `#`, `&`, `|`, `%`, backtick and line breaks
/// written as Mermaid's numeric entity codes, so no author's text can change the chart's
/// structure. Shapes follow actor kinds; links follow ties:
///
/// | tie | link |
/// | --- | --- |
/// | mutual, weight ≥ 0 | `---` solid |
/// | directed, weight ≥ 0 | `-->` solid arrow |
/// | mutual, weight < 0 | `-.-` dotted |
/// | directed, weight < 0 | `-.->` dotted arrow |
///
/// and `linkStyle` colours them by sign (blue cooperation, orange conflict, grey zero, the
/// colours of relgraph's pictures) and widens them by strength. Exporting every date draws
/// ties that never held at the same time; each bounded tie's label then gives its dates.
public struct MermaidWriter: Exporter {
    public init() {}

    public var name: String { "mermaid" }
    public var title: String { "Mermaid" }
    public var extensions: [String] { ["mmd", "mermaid"] }

    public func export(_ graph: InterchangeGraph) -> Exported { .file(Self.write(graph)) }

    public static let cooperativeColor = "#0072b2"
    public static let conflictualColor = "#d55e00"
    public static let neutralColor = "#6b6b6b"

    public static func write(_ graph: InterchangeGraph) -> String {
        let model = graph.model
        var out = "flowchart LR\n"
        out += "  %% \(comment(model.title)) — " + (graph.day.map { "as of \($0)" } ?? "every date (as_of \(model.asOf))") + "\n"
        var nodeIDs: [String: String] = [:]
        for (position, actor) in graph.actors.enumerated() {
            let id = "a\(position + 1)"
            nodeIDs[actor.id] = id
            let (open, close) = shape(actor.kind)
            out += "  \(id)\(open)\"\(escaped(actor.label))\"\(close)\n"
        }
        var styles: [String: [Int]] = [:]
        var linkIndex = 0
        for entry in graph.ties {
            let tie = entry.tie
            guard let from = nodeIDs[tie.from], let to = nodeIDs[tie.to] else { continue }
            let weight = shownWeight(tie.weight)
            let arrow = weight < 0 ? (tie.directed ? "-.->" : "-.-") : (tie.directed ? "-->" : "---")
            out += "  \(from) \(arrow)|\"\(escaped(linkLabel(tie, everyDate: graph.day == nil)))\"| \(to)\n"
            styles[linkStyle(weight), default: []].append(linkIndex)
            linkIndex += 1
        }
        for style in styles.keys.sorted() {
            out += "  linkStyle \(styles[style]!.map(String.init).joined(separator: ",")) \(style)\n"
        }
        var classes: [(name: String, color: String, members: [String])] = []
        for group in model.groups {
            guard let color = group.color else { continue }
            let members = graph.actors.filter { $0.group == group.id }.compactMap { nodeIDs[$0.id] }
            if !members.isEmpty { classes.append(("g\(classes.count + 1)", color, members)) }
        }
        for entry in classes {
            out += "  classDef \(entry.name) fill:\(entry.color)\n"
            out += "  class \(entry.members.joined(separator: ",")) \(entry.name)\n"
        }
        return out
    }

    /// "alliance +0.9", with the dates when every date is drawn.
    static func linkLabel(_ tie: Tie, everyDate: Bool) -> String {
        var text = "\(tie.kind.rawValue) \(WeightFormat.signed(tie.weight))"
        if everyDate, let dates = tie.validity.summary { text += ", \(dates)" }
        return text
    }

    /// The weight as its label shows it: a weight that prints as 0 (below 0.005) is drawn as
    /// 0, grey and solid, so the line never claims a sign its label does not.
    static func shownWeight(_ weight: Double) -> Double {
        WeightFormat.plain(weight) == "0" ? 0 : weight
    }

    /// Colour by sign, width by strength (1, 2 or 3 px for |w| < 0.4, < 0.7, above).
    static func linkStyle(_ weight: Double) -> String {
        let color = weight > 0 ? cooperativeColor : weight < 0 ? conflictualColor : neutralColor
        let strength = abs(weight)
        let width = strength < 0.4 ? 1 : strength < 0.7 ? 2 : 3
        return "stroke:\(color),stroke-width:\(width)px"
    }

    static func shape(_ kind: ActorKind) -> (String, String) {
        switch kind {
        case .state: return ("[", "]")
        case .organization: return ("(", ")")
        case .bloc: return ("{{", "}}")
        case .person: return ("([", "])")
        case .force: return ("[/", "/]")
        case .infrastructure: return ("[(", ")]")
        case .corridor: return (">", "]")
        case .other: return ("[", "]")
        }
    }

    /// Inside `"…"`: anything Mermaid could read as syntax or markup becomes `#code;`.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "<", ">", "#", "&", "|", "%", "`", ";":
                out += "#\(scalar.value);"
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A `%%` comment runs to the end of the line.
    static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 }))
    }
}
