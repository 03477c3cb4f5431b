import Foundation
import RoleGraphCore

/// How credit files' categories become the role nouns of CONTRACT.md.
///
/// IMDb `title.principals` categories (the full list on developer.imdb.com's
/// non-commercial datasets page):
///
/// | category | role | kind |
/// |---|---|---|
/// | actor, actress | actor | credit |
/// | director, producer, writer, composer, cinematographer, editor | the same | credit |
/// | production_designer, casting_director | production designer, casting director | credit |
/// | self | appears_in | other (the person is on screen as themselves, not credited for work) |
/// | archive_footage, archive_sound | appears_in | other (earlier footage or sound of them is used) |
/// | anything else | the category, `_` as space | credit |
///
/// The `job` column refines two of them: a producer whose job is "executive producer"
/// is an `executive producer` (kept distinct, as in the annotation rules); a job of
/// "co-director" stays `director`. Other jobs ("screenplay", "line producer") keep the
/// category's role.
public enum CreditRoles {
    public struct Mapping: Sendable, Hashable {
        public var role: String
        public var kind: EdgeKind
    }

    private static let rows: [(String, String, EdgeKind)] = [
        ("actor", "actor", .credit), ("actress", "actor", .credit), ("self", "appears_in", .other),
        ("director", "director", .credit), ("producer", "producer", .credit),
        ("writer", "writer", .credit), ("composer", "composer", .credit),
        ("cinematographer", "cinematographer", .credit), ("editor", "editor", .credit),
        ("production_designer", "production designer", .credit),
        ("casting_director", "casting director", .credit),
        ("archive_footage", "appears_in", .other), ("archive_sound", "appears_in", .other),
    ]
    static let table: [(category: [UInt8], mapping: Mapping)] = rows.map {
        (Array($0.0.utf8), Mapping(role: $0.1, kind: $0.2))
    }

    static let executiveProducer = Mapping(role: "executive producer", kind: .credit)
    static let producerIndex = 4

    /// The index in `table` of an IMDb category, without making a String. Called once per
    /// principals row, so it dispatches on length and compares raw bytes.
    @inline(__always)
    static func index(of category: UnsafeBufferPointer<UInt8>) -> Int? {
        @inline(__always) func equals(_ literal: StaticString) -> Bool {
            literal.utf8CodeUnitCount == category.count
                && memcmp(literal.utf8Start, category.baseAddress!, category.count) == 0
        }
        switch category.count {
        case 4: return equals("self") ? 2 : nil
        case 5: return equals("actor") ? 0 : nil
        case 6: return equals("writer") ? 5 : equals("editor") ? 8 : nil
        case 7: return equals("actress") ? 1 : nil
        case 8: return equals("director") ? 3 : equals("producer") ? 4 : equals("composer") ? 6 : nil
        case 13: return equals("archive_sound") ? 12 : nil
        case 15: return equals("cinematographer") ? 7 : equals("archive_footage") ? 11 : nil
        case 16: return equals("casting_director") ? 10 : nil
        case 19: return equals("production_designer") ? 9 : nil
        default: return nil
        }
    }

    /// The role for an IMDb category and job (job may be empty or `\N`).
    public static func imdb(category: String, job: String? = nil) -> Mapping {
        var c = Array(category.utf8)
        return c.withUnsafeMutableBufferPointer { cb in
            var j = Array((job ?? "").utf8)
            return j.withUnsafeMutableBufferPointer { jb in
                imdb(category: UnsafeBufferPointer(cb), job: UnsafeBufferPointer(jb))
            }
        }
    }

    static func imdb(category: UnsafeBufferPointer<UInt8>, job: UnsafeBufferPointer<UInt8>) -> Mapping {
        guard !category.isEmpty else { return Mapping(role: "", kind: .credit) }
        if let i = index(of: category) {
            if i == producerIndex && job.count == 18 && Self.isExecutiveProducer(job) {
                return executiveProducer
            }
            return table[i].mapping
        }
        let text = String(decoding: category, as: UTF8.self).lowercased()
        return Mapping(role: text.replacingOccurrences(of: "_", with: " "), kind: .credit)
    }

    private static func isExecutiveProducer(_ job: UnsafeBufferPointer<UInt8>) -> Bool {
        let expected = Array("executive producer".utf8)
        for i in 0..<expected.count where job[i] | 0x20 != expected[i] | 0x20 { return false }
        return true
    }

    /// The role for a free-text role in a CSV: lower case, IMDb categories mapped as above,
    /// and the common synonyms of the annotation rules (star → actor, screenwriter →
    /// writer, director of photography → cinematographer, filmmaker → director).
    public static func normalise(_ role: String) -> Mapping {
        let r = role.trimmingCharacters(in: .whitespaces).lowercased()
        switch r {
        case "star", "starring", "cast", "cast member", "performer": return Mapping(role: "actor", kind: .credit)
        case "screenwriter", "screenplay", "co-writer", "scriptwriter": return Mapping(role: "writer", kind: .credit)
        case "director of photography", "dp": return Mapping(role: "cinematographer", kind: .credit)
        case "filmmaker", "co-director": return Mapping(role: "director", kind: .credit)
        case "appears_in", "appears in", "appearance": return Mapping(role: "appears_in", kind: .other)
        default: break
        }
        return imdb(category: r.replacingOccurrences(of: " ", with: "_"))
    }
}

/// IMDb's identifiers: `nm` (names) or `tt` (titles) and digits.
public enum IMDbID {
    public static func isID(_ s: String) -> Bool {
        let u = s.utf8
        guard u.count >= 3 else { return false }
        let a = u.first!, b = u[u.index(after: u.startIndex)]
        guard (a == UInt8(ascii: "n") && b == UInt8(ascii: "m")) || (a == UInt8(ascii: "t") && b == UInt8(ascii: "t")) else {
            return false
        }
        return u.dropFirst(2).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
