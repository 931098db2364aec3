/// Which pairs of actors a synthetic model ties: a connected, heavy-tailed graph whose ties
/// fall mostly inside blocs.
///
/// 1. Backbone: actor i (i ≥ 1) ties to one earlier actor, so all are joined and none is
///    isolated. The founders of the blocs (actors 0 ..< B) tie among themselves; later actors
///    choose within their own bloc three times in four. The partner is picked half the time
///    in proportion to its degree (preferential attachment, Barabási & Albert 1999), half
///    the time uniformly.
/// 2. The other M − (N − 1) ties: one end by degree (90 %) or uniformly, the other in the
///    same bloc (60 %) or anywhere, by degree (75 %) or uniformly; a pair already tied, or an
///    actor with itself, is drawn again.
/// 3. When 200 draws in a row fail (a dense request: most pairs are taken), the remaining
///    ties are drawn without replacement from the untied pairs, so every M up to N(N − 1)/2
///    is met exactly.
///
/// Reference: A.-L. Barabási & R. Albert (1999), "Emergence of scaling in random networks",
/// Science 286(5439): 509–512.
enum SyntheticStructure {
    static func pairs(actors: [SyntheticActor], blocCount: Int, ties: Int, random: inout SplitMix64) -> [(Int, Int)] {
        let n = actors.count
        var result: [(Int, Int)] = []
        result.reserveCapacity(ties)
        var taken = Set<UInt64>(minimumCapacity: ties)
        // Every tie end once: drawing from it picks an actor in proportion to its degree.
        var ends: [Int] = []
        ends.reserveCapacity(2 * ties)
        var blocEnds = [[Int]](repeating: [], count: blocCount)
        var blocMembers = [[Int]](repeating: [], count: blocCount)

        func add(_ a: Int, _ b: Int) {
            result.append((a, b))
            taken.insert(key(a, b))
            ends.append(a)
            ends.append(b)
            blocEnds[actors[a].bloc].append(a)
            blocEnds[actors[b].bloc].append(b)
        }

        // 1. Backbone.
        blocMembers[actors[0].bloc].append(0)
        for i in 1 ..< n {
            let bloc = actors[i].bloc
            let partner: Int
            if i < blocCount {
                partner = random.below(i)
            } else if !blocMembers[bloc].isEmpty && random.below(4) != 0 {
                partner = random.below(2) == 0 && !blocEnds[bloc].isEmpty ? random.pick(blocEnds[bloc]) : random.pick(blocMembers[bloc])
            } else {
                partner = random.below(2) == 0 ? random.pick(ends.isEmpty ? [0] : ends) : random.below(i)
            }
            add(i, partner)
            blocMembers[bloc].append(i)
        }

        // 2. Preferential attachment, mostly within blocs.
        var failures = 0
        while result.count < ties {
            let a = random.below(10) < 9 ? random.pick(ends) : random.below(n)
            let bloc = actors[a].bloc
            let b: Int
            if random.below(10) < 6 {
                b = random.below(4) != 0 ? random.pick(blocEnds[bloc]) : random.pick(blocMembers[bloc])
            } else {
                b = random.below(4) != 0 ? random.pick(ends) : random.below(n)
            }
            if a == b || taken.contains(key(a, b)) {
                failures += 1
                if failures >= 200 { break }
                continue
            }
            failures = 0
            add(a, b)
        }

        // 3. Dense requests: the rest from the untied pairs, without replacement.
        if result.count < ties {
            var free: [UInt64] = []
            for i in 0 ..< n {
                for j in (i + 1) ..< n where !taken.contains(key(i, j)) { free.append(key(i, j)) }
            }
            for k in 0 ..< (ties - result.count) {
                let pick = k + random.below(free.count - k)
                free.swapAt(k, pick)
                let pair = free[k]
                result.append((Int(pair >> 32), Int(pair & 0xFFFF_FFFF)))
            }
        }
        return result
    }

    static func key(_ a: Int, _ b: Int) -> UInt64 {
        a < b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a)
    }
}
