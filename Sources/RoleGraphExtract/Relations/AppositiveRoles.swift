/// A role named after a person by the work's possessive: "A, the film's director, said",
/// "A and B, its executive producers,", "A, the show's longtime producer". The possessive
/// says which work the role is held on, so no anchor is guessed.
extension Clause {
    /// Words that may stand between a work's possessive and its role noun ("the show's
    /// longtime executive producer"); they describe the holder, not another role.
    static let roleModifiers: WordSet = [
        "longtime", "long-time", "new", "original", "former", "current", "veteran", "regular", "usual",
        "frequent", "chief", "main", "principal", "credited", "award-winning", "two", "three",
    ]

    /// The role phrase starting at item `r`, past up to three describing words ("longtime
    /// executive producer").
    func roleAfterModifiers(from r: Int) -> (role: String, end: Int)? {
        var k = r
        while k - r < 3, Self.roleModifiers.contains(word(k)) { k += 1 }
        return role(startingAt: k)
    }

    /// - Complexity: O(n) in the items; each person looks a few items ahead.
    func appositiveRoleOfWork() {
        for p in items.indices where isPerson(p) && items[p].reference == .name && !items[p].possessive && !items[p].bracketed
            && word(p + 1) == "," {
            let w = p + 2
            guard isWork(w), items[w].possessive, !items[w].bracketed else { continue }
            // The role phrase closes the apposition: "A, the film's producer, said".
            guard let found = roleAfterModifiers(from: w + 1), word(found.end).isOne(of: ",", ".", ";", "") else { continue }
            guard let first = items[p].entity, let work = items[w].entity else { continue }
            for q in [first] + coordinatedPeople(before: p, subjectAt: first) { add(q, work, .credit, found.role, 0.7) }
        }
    }
}
