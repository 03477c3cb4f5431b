import Testing
@testable import RoleGraphCore

@Suite struct TextFileTests {
    @Test func rejectsEmptyBinaryAndInvalidUTF8() {
        #expect(throws: InputError.empty("x")) { try TextFile.decode([], name: "x") }
        #expect(throws: InputError.empty("x")) { try TextFile.decode(Array(" \n\t".utf8), name: "x") }
        #expect(throws: InputError.binary("x")) { try TextFile.decode([0x41, 0x00, 0x42], name: "x") }
        #expect(throws: InputError.invalidUTF8("x", byteOffset: 2)) { try TextFile.decode([0x41, 0x42, 0xFF], name: "x") }
        #expect(throws: InputError.invalidUTF8("x", byteOffset: 1)) { try TextFile.decode([0x41, 0xED, 0xA0, 0x80], name: "x") }
        #expect(throws: InputError.invalidUTF8("x", byteOffset: 0)) { try TextFile.decode([0xE2, 0x82], name: "x") }
    }

    @Test func decodesUTF8AndDropsBOM() throws {
        #expect(try TextFile.decode([0xEF, 0xBB, 0xBF] + Array("Guzmán".utf8), name: "x") == "Guzmán")
    }

    @Test func missingFileIsAClearError() {
        #expect(throws: InputError.missingFile("/nonexistent/file.txt")) { try TextFile.read("/nonexistent/file.txt") }
    }
}
