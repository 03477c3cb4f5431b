import Testing
@testable import RoleGraphExtract

/// Titles known by what follows them (a year in brackets, an apposition naming the
/// channel), one-word names that a relative "who" marks as people, and spouses described
/// by their trade.
struct AppositionAndMononymTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func aLoneYearInBracketsDatesAWork() {
        let g = graph("Ann Lee won two awards, for The Quiet Tide (1969) and Harbour Suite (1978).")
        #expect(type(of: "Harbour Suite", in: g) == .work)
        #expect(type(of: "The Quiet Tide", in: g) == .work)
        // A person's dates are a range, not one year.
        let p = graph("The prize is named after Tom Hart (1901-1980), a teacher.")
        #expect(type(of: "Tom Hart", in: p) == .person)
    }

    @Test func anAppositionNamingTheChannelMakesAWorkEvenWithAPlaceWord() {
        let g = graph("She played a cook in Marlow Abbey, the ITV series created by Ines Varga.")
        #expect(type(of: "Marlow Abbey", in: g) == .work)
        #expect(credit(g, "Ines Varga", "creator", "Marlow Abbey"))
    }

    @Test func aOneWordNameBeforeWhoIsAPerson() {
        let g = graph("Zuri, who stars in Salt Harbour, was born in Oakland.")
        #expect(type(of: "Zuri", in: g) == .person)
        #expect(credit(g, "Zuri", "actor", "Salt Harbour"))
        // A capitalized common word before "who" is not a name.
        #expect(graph("Those, who came late, missed it.").nodes.isEmpty)
    }

    @Test func marriedToAPersonDescribedByTheirTrade() {
        let g = graph("Ann Lee was married to the actor Tom Hart from 1967 to 1975.")
        #expect(edge(g, "Ann Lee", "married_to", "Tom Hart"))
    }
}
