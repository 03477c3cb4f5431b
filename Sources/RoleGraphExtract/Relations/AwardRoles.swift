/// "won best actor for W", "was named best director for W": the award category names
/// the winner's role on the work.
extension Clause {
    func bestRoleFor() {
        for b in items.indices where word(b) == "best" || (word(b) == "supporting" && word(b - 1) == "the") {
            var r = b + 1
            if word(r).isOne(of: "supporting", "leading", "lead") { r += 1 }
            guard let found = role(startingAt: r), found.role == "actor" || found.role == "director" || found.role == "writer" else { continue }
            // "won the supporting actor award", "was named best actor.": the work in view.
            if word(found.end) != "for" {
                let closes = word(found.end).isOne(of: "award", "prize", "oscar", "trophy", ".", ",", "and")
                guard closes, let winner = person(before: b, within: 8),
                      let work = anchorWork(near: b).map({ $0.work }) ?? heldWork else { continue }
                add(winner, work, .credit, found.role, 0.55)
                continue
            }
            guard let winner = person(before: b, within: 12) ?? subject else { continue }
            // The work: the first one named after "for", past "playing X in".
            var k = found.end + 1
            while k < items.count, k - found.end <= 10, !isWork(k) {
                if word(k).isOne(of: ".", ";") { break }
                k += 1
            }
            guard isWork(k), items[k].reference == .name else { continue }
            add(winner, items[k].entity, .credit, found.role, 0.7)
        }
    }
}
