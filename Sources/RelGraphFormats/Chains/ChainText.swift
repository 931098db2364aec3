import RelGraph

/// `relgraph path` as text: each chain, each step's relation, and the ties and citations
/// behind it ("on whose word").
public enum ChainText {
    /// Quotes longer than this are cut at a word boundary and end with "…".
    public static let quoteLength = 100

    /// Both sections, or a line saying that no chain of that kind exists.
    public static func text(snapshot: Snapshot, from: String, to: String, cooperative: [Chain], signed: [Chain]) -> String {
        let model = snapshot.model
        func label(_ id: String) -> String { model.actor(id)?.label ?? id }
        var text = "How \(label(from)) is connected to \(label(to)), as of \(snapshot.day)\n\n"
        text += "Strongest cooperative chains (every relation positive; strength: the product of the weights)\n"
        if cooperative.isEmpty {
            text += "  No chain of cooperative relations joins \(label(from)) and \(label(to)) on \(snapshot.day).\n"
        }
        // A relation's ties and quotes are listed once; later chains through it refer back.
        var shown = Set<Pair>()
        for (number, chain) in cooperative.enumerated() {
            text += "\n" + describe(chain, number: number + 1, signed: false, model: model, shown: &shown)
        }
        text += "\nShortest signed chains (fewest ties, any sign; the chain's sign is the product of its signs)\n"
        if signed.isEmpty {
            text += "  \(label(from)) and \(label(to)) are not connected on \(snapshot.day), by any chain of relations.\n"
        }
        for (number, chain) in signed.enumerated() {
            text += "\n" + describe(chain, number: number + 1, signed: true, model: model, shown: &shown)
        }
        return text
    }

    static func describe(_ chain: Chain, number: Int, signed: Bool, model: Model, shown: inout Set<Pair>) -> String {
        func label(_ id: String) -> String { model.actor(id)?.label ?? id }
        let ties = chain.steps.count == 1 ? "1 tie" : "\(chain.steps.count) ties"
        var verdict = ""
        if signed { verdict = chain.sign > 0 ? "friendly (+), " : "hostile (-), " }
        var text = "  \(number). " + chain.actors.map(label).joined(separator: " → ")
        text += "   [\(verdict)strength \(WeightFormat.plain(chain.strength, decimals: 3)), \(ties)]\n"
        for step in chain.steps {
            text += "       \(label(step.from)) – \(label(step.to))  \(WeightFormat.signed(step.weight))"
            guard shown.insert(Pair(step.from, step.to)).inserted else {
                text += "  (ties as above)\n"
                continue
            }
            text += "\n"
            for index in step.ties {
                let tie = model.ties[index]
                var line = "         \(tie.kind.rawValue) \(WeightFormat.signed(tie.weight))"
                if tie.directed { line += " (\(label(tie.from)) → \(label(tie.to)))" }
                if let tieLabel = tie.label { line += " “\(tieLabel)”" }
                text += line + "\n"
                for citation in tie.citations {
                    text += "           \(citation.source): \"\(short(citation.quote))\"\n"
                }
            }
        }
        return text
    }

    /// The quote on one line, cut at a word boundary when long.
    static func short(_ quote: String) -> String {
        let words = quote.split(whereSeparator: { $0.isWhitespace })
        var text = ""
        for word in words {
            let next = text.isEmpty ? String(word) : text + " " + word
            if next.count > quoteLength {
                return (text.isEmpty ? String(word.prefix(quoteLength)) : text) + "…"
            }
            text = next
        }
        return text
    }
}
