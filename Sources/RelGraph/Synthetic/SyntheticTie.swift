/// A tie of a synthetic model before it is written: its sign from the blocs, its kind from
/// its sign, strength and ends, its dates inside both actors' lives.
struct SyntheticTie: Sendable {
    var from: Int
    var to: Int
    var directed: Bool
    var kind: TieKind
    /// The weight in hundredths, −95 … +95, never 0.
    var hundredths: Int
    var since: (year: Int, month: Int?)?
    var until: Int?
    var confidence: Confidence?
    var citations: [(source: Int, paragraph: Int?)]

    /// Inside a bloc a tie is cooperative 85 % of the time, between blocs 30 %: blocs with
    /// some frustration, as signed event data show.
    static let cooperativeInside = 85
    static let cooperativeBetween = 30

    static func make(index: Int, _ pair: (Int, Int), actors: [SyntheticActor], sourceCount: Int, random: inout SplitMix64) -> SyntheticTie {
        let (a, b) = pair
        let inside = actors[a].bloc == actors[b].bloc
        let positive = random.below(100) < (inside ? cooperativeInside : cooperativeBetween)
        let magnitude = random.integer(in: 5 ... 95)
        var (kind, directed) = chooseKind(positive: positive, magnitude: magnitude, actors[a].kind, actors[b].kind, random: &random)
        var from = a, to = b
        if kind == .deployment {
            // A force is deployed on another's territory: force → host.
            if actors[b].kind == .force && actors[a].kind != .force { swap(&from, &to) }
        } else if random.below(2) == 0 {
            swap(&from, &to)
        }
        if !directed && random.below(20) == 0 {
            // Some cooperation and friction is one-sided too.
            kind = positive ? .support : .criticism
            directed = true
        }
        var tie = SyntheticTie(from: from, to: to, directed: directed, kind: kind, hundredths: positive ? magnitude : -magnitude,
                               since: nil, until: nil, confidence: nil, citations: [])

        // Dates: a third of the ties start at a known year (half of those a known month), and
        // a third of those end; always inside both actors' intervals.
        let first = max(SyntheticModel.firstYear, actors[a].since ?? SyntheticModel.firstYear, actors[b].since ?? SyntheticModel.firstYear)
        let last = min(SyntheticModel.asOfYear - 1, actors[a].until ?? SyntheticModel.asOfYear - 1, actors[b].until ?? SyntheticModel.asOfYear - 1)
        if random.below(3) == 0 {
            let year = random.integer(in: first ... last)
            tie.since = (year, random.below(2) == 0 ? random.integer(in: 1 ... 12) : nil)
            if random.below(3) == 0 { tie.until = random.integer(in: year ... last) }
        }
        let confidence = random.below(100)
        tie.confidence = confidence < 25 ? .high : confidence < 45 ? .low : nil

        // Source `index` first while there are unused ones, so that every source is cited.
        let primary = index < sourceCount ? index : random.below(sourceCount)
        tie.citations.append((primary, random.below(10) < 3 ? random.integer(in: 1 ... 40) : nil))
        if sourceCount > 1 && random.below(4) == 0 {
            let second = (primary + 1 + random.below(sourceCount - 1)) % sourceCount
            tie.citations.append((second, nil))
        }
        return tie
    }

    /// A kind whose expected sign agrees with the tie's: strong ties get the strong kinds,
    /// organisations get memberships, corridors transit, forces deployments; a few
    /// relations are one-sided (directed: support, mediation, sanction, criticism, leverage).
    static func chooseKind(positive: Bool, magnitude: Int, _ a: ActorKind, _ b: ActorKind,
                           random: inout SplitMix64) -> (TieKind, directed: Bool) {
        let ends = [a, b]
        if ends.contains(.force) && !(a == .force && b == .force) && random.below(2) == 0 {
            return positive && random.below(2) == 0 ? (.control, false) : (.deployment, true)
        }
        if positive && (ends.contains(.organization) || ends.contains(.bloc)) && random.below(3) != 0 {
            return (magnitude >= 40 ? .membership : magnitude >= 20 ? .observer : .application, false)
        }
        if ends.contains(.corridor) || ends.contains(.infrastructure) {
            return positive ? (.transit, false) : (.opposition, false)
        }
        let choices: [(TieKind, Bool)]
        switch (positive, magnitude) {
        case (true, 75...): choices = [(.alliance, false), (.security, false), (.partnership, false)]
        case (true, 50...): choices = [(.partnership, false), (.security, false), (.energy, false), (.support, true)]
        case (true, 25...): choices = [(.cooperation, false), (.trade, false), (.energy, false), (.support, true)]
        case (true, _): choices = [(.cooperation, false), (.trade, false), (.mediation, true), (.leverage, true)]
        case (false, 75...): choices = [(.conflict, false), (.hostility, false), (.rivalry, false)]
        case (false, 50...): choices = [(.rivalry, false), (.hostility, false), (.sanction, true)]
        case (false, 25...): choices = [(.friction, false), (.opposition, false), (.sanction, true), (.criticism, true)]
        case (false, _): choices = [(.friction, false), (.criticism, true), (.leverage, true)]
        }
        return random.pick(choices)
    }

    /// What the source says about `a` and `b` (from and to, when directed), in words that fit the kind.
    static func quote(_ kind: TieKind, _ a: String, _ b: String) -> String {
        switch kind {
        case .alliance: return "\(a) and \(b) reaffirmed their mutual defence commitments"
        case .partnership: return "\(a) and \(b) signed a declaration of strategic partnership"
        case .cooperation: return "\(a) and \(b) agreed to expand regular high-level consultations"
        case .security: return "\(a) and \(b) held joint military exercises and expanded arms deliveries"
        case .energy: return "\(a) and \(b) signed a long-term gas and electricity supply agreement"
        case .trade: return "trade between \(a) and \(b) reached a record, with new investment projects"
        case .transit: return "cargo between \(a) and \(b) moved along the route under a transit agreement"
        case .membership: return "\(a) and \(b) sat together as full members at the summit"
        case .observer: return "\(a) and \(b) met at the summit, one of them with observer status"
        case .application: return "an application for membership linked \(a) and \(b)"
        case .support: return "\(a) publicly backed the position of \(b)"
        case .control: return "\(a) and \(b) stand under one command"
        case .mediation: return "\(a) hosted talks and offered to mediate with \(b)"
        case .leverage: return "\(a) used its control of key supplies to pressure \(b)"
        case .deployment: return "\(a) kept troops stationed on the territory of \(b)"
        case .criticism: return "\(a) issued a formal condemnation of \(b)"
        case .friction: return "\(a) and \(b) traded accusations amid rising mistrust"
        case .opposition: return "\(a) and \(b) moved to block each other's plans"
        case .sanction: return "\(a) imposed new sanctions on \(b)"
        case .hostility: return "\(a) and \(b) waged a hostile campaign of coercion and retaliation"
        case .rivalry: return "\(a) and \(b) deepened an enduring strategic rivalry"
        case .conflict: return "\(a) and \(b) exchanged fire in renewed armed clashes"
        case .other: return "\(a) had dealings with \(b)"
        }
    }
}
