/// Credits of festival line-ups and filmographies, where the maker follows the title in
/// brackets: "La Cocina (Alonso Ruizpalacios)", "The Devil's Bath (Veronika Franz and
/// Severin Fiala)", "Anatomy of a Fall (Justine Triet, 2023)". The mention finder only
/// reads such a title where the sentence lists films or gives a year, so a name in
/// brackets after a work here is its director (or the medium's maker).
extension Clause {
    func makersInBrackets() {
        for w in items.indices where isWork(w) && !items[w].bracketed && items[w].reference == .name && word(w + 1) == "(" {
            var k = w + 2
            var makers: [Int] = []
            while k < items.count, k - w <= 10, word(k) != ")" {
                if isPerson(k), !items[k].possessive, items[k].reference == .name {
                    makers.append(k)
                } else if !word(k).isOne(of: ",", "and"), !(items[k].isWord && isYearText(word(k))) {
                    makers.removeAll()
                    break
                }
                k += 1
            }
            guard word(k) == ")" else { continue }
            for p in makers { add(items[p].entity, items[w].entity, .credit, makerRole(for: workType(at: w)), 0.7) }
        }
    }
}
