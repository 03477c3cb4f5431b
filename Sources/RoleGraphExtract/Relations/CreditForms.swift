/// Credit forms beyond the verb and the passive: a maker's possessive, "worked on",
/// "served as", and bracketed credit lists.
extension Clause {
    /// "Michael Cimino's 'The Deer Hunter'", "Robert Altman's 'A,' 'B' and 'C'", "three
    /// Woody Allen films, including 'X'": the owner of a title is its maker.
    func possessiveMaker() {
        for p in items.indices where isPerson(p) && items[p].reference == .name {
            var start = p + 1
            var typeHint: String? = nil
            if !items[p].possessive {
                // "Woody Allen films, including ..."
                guard let cue = lexicon.workCues[word(p + 1)] else { continue }
                typeHint = cue
                var k = p + 2
                while k < items.count, k - p <= 5, !word(k).isOne(of: "including", "as") { k += 1 }
                guard k < items.count, word(k).isOne(of: "including", "as") else { continue }
                start = k + 1
            }
            if word(p - 1) == "of", word(p - 2).isOne(of: "episodes", "episode", "season", "seasons") { typeHint = "series" }
            var k = start
            var works: [Int] = []
            // "Neil Gaiman's The Sandman comics": a title that only modifies a work noun is
            // still the owner's, in the medium that noun names.
            if items[p].possessive, start < items.count, isType(start, .work), items[start].modifier, items[start].reference == .name,
               let cue = lexicon.workCues[word(start + 1)] {
                add(items[p].entity, items[start].entity, .credit, makerRole(for: workType(at: start) ?? cue), 0.7)
                continue
            }
            while k < items.count {
                if isWork(k) && word(k + 1) == "by" { break }       // it names its own maker
                if isWork(k) { works.append(k) }
                else if items[k].bracketed || word(k).isOne(of: "(", ")", ",", "and", "or") || word(k).first?.isNumber == true {}
                else if isPerson(k) && items[k].possessive && !works.isEmpty { break }
                else { break }
                k += 1
                if works.isEmpty && k - start > 2 { break }
            }
            for w in works {
                add(items[p].entity, items[w].entity, .credit, makerRole(for: workType(at: w) ?? typeHint), items[p].possessive ? 0.75 : 0.65)
            }
        }
    }

    /// "known for her work on A, B and C", "worked on A", "credited as a cinematographer
    /// on A": the person's role when the text gives one, else `worked_on`.
    func workOn() {
        for t in items.indices where Cue.workOn.contains(word(t)) {
            var on = t + 1
            var explicitRole: String? = nil
            if word(t) == "credited" {
                guard word(on) == "as" else { continue }
                var r = on + 1
                if word(r).isOne(of: "a", "an", "the") { r += 1 }
                guard let found = role(startingAt: r) else { continue }
                explicitRole = found.role
                on = found.end
            }
            let isAward = word(t) == "nominated" || word(t) == "won"
            // "whose television work includes A and B": the titles follow the verb.
            let includes = word(t).isOne(of: "work", "credits") && word(t + 1).isOne(of: "includes", "include", "included")
            let preposition = isAward ? "for" : includes ? word(t + 1) : "on"
            // "nominated for Academy Awards for X": the last "for" before the titles.
            var p = on
            while p < items.count, p - t <= 4, word(p) != preposition { p += 1 }
            guard word(p) == preposition else { continue }
            // Subject: "his/her work", "X worked", "X, who worked", "and also worked".
            var subject: Int? = nil
            if isPerson(t - 1) && items[t - 1].possessive { subject = items[t - 1].entity }
            else { subject = person(before: t, within: 8) ?? self.subject ?? previousSubject }
            guard let subject else { continue }
            // The titles: after a short description ("a group of movies in the 1970s
            // including"), works joined by commas and "and".
            var k = p + 1
            while k < items.count, k - p <= 12, !isWork(k) {
                if word(k).isOne(of: ".", ";") || (isPerson(k) && !items[k].possessive && lexicon.workCues[word(k + 1)] == nil) { break }
                if isAward && word(k) == "for" { }
                k += 1
            }
            var works: [Int] = []
            while k < items.count {
                if isWork(k) { if items[k].reference == .name { works.append(k) } else { break } }
                else if items[k].bracketed || word(k).isOne(of: "(", ")", ",", "and", "or", "as", "such", "including", "well") {}
                else if isPerson(k) && items[k].possessive {}
                else { break }
                k += 1
            }
            let role = explicitRole ?? titleRoles[subject]
            for w in works {
                if let role { add(subject, items[w].entity, .credit, role, 0.7) }
                else if !isAward { add(subject, items[w].entity, .other, "worked_on", 0.6) }
            }
        }
    }

    /// "A (...), B (...) and C serve as executive producers on the film".
    func servesAs() {
        for t in items.indices where word(t + 1) == "as" && (Cue.serve.contains(word(t)) || word(t).isOne(of: "are", "were", "credited")) {
            var r = t + 2
            if word(r).isOne(of: "a", "an", "the") { r += 1 }
            // "serve as its showrunners", "are credited as the film's producers".
            var owner: Int? = nil
            if isWork(r), items[r].possessive { owner = items[r].entity; r += 1 }
            guard let found = role(startingAt: r) else { continue }
            let people = items[..<t].filter { $0.type == .person && !$0.bracketed && !$0.possessive }.compactMap(\.entity)
            var o = found.end
            while owner == nil, o < items.count, o - found.end <= 4, !isWork(o) { o += 1 }
            guard let work = owner ?? (isWork(o) ? items[o].entity : nil) else { continue }
            for q in people { add(q, work, .credit, found.role, 0.8) }
        }
    }

    /// "director Liz Garbus ('A,' 'B')", "Joshua L. Pearson ('A,' 'B') edited": a list of
    /// past credits in brackets carries the person's role.
    func bracketCredits() {
        for p in items.indices where isPerson(p) && !items[p].bracketed && word(p + 1) == "(" {
            var k = p + 2
            var works: [Int] = []
            while k < items.count, items[k].bracketed, word(k) != ")" {
                if isWork(k) { works.append(k) }
                k += 1
            }
            guard !works.isEmpty else { continue }
            var role = self.role(before: p)?.role
            if role == nil, k + 1 < items.count, let r = lexicon.roleVerbs[word(k + 1)] { role = r }
            if role == nil {
                for t in items.indices where word(t).isOne(of: "serve", "serves", "served", "are", "were") && word(t + 1) == "as" {
                    var r = t + 2
                    if word(r).isOne(of: "a", "an", "the") { r += 1 }
                    if let found = self.role(startingAt: r) { role = found.role; break }
                }
            }
            role = role ?? titleRoles[items[p].entity!]
            for w in works {
                if let role { add(items[p].entity, items[w].entity, .credit, role, 0.8) }
                else { add(items[p].entity, items[w].entity, .other, "worked_on", 0.5) }
            }
        }
    }
}
