/// Which of several people a lone surname (or first name) names: news style names
/// relatives in full and keeps the bare surname for the story's main person, so the one
/// mentioned most so far wins when they have at least twice the mentions of every other
/// bearer; else the one seen last (the first listed, before any is seen).
///
/// The answer is kept up to date per form as mentions are read, instead of scanning
/// every bearer at every lone word, so a document naming thousands of people with one
/// surname stays linear.
struct BearerChoice {
    /// Per form: the bearer named first, and how many bearers it has.
    private var firstBearer: [Int] = []
    private var bearerCount: [Int] = []
    /// The forms each entity bears (entities created later bear none), as one list per
    /// entity threaded through flat arrays, so that a document needs no array per entity:
    /// `lastPair[entity]` is the entity's latest (form, entity) pair, -1 when it has none;
    /// each pair holds its form and the entity's pair before it (-1 at the end).
    private var lastPair: [Int] = []
    private var pairForm: [Int] = []
    private var pairBefore: [Int] = []
    /// Per form: the bearer seen last, the one with the most mentions, that count, and
    /// the highest count among the others.
    private var recent: [Int] = []
    private var top: [Int] = []
    private var topCount: [Int] = []
    private var second: [Int] = []
    private var index: StringMap<Int>

    /// An empty choice with room for about `capacity` forms, entities and pairs, so that
    /// its lists do not regrow one append at a time.
    init(capacity: Int) {
        index = StringMap(capacity: capacity)
        firstBearer.reserveCapacity(capacity)
        bearerCount.reserveCapacity(capacity)
        lastPair.reserveCapacity(capacity)
        pairForm.reserveCapacity(capacity)
        pairBefore.reserveCapacity(capacity)
    }

    /// Adds `entity` as a bearer of the lower-cased form `key` (once).
    /// - Complexity: O(1) amortized, and O(forms the entity bears) to see whether it bears
    ///   this one already (a few: the words of its names).
    mutating func add(_ entity: Int, as key: String) {
        let form: Int
        if let known = index[key] {
            form = known
        } else {
            form = firstBearer.count
            index[key] = form
            firstBearer.append(entity)
            bearerCount.append(0)
        }
        while lastPair.count <= entity { lastPair.append(-1) }
        var pair = lastPair[entity]
        while pair >= 0 {
            if pairForm[pair] == form { return }
            pair = pairBefore[pair]
        }
        bearerCount[form] += 1
        pairForm.append(form)
        pairBefore.append(lastPair[entity])
        lastPair[entity] = pairForm.count - 1
    }

    /// Starts the reading pass: no bearer seen, none mentioned.
    mutating func start() {
        recent = firstBearer
        top = firstBearer
        topCount = Array(repeating: 0, count: firstBearer.count)
        second = Array(repeating: 0, count: firstBearer.count)
    }

    /// The form id of a lower-cased word or phrase, when some person bears it.
    func form(_ key: String) -> Int? { index[key] }

    /// The bearer a lone mention of form `form` names now.
    /// - Complexity: O(1).
    func choose(_ form: Int) -> Int {
        guard bearerCount[form] > 1 else { return recent[form] }
        // A shared top count (second == top) never passes, as a scan of all bearers finds.
        return topCount[form] >= 2 * max(second[form], 1) ? top[form] : recent[form]
    }

    /// Records a mention of `entity`, now mentioned `mentions` times in all.
    /// - Complexity: O(forms the entity bears).
    mutating func mentioned(_ entity: Int, mentions: Int) {
        guard entity < lastPair.count else { return }
        var pair = lastPair[entity]
        // Each form is updated alone, so the order the forms are visited in does not matter.
        while pair >= 0 {
            let form = pairForm[pair]
            pair = pairBefore[pair]
            recent[form] = entity
            if top[form] == entity {
                topCount[form] = mentions
            } else if mentions > topCount[form] {
                second[form] = topCount[form]
                top[form] = entity
                topCount[form] = mentions
            } else {
                second[form] = max(second[form], mentions)
            }
        }
    }
}
