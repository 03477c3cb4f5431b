import Testing
@testable import RoleGraphExtract

/// Family ties stated by verbs ("married", "divorced", "born to", "the son of"), and the
/// subject of a credit verb after an apposition that names other people.
struct KinVerbTests: RuleProbe {
    let extractor = try! Extractor()

    @Test func marriageStatedByAVerb() {
        let g = graph("Lena Marsh is married to Pavel Ordin. Tomas Lind married Ines Varga in 2004. Ruth Adler and Colm Brady wed in Dublin.")
        #expect(edge(g, "Lena Marsh", "married_to", "Pavel Ordin"))
        #expect(edge(g, "Tomas Lind", "married_to", "Ines Varga"))
        #expect(edge(g, "Ruth Adler", "married_to", "Colm Brady"))
    }

    @Test func marriageInARelativeAsideAndAPossessive() {
        let g = graph("Tomas Lind, who married Ines Varga in 2004, starred in Harbour Lights. Ruth Adler's marriage to Colm Brady ended quietly.")
        #expect(edge(g, "Tomas Lind", "married_to", "Ines Varga"))
        #expect(credit(g, "Tomas Lind", "actor", "Harbour Lights"))
        #expect(edge(g, "Ruth Adler", "married_to", "Colm Brady"))
    }

    @Test func divorceAndParents() {
        let g = graph("Tomas Lind divorced Ines Varga in 2011. Mila Lind was born to Tomas Lind and Ines Varga. Ada Brady is the daughter of Colm Brady.")
        #expect(edge(g, "Tomas Lind", "former_spouse_of", "Ines Varga"))
        #expect(!edge(g, "Tomas Lind", "married_to", "Ines Varga"))
        #expect(edge(g, "Mila Lind", "child_of", "Tomas Lind"))
        #expect(edge(g, "Mila Lind", "child_of", "Ines Varga"))
        #expect(edge(g, "Ada Brady", "child_of", "Colm Brady"))
    }

    @Test func theSubjectOfAVerbAfterAnAppositionIsThePersonItDescribes() {
        let g = graph("Ada Brady, the daughter of Colm Brady and Ruth Adler, directed Salt Harbour.")
        #expect(edge(g, "Ada Brady", "child_of", "Ruth Adler"))
        #expect(credit(g, "Ada Brady", "director", "Salt Harbour"))
        #expect(!credit(g, "Ruth Adler", "director", "Salt Harbour"))
    }

    @Test func aKinNounOwnedByANameInAppositionAfterAnother() {
        let g = graph("Ann Lee, Tom Hart's wife, said the novel was done. The play stars Ida Hart, Tom Hart's daughter.")
        #expect(edge(g, "Ann Lee", "married_to", "Tom Hart"))
        #expect(edge(g, "Ida Hart", "child_of", "Tom Hart"))
    }

    @Test func aSpouseDescribedByTradeTakesNoCreditOnTheWorkInView() {
        let g = graph("Tom Hart produced the album Salt Harbour. He married the actor Ann Lee last year.")
        #expect(edge(g, "Tom Hart", "married_to", "Ann Lee"))
        #expect(!credit(g, "Ann Lee", "actor", "Salt Harbour"))
    }

    @Test func nothingWithoutTwoPeople() {
        let g = graph("Tomas Lind married young. The couple divorced in 2011.")
        #expect(g.edges.isEmpty)
    }
}
