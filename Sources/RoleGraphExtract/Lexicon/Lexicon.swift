import Foundation

/// The word lists the extractor's rules read: role nouns, title cues, name gazetteers,
/// boilerplate patterns. Every list comes from a resource file whose header says where
/// its content came from; code holds no names. Stages hold them as a `Lexicon`.
public struct LexiconTables: Sendable {
    /// Role phrase (lower case, words joined by one space) -> normalized role.
    public var roles: WordMap<String> { didSet { classifyWords() } }
    /// Verb form -> role ("directed" -> director).
    public var roleVerbs: WordMap<String> { didSet { classifyWords() } }
    /// Noun -> work type ("movie" -> film).
    public var workCues: WordMap<String> { didSet { classifyWords() } }
    public var affiliationRoles: WordSet
    /// Kin or business noun -> relation ("daughter" -> child_of).
    public var relationNouns: WordMap<String>
    public var sayingVerbs: WordSet
    public var personTitles: WordSet
    public var nameParticles: WordSet
    public var abbreviations: WordSet
    public var orgSuffixes: WordSet
    /// First word of "X of Y" organizations; true when Y names a person.
    public var orgPrefixes: WordMap<Bool>
    public var placeSuffixes: WordSet
    /// Lower-cased name -> the canonical name it stands for (itself for most).
    public var organizations: WordMap<String>
    /// Lower-cased names that are only a prize's name for an organization ("Oscar"):
    /// they join the organization when the text names it, and are nothing alone.
    public var prizeForms: WordSet
    public var places: WordSet
    public var notEntities: WordSet { didSet { classifyWords() } }
    /// Last words that make a name a non-entity ("... Prize").
    public var notEntitySuffixes: WordSet { didSet { classifyWords() } }
    /// First words that make a name a non-entity ("Best ...": award categories).
    public var notEntityPrefixes: WordSet { didSet { classifyWords() } }
    public var stopWords: WordSet { didSet { classifyWords() } }
    public var boilerplate: [BoilerplateRule]
    /// Lower-case words a Title Case title may contain.
    public var titleWords: WordSet
    /// Phrase before a place -> the relation it states ("born in" -> born_in, "-" none).
    public var placeCues: WordMap<String>
    /// Words that may open a phrase referring back to a work; true for "new", "upcoming".
    public var referenceWords: WordMap<Bool>
    /// Nouns before a name that make it an organization ("bookmaker X").
    public var orgDescriptors: WordSet { didSet { classifyWords() } }
    /// Words that make a sentence about a prize.
    public var awardCues: WordSet
    /// Words before a name that tell its gender ("wife" -> female).
    public var genderCues: WordMap<String>

    /// Occupation noun -> singular ("guitarist"): a person cue that is not a credit role.
    public var occupations: WordMap<String> = [:] { didSet { classifyWords() } }
    /// Last words of venue names, places after "at" or "in" ("Dolby Theatre").
    public var venueSuffixes: WordSet = []
    /// Occupations that are a place in a band ("drummer").
    public var bandRoles: WordSet = []
    /// Common given names ("tom"): a credit verb's capitalized object opening with one
    /// is a person, not a title.
    public var givenNames: WordSet = []
    /// Performers known by one name ("zendaya"): alone, such a word is a person.
    public var stageNames: WordSet = []
    /// First words of place names ("county", "lake").
    public var placePrefixes: WordSet = []

    /// The longest role phrase, in words, so matching looks back a bounded distance.
    public var longestRole: Int

    /// Per word, which of the tables the mention finder asks of nearly every word hold
    /// it, so that one look-up answers them all; kept in step with those tables. Only
    /// keys without a space: those are all a token can equal.
    private(set) var wordClasses: WordMap<WordClasses> = [:]

    /// The files the bundled lexicon is made of.
    public static let fileNames = [
        "roles", "role_verbs", "work_cues", "affiliation_roles", "relation_nouns",
        "saying_verbs", "person_titles", "name_particles", "abbreviations", "org_suffixes",
        "org_prefixes", "place_suffixes", "organizations", "places", "not_entities",
        "stop_words", "boilerplate", "title_words", "place_cues", "reference_nouns",
        "org_descriptors", "award_cues", "gender_cues", "occupations", "venue_suffixes",
        "band_roles", "given_names", "place_prefixes", "stage_names",
    ]

    /// Builds a lexicon from file contents keyed by file name (without `.txt`); a missing
    /// file counts as empty.
    public init(sources: [String: String]) {
        /// The lines of a file, as `split(whereSeparator: \.isNewline)` gives them, split
        /// at scalars instead of Characters: every newline scalar is a Character of its
        /// own (or "\r\n", whose empty middle piece is dropped), so the pieces agree.
        func lines(_ name: String) -> [String] {
            (sources[name] ?? "").unicodeScalars.split(whereSeparator: isNewlineScalar).compactMap { scalars in
                let line = trimmedLine(Substring(scalars))
                return line.isEmpty || line.hasPrefix("#") ? nil : line
            }
        }
        func map(_ name: String) -> [String: String] {
            var out: [String: String] = [:]
            for line in lines(name) {
                let parts = line.components(separatedBy: " -> ")
                let key = parts[0].lowercasedFast()
                out[key] = parts.count > 1 ? parts[1].lowercasedFast() : key
            }
            return out
        }
        /// The scalars that make a newline Character: line feed, vertical tab, form feed,
        /// carriage return, next line, and the line and paragraph separators.
        func isNewlineScalar(_ c: Unicode.Scalar) -> Bool {
            switch c.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
        func set(_ name: String) -> Set<String> { Set(lines(name).map { $0.lowercasedFast() }) }
        /// `trimmingCharacters(in: .whitespaces)`, answered without Foundation for a line
        /// that starts and ends with a visible ASCII character (nearly every line), which
        /// that trimming leaves as it is.
        func trimmedLine(_ raw: Substring) -> String {
            let visible: ClosedRange<UInt32> = 0x21...0x7E
            if let first = raw.unicodeScalars.first, let last = raw.unicodeScalars.last,
               visible.contains(first.value), visible.contains(last.value) {
                return String(raw)
            }
            return raw.trimmingCharacters(in: .whitespaces)
        }

        roles = WordMap(map("roles"))
        roleVerbs = WordMap(map("role_verbs"))
        workCues = WordMap(map("work_cues"))
        affiliationRoles = WordSet(set("affiliation_roles"))
        relationNouns = WordMap(map("relation_nouns"))
        sayingVerbs = WordSet(set("saying_verbs"))
        personTitles = WordSet(set("person_titles"))
        nameParticles = WordSet(set("name_particles"))
        abbreviations = WordSet(set("abbreviations"))
        orgSuffixes = WordSet(set("org_suffixes"))
        orgPrefixes = WordMap(map("org_prefixes").mapValues { $0 == "person" })
        placeSuffixes = WordSet(set("place_suffixes"))
        var orgs: [String: String] = [:]
        var prizes = Set<String>()
        for line in lines("organizations") {
            if line.contains(" => ") {
                let parts = line.components(separatedBy: " => ")
                orgs[parts[0].lowercased()] = parts[1]
                prizes.insert(parts[0].lowercased())
                continue
            }
            let parts = line.components(separatedBy: " = ")
            orgs[parts[0].lowercased()] = parts.count > 1 ? parts[1] : parts[0]
        }
        organizations = WordMap(orgs)
        prizeForms = WordSet(prizes)
        places = WordSet(set("places"))
        var plain = Set<String>(), suffixes = Set<String>(), prefixes = Set<String>()
        for entry in set("not_entities") {
            if entry.hasPrefix("*") { suffixes.insert(String(entry.dropFirst())) }
            else if entry.hasSuffix(" *") { prefixes.insert(String(entry.dropLast(2))) }
            else { plain.insert(entry) }
        }
        notEntityPrefixes = WordSet(prefixes)
        notEntities = WordSet(plain)
        notEntitySuffixes = WordSet(suffixes)
        stopWords = WordSet(set("stop_words"))
        boilerplate = lines("boilerplate").compactMap(BoilerplateRule.init(line:))
        titleWords = WordSet(set("title_words"))
        placeCues = WordMap(map("place_cues"))
        referenceWords = WordMap(map("reference_nouns").mapValues { $0 == "focus" })
        orgDescriptors = WordSet(set("org_descriptors"))
        awardCues = WordSet(set("award_cues"))
        genderCues = WordMap(map("gender_cues"))
        occupations = WordMap(map("occupations"))
        venueSuffixes = WordSet(set("venue_suffixes"))
        bandRoles = WordSet(set("band_roles"))
        givenNames = WordSet(set("given_names"))
        stageNames = WordSet(set("stage_names"))
        placePrefixes = WordSet(set("place_prefixes"))
        longestRole = max(
            roles.keys.map { $0.split(separator: " ").count }.max() ?? 1,
            relationNouns.keys.map { $0.split(separator: " ").count }.max() ?? 1)
        classifyWords()
    }

    /// The classes of a word: which of the tables in `WordClasses` hold it.
    /// - Precondition: `word` holds no space (as no token does); phrases are not classed.
    @inline(__always)
    func classes(of word: String) -> WordClasses { wordClasses[word] ?? [] }

    /// Builds `wordClasses` from the tables it stands for. Their phrases are left out (a
    /// query without a space cannot equal one), which also spares the table the index
    /// of phrase ends.
    private mutating func classifyWords() {
        var classes: [String: WordClasses] = [:]
        func mark(_ words: some Sequence<String>, _ kind: WordClasses) {
            for word in words where !word.utf8.contains(0x20) { classes[word, default: []].insert(kind) }
        }
        mark(stopWords, .stopWord)
        mark(roles.keys, .role)
        mark(occupations.keys, .occupation)
        mark(orgDescriptors, .orgDescriptor)
        mark(workCues.keys, .workCue)
        mark(roleVerbs.keys, .roleVerb)
        mark(MentionFinder.referencePronouns, .referencePronoun)
        // A non-entity phrase's last word: all after its last space, as `hasPhrase(endingWith:)` reads it.
        mark(notEntities.map { key in key.utf8.lastIndex(of: 0x20).map { String(key[key.index(after: $0)...]) } ?? key },
             .notEntityLast)
        mark(notEntitySuffixes, .notEntityLast)
        mark(notEntityPrefixes, .notEntityFirst)
        wordClasses = WordMap(classes)
    }

    /// Reads the lexicon files from a directory.
    public init(directory: URL) throws(LexiconError) {
        var sources: [String: String] = [:]
        for name in Self.fileNames {
            let url = directory.appendingPathComponent(name + ".txt")
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw .missing(url.path)
            }
            sources[name] = text
        }
        self.init(sources: sources)
    }

    /// The lexicon shipped with the extractor.
    public static func bundled() throws(LexiconError) -> Lexicon {
        try Lexicon(directory: bundledDirectory())
    }

    /// Where the shipped lexicon files are.
    public static func bundledDirectory() -> URL {
        Bundle.module.url(forResource: "lexicons", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("lexicons")
    }

    /// The longest role phrase among `words` ending at `end` (exclusive), as (role, length).
    /// Whether a lower-cased name is a prize, a date or another non-entity.
    func isNotEntity(_ lower: String) -> Bool {
        if notEntities.contains(lower) { return true }
        // ASCII with no space at either end (nearly every name): the first and last
        // words lie before the first and after the last space, as splitting finds them,
        // and are looked up as bytes, without building a string for either.
        var lower = lower
        let answer = lower.withUTF8 { bytes -> Bool? in
            var firstSpace = -1, lastSpace = -1
            for (k, byte) in bytes.enumerated() {
                if byte == 0x20 {
                    if firstSpace < 0 { firstSpace = k }
                    lastSpace = k
                } else if byte >= 0x80 {
                    return nil
                }
            }
            let count = bytes.count
            guard count > 0, firstSpace != 0, lastSpace != count - 1 else { return nil }
            guard firstSpace > 0 else { return notEntitySuffixes.containsASCII(bytes) }
            return notEntitySuffixes.containsASCII(UnsafeBufferPointer(rebasing: bytes[(lastSpace + 1)...]))
                || notEntityPrefixes.containsASCII(UnsafeBufferPointer(rebasing: bytes[..<firstSpace]))
        }
        if let answer { return answer }
        let words = lower.split(separator: " ")
        if let last = words.last, notEntitySuffixes.contains(String(last)) { return true }
        if let first = words.first, words.count > 1, notEntityPrefixes.contains(String(first)) { return true }
        return false
    }

    func role(endingAt end: Int, in words: [String]) -> (role: String, length: Int)? {
        guard end > 0, roles.hasPhrase(endingWith: words[end - 1]) else { return nil }
        var length = min(longestRole, end)
        while length >= 1 {
            let phrase = words[(end - length)..<end].joined(separator: " ")
            if let role = roles[phrase] { return (role, length) }
            length -= 1
        }
        return nil
    }
}

/// Which of the word tables the mention finder asks of nearly every word hold a word
/// (`LexiconTables.classes(of:)`). Several classes are asked for as a `union` of
/// them: an array literal would build an array at every look-up.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt16
    static let stopWord = WordClasses(rawValue: 1 << 0)
    static let role = WordClasses(rawValue: 1 << 1)
    static let occupation = WordClasses(rawValue: 1 << 2)
    static let orgDescriptor = WordClasses(rawValue: 1 << 3)
    static let workCue = WordClasses(rawValue: 1 << 4)
    static let roleVerb = WordClasses(rawValue: 1 << 5)
    /// A pronoun that a reference may be (`MentionFinder.referencePronouns`).
    static let referencePronoun = WordClasses(rawValue: 1 << 6)
    /// The last word of a non-entity phrase, or a non-entity suffix ("prize"): a name
    /// ending in it may be a non-entity.
    static let notEntityLast = WordClasses(rawValue: 1 << 7)
    /// A non-entity prefix ("best"): a name opening with it may be a non-entity.
    static let notEntityFirst = WordClasses(rawValue: 1 << 8)
}

public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing(String)

    public var description: String {
        switch self {
        case .missing(let path): "lexicon file missing: \(path) (the installation is incomplete)"
        }
    }
}

/// One line-matching rule for site furniture.
public struct BoilerplateRule: Sendable, Hashable {
    public enum Mode: String, Sendable { case exact, prefix, contains, short }
    public var mode: Mode
    public var text: String
    let bytes: [UInt8]

    init?(line: String) {
        guard let colon = line.firstIndex(of: ":"), let mode = Mode(rawValue: String(line[..<colon])) else {
            return nil
        }
        self.mode = mode
        var rest = line[line.index(after: colon)...]
        if rest.first == " " { rest = rest.dropFirst() }
        text = String(rest).lowercased()
        bytes = Array(text.utf8)
        isASCII = !bytes.contains { $0 >= 0x80 }
    }

    /// Whether the rule's text is ASCII, so that an ASCII line can be matched by bytes.
    let isASCII: Bool

    /// `matches` for an ASCII line and an ASCII rule: the same answers, compared as bytes
    /// (within ASCII, and with no line break in a line, Characters are single bytes).
    func matchesASCII(_ line: [UInt8], words: Int) -> Bool {
        if mode != .contains, let head = bytes.first, line.first != head { return false }
        switch mode {
        case .exact: return line == bytes
        case .prefix: return line.starts(with: bytes)
        case .contains: return Self.contains(line, bytes)
        case .short: return words <= 6 && line.starts(with: bytes) && (line.count == bytes.count || line[bytes.count] == 0x20)
        }
    }

    /// Plain substring search; lines are at most 40 words, so the simple way is fast.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            var k = 1
            while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }

    /// Whether a trimmed, lower-cased line of `words` words matches.
    func matches(_ line: String, bytes lineBytes: [UInt8], words: Int) -> Bool {
        switch mode {
        case .exact: line == text
        case .prefix: line.hasPrefix(text)
        case .contains: Self.contains(lineBytes, bytes)
        case .short: words <= 6 && (line == text || line.hasPrefix(text + " "))
        }
    }
}
