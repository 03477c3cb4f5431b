/// Which rules can fire in a sentence, one bit per family of cues.
///
/// Nearly every rule starts from a word of its own (a verb, a noun, a preposition) or from
/// an entity of some type, and does nothing in a sentence without one. The clause finds
/// all of these in one pass when it is built (one table look-up per word), and each rule
/// is run only where its cue is present: a sentence costs one pass plus the rules that
/// apply, instead of one pass per rule. A family is a necessary condition of its rule,
/// never a sufficient one; the rule still checks its whole pattern.
struct CueFamilies: OptionSet, Sendable {
    let rawValue: UInt64

    // Words of the cast and company rules (`Clause.cueFamilies`).
    static let cast = CueFamilies(rawValue: 1 << 0)
    static let part = CueFamilies(rawValue: 1 << 1)
    static let starred = CueFamilies(rawValue: 1 << 2)
    static let with = CueFamilies(rawValue: 1 << 3)
    static let debut = CueFamilies(rawValue: 1 << 4)
    static let bracket = CueFamilies(rawValue: 1 << 5)
    static let one = CueFamilies(rawValue: 1 << 6)
    static let by = CueFamilies(rawValue: 1 << 7)
    static let founded = CueFamilies(rawValue: 1 << 8)
    static let at = CueFamilies(rawValue: 1 << 9)
    static let included = CueFamilies(rawValue: 1 << 10)
    static let from = CueFamilies(rawValue: 1 << 11)
    static let held = CueFamilies(rawValue: 1 << 12)
    static let whose = CueFamilies(rawValue: 1 << 13)
    static let died = CueFamilies(rawValue: 1 << 14)
    static let castVerb = CueFamilies(rawValue: 1 << 15)

    // Words of other rules, each family the set its rule starts from.
    static let attachment = CueFamilies(rawValue: 1 << 16)
    static let kin = CueFamilies(rawValue: 1 << 17)
    static let performance = CueFamilies(rawValue: 1 << 18)
    static let studioVerb = CueFamilies(rawValue: 1 << 19)
    static let award = CueFamilies(rawValue: 1 << 20)
    static let release = CueFamilies(rawValue: 1 << 21)
    static let harm = CueFamilies(rawValue: 1 << 22)
    static let cooperation = CueFamilies(rawValue: 1 << 23)
    static let about = CueFamilies(rawValue: 1 << 24)
    static let releaseVerb = CueFamilies(rawValue: 1 << 25)
    static let basedOn = CueFamilies(rawValue: 1 << 26)
    static let instalment = CueFamilies(rawValue: 1 << 27)
    static let jury = CueFamilies(rawValue: 1 << 28)
    static let prize = CueFamilies(rawValue: 1 << 29)
    static let imprint = CueFamilies(rawValue: 1 << 30)
    static let workOn = CueFamilies(rawValue: 1 << 31)
    static let follows = CueFamilies(rawValue: 1 << 32)
    static let best = CueFamilies(rawValue: 1 << 33)
    static let their = CueFamilies(rawValue: 1 << 34)
    static let serve = CueFamilies(rawValue: 1 << 35)
    /// A verb of making from the lexicon ("directed", "wrote").
    static let roleVerb = CueFamilies(rawValue: 1 << 36)
    static let starring = CueFamilies(rawValue: 1 << 37)
    static let through = CueFamilies(rawValue: 1 << 38)
    /// A word stating a nomination, or "up" ("is up for").
    static let nomination = CueFamilies(rawValue: 1 << 46)
    /// A word of a festival's line-up: competing, or opening or closing it.
    static let lineup = CueFamilies(rawValue: 1 << 47)
    /// A verb of owning or buying, or a noun of a stake (`ownership()`).
    static let ownership = CueFamilies(rawValue: 1 << 48)
    /// A word of schooling or of a degree (`education()`).
    static let schooling = CueFamilies(rawValue: 1 << 49)
    /// A copula ("is", "serves"), for roles stated as predicates.
    static let copula = CueFamilies(rawValue: 1 << 50)
    /// A verb of producing or releasing (`companies()`).
    static let companyVerb = CueFamilies(rawValue: 1 << 51)
    /// "plays", "portrays" or "as": a part played.
    static let plays = CueFamilies(rawValue: 1 << 52)
    /// "distributor(s)" before a company.
    static let distributor = CueFamilies(rawValue: 1 << 53)
    /// "acting" ("acting prizes for W").
    static let acting = CueFamilies(rawValue: 1 << 54)
    /// "including" or "as" after a maker's name ("Woody Allen films, including W").
    static let including = CueFamilies(rawValue: 1 << 55)
    /// "a" or "an", before a post ("a fellow at X").
    static let indefinite = CueFamilies(rawValue: 1 << 56)
    /// "credited" ("X was credited as a cinematographer").
    static let credited = CueFamilies(rawValue: 1 << 57)
    /// A word that opens an aside after a comma (`Clause.asideOpeners`).
    static let asideOpener = CueFamilies(rawValue: 1 << 39)

    // Entities of the sentence.
    static let person = CueFamilies(rawValue: 1 << 40)
    static let work = CueFamilies(rawValue: 1 << 41)
    static let organization = CueFamilies(rawValue: 1 << 42)
    static let place = CueFamilies(rawValue: 1 << 43)
    /// A person or a pronoun standing for one, possessive ("A's", "her").
    static let possessiveOwner = CueFamilies(rawValue: 1 << 44)
    /// A phrase for a work with its first word kept ("the new adaptation", "his film").
    static let describedWork = CueFamilies(rawValue: 1 << 45)
}

extension Clause {
    /// Every cue word of the rules, with the families it belongs to. Built from the
    /// rules' own word sets, so that a rule and its gate read the same list.
    static let ruleCues: WordMap<CueFamilies> = {
        var map = cueFamilies.dictionary
        func add(_ words: some Sequence<String>, _ family: CueFamilies) {
            for word in words { map[word, default: []].formUnion(family) }
        }
        add(attachmentCues, .attachment)
        add(kinCues, .kin)
        add(performanceCues, .performance)
        add(schedulingVerbs, .studioVerb)
        add(rightsVerbs, .studioVerb)
        add(pickUpVerbs, .studioVerb)
        add(awardCueRelations.keys, .award)
        add(Cue.release, .release)
        add(Cue.harm, .harm)
        add(Cue.cooperation, .cooperation)
        add(["about"], .about)
        add(releaseVerbs, .releaseVerb)
        add(["out"], .releaseVerb)
        add(["based", "adapted", "bases", "basing"], .basedOn)
        add(instalmentNouns, .instalment)
        add(juryWords, .jury)
        add(prizeWords, .prize)
        add(["imprint", "subsidiary", "division"], .imprint)
        add(Cue.workOn, .workOn)
        add(Cue.follows, .follows)
        add(["best", "supporting"], .best)
        add(["their"], .their)
        add(Cue.starring, .starring)
        add(["through", "via"], .through)
        add(Cue.serve, .serve)
        add(["are", "were", "credited"], .serve)
        add(["credited"], .credited)
        add(asideOpeners, .asideOpener)
        add(nominationWords, .nomination)
        add(["up"], .nomination)
        add(competitionWords, .lineup)
        add(openingVerbs, .lineup)
        add(["running"], .lineup)
        add(ownVerbs, .ownership)
        add(stakeNouns, .ownership)
        add(schoolingWords, .schooling)
        add(degreeNouns, .schooling)
        add(copulas, .copula)
        add(companyVerbs.keys, .companyVerb)
        add(["plays", "portrays", "as"], .plays)
        add(["distributor", "distributors"], .distributor)
        add(["acting"], .acting)
        add(["including", "as"], .including)
        add(["a", "an"], .indefinite)
        return WordMap(map)
    }()

    /// The families present among `items`, whose words are `words`, and the items whose
    /// word is a role verb (`lexicon.roleVerbs`), in order.
    /// - Complexity: O(n) in the items, one or two table look-ups each.
    static func cues(of items: [Item], words: [String], lexicon: Lexicon) -> (cues: CueFamilies, roleVerbs: [Int]) {
        var out: CueFamilies = []
        var roleVerbs: [Int] = []
        // Read once: a static is checked for its first use at every access.
        let ruleCues = Self.ruleCues
        for k in items.indices {
            if let type = items[k].type {
                switch type {
                case .person: out.insert(.person)
                case .work: out.insert(.work)
                case .organization: out.insert(.organization)
                case .place: out.insert(.place)
                case .event: break
                }
                if items[k].possessive && (type == .person || items[k].reference == .pronoun) { out.insert(.possessiveOwner) }
                if items[k].reference == .definite { out.insert(.describedWork) }
            } else {
                if let family = ruleCues[words[k]] { out.formUnion(family) }
                // A role verb is a word of several letters, never a one-character mark.
                if items[k].isWord, lexicon.roleVerbs[words[k]] != nil {
                    roleVerbs.append(k)
                    out.insert(.roleVerb)
                }
            }
        }
        return (out, roleVerbs)
    }
}
