/// Who owns a company, as business news states it: "O is (majority-)owned by P", "P,
/// which owns O", "P bought O", "sold (minority) stakes in O to P and Q", "P took a stake
/// in O". A stake is ownership in part, and the contract's `owned_by` covers both.
extension Clause {
    static let ownVerbs: WordSet = ["owns", "own", "acquired", "acquires", "bought", "buys", "purchased"]
    static let stakeNouns: WordSet = ["stake", "stakes", "share", "shares"]

    /// - Complexity: O(n) in the items of the sentence; each cue looks a bounded
    ///   distance around it.
    func ownership() {
        for v in items.indices where items[v].isWord {
            let w = word(v)
            if word(v + 1) == "by", w == "owned" || w.hasSuffix("-owned") {
                // "O is majority-owned by the media company P (and Q)".
                guard let owned = ownedCompany(before: v) else { continue }
                for p in owners(from: v + 2) { add(owned, p, .other, "owned_by", 0.65) }
            } else if Self.ownVerbs.contains(w) {
                // "P, which owns O", "P bought O in 2022": a company as the object.
                var o = v + 1
                while o < items.count, o - v <= 3, word(o).isOne(of: "the", "a", "rival", "studio", "company", "label", "publisher") { o += 1 }
                guard isType(o, .organization), !items[o].possessive, let owned = items[o].entity,
                      !events.contains(owned), let owner = ownerSubject(before: v) else { continue }
                add(owned, owner, .other, "owned_by", 0.6)
            } else if Self.stakeNouns.contains(w), word(v + 1) == "in" {
                // "sold minority stakes in O to P and Q", "P took a stake in O".
                var o = v + 2
                if word(o).isOne(of: "the", "a") { o += 1 }
                var owned: Int? = isType(o, .organization) ? items[o].entity : nil
                // "stakes in the studio": the company the sentence is about.
                if owned == nil, word(o).isOne(of: "studio", "company", "firm", "label", "group", "business") {
                    owned = items.indices.first { isType($0, .organization) && !items[$0].possessive }.flatMap { items[$0].entity }
                }
                guard let owned else { continue }
                let end = o + 1
                if word(end) == "to" {
                    for p in owners(from: end + 1) where p != owned { add(owned, p, .other, "owned_by", 0.6) }
                } else if stakeVerb(before: v).isOne(of: "took", "takes", "bought", "buys", "acquired", "holds", "has"),
                          let owner = ownerSubject(before: v) {
                    add(owned, owner, .other, "owned_by", 0.6)
                }
            }
        }
    }

    /// The company that "is owned": the nearest one before the verb across auxiliaries and
    /// a comma ("O, owned by P").
    func ownedCompany(before v: Int) -> Int? {
        var k = v - 1
        while k >= 0, v - k <= 4, items[k].isWord, items[k].type == nil, word(k).isOne(of: "is", "was", "are", "were", "now", "also", "still", "been", "has", "had", "partly", "wholly", "majority", "jointly") { k -= 1 }
        if word(k) == "," { k -= 1 }
        guard isType(k, .organization), !items[k].possessive, let e = items[k].entity, !events.contains(e) else { return nil }
        return e
    }

    /// The owners named from item `start`: past a short description ("the Japanese media
    /// company"), then companies or people joined by "and" or commas.
    func owners(from start: Int) -> [Int] {
        var k = start
        while k < items.count, k - start < 5, items[k].isWord, items[k].type == nil, !word(k).isOne(of: ",", ".", ";", "and") { k += 1 }
        var out: [Int] = []
        while k < items.count, (isType(k, .organization) || isPerson(k)), !items[k].possessive, let e = items[k].entity {
            out.append(e)
            guard word(k + 1).isOne(of: "and", ",") else { break }
            k += word(k + 2) == "and" ? 3 : 2
        }
        return out
    }

    /// The company before an owning verb: "P bought", "P, which owns", "P has taken".
    func ownerSubject(before v: Int) -> Int? {
        var k = v - 1
        while k >= 0, v - k <= 8, items[k].isWord, items[k].type == nil, word(k) != "," {
            if !word(k).isOne(of: "which", "that", "also", "has", "had", "have", "later", "then", "now", "previously", "took", "takes", "bought", "buys", "acquired", "holds", "a", "an", "the", "minority", "majority", "small", "large", "controlling", "big") { return nil }
            k -= 1
        }
        if word(k) == "," { k -= 1 }
        guard isType(k, .organization) || isPerson(k), !items[k].possessive, let e = items[k].entity, !events.contains(e) else { return nil }
        return e
    }

    /// The verb a few words before a stake noun ("took a minority stake").
    func stakeVerb(before v: Int) -> String {
        var k = v - 1
        while k >= 0, v - k <= 3, items[k].isWord, items[k].type == nil {
            if word(k).isOne(of: "took", "takes", "bought", "buys", "acquired", "holds", "has") { return word(k) }
            k -= 1
        }
        return ""
    }
}
