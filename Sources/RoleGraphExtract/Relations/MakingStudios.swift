/// Companies whose name on a work says they made it, not that they show it: "Pixar's
/// Inside Out 2" is produced by Pixar, where "HBO's Westworld" is broadcast on HBO.
extension Clause {
    /// Animation studios that make, and do not distribute, the films under their name.
    /// Written for RoleGraph from general knowledge of the industry.
    static let makingStudioNames: WordSet = [
        "pixar", "pixar animation studios", "dreamworks animation", "studio ghibli", "ghibli", "aardman", "aardman animations",
        "illumination", "laika", "blue sky studios", "walt disney animation studios", "sony pictures animation", "cartoon saloon",
        "naughty dog", "rockstar games", "fromsoftware", "bungie", "insomniac games",
    ]

    /// Whether a name (lower-cased) is one that makes what it names: a known animation or game studio,
    /// or a name ending in "Animation"/"Animations".
    static func isMakingStudioName(lowercased lower: String) -> Bool {
        makingStudioNames.contains(lower) || lower.hasSuffix(" animation") || lower.hasSuffix(" animations")
    }

    /// Whether the organization at item `i` is such a studio.
    func isMakingStudio(_ i: Int) -> Bool {
        guard let e = items[i].entity else { return false }
        return makingStudios.contains(e)
    }
}
