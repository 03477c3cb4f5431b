/// Which of several people a lone surname (or first name) names: news style names
/// relatives in full and keeps the bare surname for the story's main person, so the one
/// mentioned most so far wins when they have at least twice the mentions of every other
/// bearer; else the one seen last (the first listed, before any is seen).
///
/// The answer is kept up to date per form as mentions are read, instead of scanning
/// every bearer at every lone word, so a document naming thousands of people with one
/// surname stays linear.
struct BearerChoice {
    /// Bearers of each form, in the order they were first named.
    private(set) var bearers: [[Int]] = []
    /// The forms each entity bears (entities created later bear none).
    private var formsOf: [[Int]] = []
    /// Per form: the bearer seen last, the one with the most mentions, that count, and
    /// the highest count among the others.
    private var recent: [Int] = []
    private var top: [Int] = []
    private var topCount: [Int] = []
    private var second: [Int] = []
    private var index = StringMap<Int>()

    /// Adds `entity` as a bearer of the lower-cased form `key` (once).
    /// - Complexity: O(1) amortized, and O(forms the entity bears) to see whether it bears
    ///   this one already (a few: the words of its names).
    mutating func add(_ entity: Int, as key: String) {
        let form: Int
        if let known = index[key] {
            form = known
        } else {
            form = bearers.count
            index[key] = form
            bearers.append([])
        }
        if formsOf.count <= entity { formsOf += Array(repeating: [], count: entity + 1 - formsOf.count) }
        guard !formsOf[entity].contains(form) else { return }
        bearers[form].append(entity)
        formsOf[entity].append(form)
    }

    /// Starts the reading pass: no bearer seen, none mentioned.
    mutating func start() {
        recent = bearers.map { $0[0] }
        top = bearers.map { $0[0] }
        topCount = Array(repeating: 0, count: bearers.count)
        second = Array(repeating: 0, count: bearers.count)
    }

    /// The form id of a lower-cased word or phrase, when some person bears it.
    func form(_ key: String) -> Int? { index[key] }

    /// The bearer a lone mention of form `form` names now.
    /// - Complexity: O(1).
    func choose(_ form: Int) -> Int {
        guard bearers[form].count > 1 else { return recent[form] }
        // A shared top count (second == top) never passes, as a scan of all bearers finds.
        return topCount[form] >= 2 * max(second[form], 1) ? top[form] : recent[form]
    }

    /// Records a mention of `entity`, now mentioned `mentions` times in all.
    /// - Complexity: O(forms the entity bears).
    mutating func mentioned(_ entity: Int, mentions: Int) {
        guard entity < formsOf.count else { return }
        for form in formsOf[entity] {
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
