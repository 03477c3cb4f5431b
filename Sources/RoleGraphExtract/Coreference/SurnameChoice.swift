/// Which of several people a lone surname (or first name) names: news style names
/// relatives in full and keeps the bare surname for the story's main person, so the one
/// mentioned most so far wins when they have at least twice the mentions of every other
/// bearer; else the one seen last (the first listed, before any is seen).
///
/// The answer is kept up to date per form as mentions are read, instead of scanning
/// every bearer at every lone word, so a document naming thousands of people with one
/// surname stays linear.
struct BearerChoice {
    /// What is known of one form: the bearer named first, how many bearers it has, and
    /// in the reading pass the bearer seen last, the one with the most mentions, that
    /// count, and the highest count among the others. Before any is seen, the first
    /// bearer is both the last seen and the top one.
    private struct Form {
        var firstBearer: Int
        var bearerCount = 0
        var recent: Int
        var top: Int
        var topCount = 0
        var second = 0

        init(firstBearer: Int) {
            self.firstBearer = firstBearer
            recent = firstBearer
            top = firstBearer
        }
    }

    /// One (form, entity) pair: the form, and the entity's pair before (-1 at the end).
    private struct Pair {
        var form: Int
        var before: Int
    }

    private var forms: [Form] = []
    /// The forms each entity bears (entities created later bear none), as one list per
    /// entity threaded through one array of pairs, so that a document needs no array per
    /// entity: `lastPair[entity]` is the entity's latest pair, -1 when it has none.
    private var lastPair: [Int] = []
    private var pairs: [Pair] = []
    private var index: StringMap<Int>

    /// An empty choice with room for about `capacity` forms, entities and pairs, so that
    /// its lists do not regrow one append at a time.
    init(capacity: Int) {
        index = StringMap(capacity: capacity)
        forms.reserveCapacity(capacity)
        lastPair.reserveCapacity(capacity)
        pairs.reserveCapacity(capacity)
    }

    /// Adds `entity` as a bearer of the lower-cased form `key` (once). All bearers are
    /// added before the reading pass (`mentioned(_:mentions:)`) starts.
    /// - Complexity: O(1) amortized, and O(forms the entity bears) to see whether it bears
    ///   this one already (a few: the words of its names).
    mutating func add(_ entity: Int, as key: String) {
        let form: Int
        if let known = index[key] {
            form = known
        } else {
            form = forms.count
            index[key] = form
            forms.append(Form(firstBearer: entity))
        }
        while lastPair.count <= entity { lastPair.append(-1) }
        var pair = lastPair[entity]
        while pair >= 0 {
            if pairs[pair].form == form { return }
            pair = pairs[pair].before
        }
        forms[form].bearerCount += 1
        pairs.append(Pair(form: form, before: lastPair[entity]))
        lastPair[entity] = pairs.count - 1
    }

    /// The form id of a lower-cased word or phrase, when some person bears it.
    func form(_ key: String) -> Int? { index[key] }

    /// The bearer a lone mention of form `form` names now.
    /// - Complexity: O(1).
    func choose(_ form: Int) -> Int {
        let state = forms[form]
        guard state.bearerCount > 1 else { return state.recent }
        // A shared top count (second == top) never passes, as a scan of all bearers finds.
        return state.topCount >= 2 * max(state.second, 1) ? state.top : state.recent
    }

    /// Records a mention of `entity`, now mentioned `mentions` times in all.
    /// - Complexity: O(forms the entity bears).
    mutating func mentioned(_ entity: Int, mentions: Int) {
        guard entity < lastPair.count else { return }
        var pair = lastPair[entity]
        // Each form is updated alone, so the order the forms are visited in does not matter.
        while pair >= 0 {
            let form = pairs[pair].form
            pair = pairs[pair].before
            forms[form].recent = entity
            if forms[form].top == entity {
                forms[form].topCount = mentions
            } else if mentions > forms[form].topCount {
                forms[form].second = forms[form].topCount
                forms[form].top = entity
                forms[form].topCount = mentions
            } else {
                forms[form].second = max(forms[form].second, mentions)
            }
        }
    }
}
