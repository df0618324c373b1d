// "Did you mean" hints, for every layer that reports a name it does not know.

/// `; did you mean 'X'?` for the candidate closest to `name`, or an empty string when none is close.
public func didYouMean(_ name: String, in candidates: some Sequence<String>) -> String {
    closestMatch(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
}

/// The candidate closest to `name` for a "did you mean" hint: the same name in another case first;
/// else, among candidates that are a prefix of the name (or it of them) or within an edit distance of
/// a quarter of its length, the nearest, ties broken alphabetically.
public func closestMatch(to name: String, in candidates: some Sequence<String>) -> String? {
    let lowered = name.lowercased()
    var best: (String, Int)?
    for candidate in candidates {
        let other = candidate.lowercased()
        if other == lowered { return candidate }
        let distance = editDistance(Array(other.utf8), Array(lowered.utf8))
        let related = other.hasPrefix(lowered) || lowered.hasPrefix(other)
        guard related || distance <= max(1, name.count / 4) else { continue }
        if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
            best = (candidate, distance)
        }
    }
    return best?.0
}

/// Edit distance with adjacent transpositions counted as one edit (optimal string alignment), for
/// "did you mean" suggestions: `Vcp` is one edit from `VPC`, as a typist sees it.
func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], beforePrevious[j - 2] + 1)
            }
        }
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
}
