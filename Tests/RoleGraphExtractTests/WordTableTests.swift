import Testing
@testable import RoleGraphExtract

/// `WordSet` and `WordMap` must answer exactly as `Set<String>` and `[String: V]` do,
/// since every lexicon look-up goes through them.
struct WordTableTests {
    let words = ["director", "director of photography", "a", "", "co-star", "zoë", "café", "x y z", "longer than sixteen bytes"]

    @Test func answersAsASetDoes() {
        let set = WordSet(words)
        let reference = Set(words)
        let queries = words + ["Director", "directo", "directors", "director ", "of photography", "zoe", "b",
                               "zoe\u{308}", "cafe\u{301}", "longer than sixteen byte", "x y", "\u{212A}"]
        for q in queries {
            #expect(set.contains(q) == reference.contains(q), "query \(q.debugDescription)")
        }
        #expect(set.count == reference.count)
        #expect(set.isDisjoint(with: ["b", "c"]) && !set.isDisjoint(with: ["b", "a"]))
    }

    @Test func decomposedQueriesFindPrecomposedKeys() {
        let set = WordSet(["zoë"])
        #expect(set.contains("zoe\u{308}"))      // canonical equivalence, as String == gives
        let kelvin = WordSet(["\u{212A}m"])      // Kelvin sign: canonically the letter K
        #expect(kelvin.contains("Km") == Set(["\u{212A}m"]).contains("Km"))
    }

    @Test func answersAsADictionaryDoes() {
        var reference: [String: Int] = [:]
        for (i, w) in words.enumerated() { reference[w] = i }
        let map = WordMap(reference)
        for q in words + ["nope", "a ", "zoe\u{308}"] {
            #expect(map[q] == reference[q], "query \(q.debugDescription)")
            #expect(map[Substring("<" + q + ">").dropFirst().dropLast()] == reference[q])
        }
        #expect(Set(map.keys) == Set(reference.keys))
    }

    @Test func phraseEndsNeverRejectAKey() {
        let map = WordMap(["director of photography": 1, "editor": 2, "x  y": 3])
        #expect(map.hasPhrase(startingWith: "director") && map.hasPhrase(endingWith: "photography"))
        #expect(map.hasPhrase(startingWith: "editor") && map.hasPhrase(endingWith: "editor"))
        #expect(map.hasPhrase(startingWith: "x") && map.hasPhrase(endingWith: "y"))
        #expect(!map.hasPhrase(startingWith: "photography") && !map.hasPhrase(endingWith: "director"))
    }
}

/// `StringMap` must answer as `[String: V]` does, canonical equivalence included.
struct StringMapTests {
    @Test func answersAsADictionaryDoes() {
        var map = StringMap<Int>()
        var reference: [String: Int] = [:]
        let keys = ["ana ruiz", "ruiz", "", "zoë", "zoe\u{308}", "\u{212A}elvin", "Kelvin", "a;b", "a\u{37E}b",
                    "a much longer name than sixteen bytes", "ana ruiz"]
        for (i, k) in keys.enumerated() {
            map[k] = i
            reference[k] = i
        }
        // Enough distinct keys to make the table grow several times.
        for i in 0..<300 {
            map["key \(i)"] = i
            reference["key \(i)"] = i
        }
        for q in keys + ["nobody", "Ana Ruiz", "zoe", "a;b ", "key 0", "key 299", "key 300"] {
            #expect(map[q] == reference[q], "query \(q.debugDescription)")
        }
        for i in 0..<300 { #expect(map["key \(i)"] == i) }
    }
}

extension StringMapTests {
    @Test func modifyChangesInPlaceAndInserts() {
        var map = StringMap<[Int]>()
        for (i, key) in ["smith", "smith", "zoë", "zoe\u{308}", "\u{212A}", "K"].enumerated() {
            map.modify(key, default: []) { $0.append(i) }
        }
        #expect(map["smith"] == [0, 1])
        #expect(map["zoë"] == [2, 3])        // one key under canonical equivalence
        #expect(map["K"] == [4, 5])
        #expect(map["nobody"] == nil)
    }
}

/// The small-string paths (word tables and the module's `==`) read a string's two words;
/// they must answer as the standard library does for strings made every way.
struct SmallStringTests {
    /// Strings with the same text built in different ways (literal, decoded, lower-cased,
    /// joined, cut from a longer one), plus non-ASCII and canonically equivalent ones.
    var variants: [String] {
        var cut = "director of photography"
        cut.removeLast(15)
        let longer = String(repeating: "x", count: 15)
        return ["", "of", "Of", "of ", "director", "DIRECTOR".lowercased(), ["direct", "or"].joined(),
                String(decoding: Array("director".utf8), as: UTF8.self), cut, String("a director".dropFirst(2)),
                longer, longer + "x", "zoë", "zoe\u{308}", "\u{212A}", "K", "k", "a;b", "a\u{37E}b", "x y", "x  y"]
    }

    @Test func layoutIsTheExpectedOne() {
        #expect(WordIndex.smallLayoutHolds())
    }

    @Test func equalityAnswersAsTheStandardOne() {
        for a in variants {
            for b in variants {
                #expect(moduleEqual(a, b) == (a == b), "\(a.debugDescription) == \(b.debugDescription)")
            }
        }
    }

    @Test func tablesAnswerAsASetForEveryVariant() {
        let keys = variants
        let set = WordSet(keys.filter { $0.count % 2 == 0 })
        let reference = Set(keys.filter { $0.count % 2 == 0 })
        let ends = WordSet(["x y", "director of photography"])
        for q in keys {
            #expect(set.contains(q) == reference.contains(q), "query \(q.debugDescription)")
        }
        #expect(ends.hasPhrase(startingWith: "x y") && ends.hasPhrase(endingWith: "a b"))       // spaced words are never rejected
        #expect(ends.hasPhrase(startingWith: "director") && !ends.hasPhrase(startingWith: "photography"))
    }

    /// A table of ASCII keys only answers a query that is not ASCII without the standard
    /// dictionary, except through the three characters whose canonical form is ASCII.
    @Test func asciiOnlyTablesAnswerOtherQueriesAsASet() {
        let keys = ["k", "a;b", "a`b", "cafe", "zoe"]
        let set = WordSet(keys), reference = Set(keys)
        let map = WordMap(Dictionary(uniqueKeysWithValues: keys.map { ($0, $0.count) }))
        for q in ["\u{212A}", "a\u{37E}b", "a\u{1FEF}b", "café", "cafe\u{301}", "zoë", "\u{2019}", "k\u{301}"] {
            #expect(set.contains(q) == reference.contains(q), "query \(q.debugDescription)")
            #expect((map[q] != nil) == reference.contains(q), "map query \(q.debugDescription)")
        }
    }
}
