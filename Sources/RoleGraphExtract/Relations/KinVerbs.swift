/// Family ties stated by a verb rather than a kin noun: "A is married to B", "A married B
/// in 1998", "A and B wed", "A divorced B", "A's marriage to B", "A, the son of B and C",
/// "A was born to B and C". Kin nouns after a possessive ("his wife, B") are read by
/// `ties()`.
extension Clause {
    static let kinCues: WordSet = ["married", "marry", "marries", "wed", "weds", "divorced", "divorce", "marriage", "wedding", "son", "daughter", "born"]

    /// Words that may stand between a person and the verb that states the tie.
    static let kinBridge: WordSet = ["is", "was", "were", "has", "have", "had", "been", "be", "who", "later", "also", "then", "now", "since",
                                     "once", "first", "briefly", "got", "are", "remains", "remained", "happily"]

    func kinVerbs() {
        if cues.contains(.possessiveOwner) { kinApposition() }
        guard cues.contains(.kin) else { return }
        // One look-up finds the cue words; the switch then compares only those.
        for i in items.indices where items[i].isWord && Self.kinCues.contains(word(i)) {
            switch word(i) {
            case "married", "marry", "marries", "wed", "weds":
                // "married to the actor B", "married fellow writer B".
                let to = word(i + 1) == "to" ? i + 2 : i + 1
                let o = describedPerson(from: to)
                if let o, let a = spouse(before: i) {
                    add(a, items[o].entity, .other, "married_to", 0.7)              // "A is married to B", "A married B"
                } else if let pair = couple(before: i) {
                    add(pair.0, pair.1, .other, "married_to", 0.65)                 // "A and B married in 1990"
                }
            case "divorced", "divorce":
                let o = word(i + 1) == "from" ? i + 2 : i + 1
                if isPerson(o), !items[o].possessive, let a = spouse(before: i) {
                    add(a, items[o].entity, .other, "former_spouse_of", 0.65)
                } else if let pair = couple(before: i) {
                    add(pair.0, pair.1, .other, "former_spouse_of", 0.6)
                }
            case "marriage", "wedding":
                // "A's marriage to B".
                if word(i + 1) == "to", isPerson(i + 2), isPerson(i - 1), items[i - 1].possessive {
                    add(items[i - 1].entity, items[i + 2].entity, .other, "married_to", 0.65)
                }
            case "son", "daughter":
                // "A, the son of B", "A is the daughter of B and C".
                guard word(i + 1) == "of", isPerson(i + 2), !items[i + 2].possessive else { continue }
                var k = i - 1
                if word(k).isOne(of: "the", "a", "only", "eldest", "youngest", "older", "younger") { k -= 1 }
                if word(k).isOne(of: "the", "a") { k -= 1 }
                guard let child = word(k) == "," && isPerson(k - 1) && !items[k - 1].possessive ? items[k - 1].entity : spouse(before: k + 1) else { continue }
                for p in parents(from: i + 2) { add(child, items[p].entity, .other, "child_of", 0.65) }
            case "born":
                // "A was born to B and C".
                guard word(i + 1) == "to", isPerson(i + 2), let child = spouse(before: i) else { continue }
                for p in parents(from: i + 2) { add(child, items[p].entity, .other, "child_of", 0.65) }
            default:
                continue
            }
        }
    }

    /// "Ann Lee, Tom Hart's wife, said": a kin noun owned by a name, in apposition after
    /// another name.
    func kinApposition() {
        // A pronoun owner ("A, his wife") is the spouse rule's, which reads the clause's subject.
        for i in items.indices where isPerson(i) && items[i].possessive && items[i].reference == .name && word(i - 1) == ","
            && isPerson(i - 2) && !items[i - 2].possessive {
            guard let relation = lexicon.relationNouns[word(i + 1)], items[i + 1].isWord,
                  word(i + 2).isOne(of: ",", ".", ";", "") else { continue }
            add(items[i - 2].entity, items[i].entity, .other, relation, 0.65)
        }
    }

    /// The person a tie's verb at item `i` is said of: the nearest person before it across
    /// auxiliaries, "who" and commas ("A, who later married B").
    func spouse(before i: Int) -> Int? {
        var k = i - 1
        while k >= 0, i - k <= 6, word(k) == "," || (items[k].isWord && Self.kinBridge.contains(word(k))) { k -= 1 }
        return isPerson(k) && !items[k].possessive ? items[k].entity : nil
    }

    /// The person at item `k`, or after a few describing words there ("the actor B",
    /// "fellow writer B").
    func describedPerson(from k: Int) -> Int? {
        var j = k
        while j < items.count, j - k < 3, items[j].isWord, word(j).isOne(of: "the", "a", "fellow", "actor", "actress", "singer", "writer", "director", "producer")
                || lexicon.roles[word(j)] != nil || lexicon.occupations[word(j)] != nil { j += 1 }
        return isPerson(j) && !items[j].possessive ? j : nil
    }

    /// "A and B married": two people joined by "and" right before the verb's auxiliaries.
    func couple(before i: Int) -> (Int, Int)? {
        var k = i - 1
        while k >= 0, i - k <= 4, items[k].isWord, Self.kinBridge.contains(word(k)) { k -= 1 }
        guard isPerson(k), !items[k].possessive, word(k - 1) == "and", isPerson(k - 2), !items[k - 2].possessive,
              let a = items[k - 2].entity, let b = items[k].entity else { return nil }
        return (a, b)
    }

    /// People from item `start` joined by "and" or commas: "B and C".
    func parents(from start: Int) -> [Int] {
        var out = [start]
        var k = start + 1
        while k + 1 < items.count, out.count < 3, word(k).isOne(of: "and", ","), isPerson(k + 1), !items[k + 1].possessive {
            out.append(k + 1)
            k += 2
        }
        return out
    }
}
