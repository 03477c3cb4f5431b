/// An obituary or profile lists its subject's works by year with no name in the sentence:
/// "X (1968), Y (1973) and Z (1979) followed", "W (1992) opened the trilogy, completed by
/// V (1994)". The story is about one person, and each dated title is theirs, in the role
/// the story has already given them most.
extension Clause {
    /// - Complexity: O(n) in the items of the sentence.
    func mainPersonWorks() {
        guard let person = mainPerson, let role = mainRole else { return }
        // Another name in the sentence may be the maker; a company may be the subject.
        for k in items.indices where !items[k].bracketed && (items[k].type == .person || items[k].type == .organization) { return }
        for i in items.indices where isWork(i) && items[i].reference == .name && !items[i].possessive && !items[i].bracketed {
            guard word(i + 1) == "(", word(i + 3) == ")", isYearText(word(i + 2)) else { continue }
            add(person, items[i].entity, .credit, role, 0.5)
        }
    }
}
