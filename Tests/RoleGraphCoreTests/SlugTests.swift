import Testing
@testable import RoleGraphCore

/// The ASCII slug path must give exactly what the general (folding) path gives, since
/// node ids are the graph's keys.
@Suite struct SlugTests {
    @Test func everyASCIIScalarSlugsAsTheGeneralPathDoes() {
        for value in 0..<128 {
            let c = String(Unicode.Scalar(UInt8(value)))
            for name in [c, "a\(c)b", "\(c)x", "x\(c)", "A\(c)\(c)9"] {
                #expect(NodeID.asciiSlug(name) == NodeID.foldedSlug(name), "name \(name.debugDescription)")
            }
        }
    }

    @Test func shortMixedASCIINamesSlugAsTheGeneralPathDoes() {
        // Every name of up to three scalars from letters, digits, spaces, dashes and
        // apostrophes: the cases where dashes collapse, lead or trail.
        let alphabet = Array("aZ9 -'._\t")
        var names = [""]
        for _ in 0..<3 { names += names.flatMap { name in alphabet.map { name + String($0) } } }
        for name in Set(names) {
            #expect(NodeID.asciiSlug(name) == NodeID.foldedSlug(name), "name \(name.debugDescription)")
        }
    }

    @Test func nonASCIINamesTakeTheGeneralPath() {
        #expect(NodeID.asciiSlug("Guzmán") == nil)
        #expect(NodeID.slug("Guzmán") == "guzman")
        #expect(NodeID.slug("Nina’s") == "ninas")
        #expect(NodeID.slug("") == "unnamed")
        #expect(NodeID.slug("--") == "unnamed")
    }
}
