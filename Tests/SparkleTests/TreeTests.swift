import Sparkle
import Testing

@Suite struct TreeTests {
    @Test func mapsMergeAndScalarsReplace() {
        var tree: Value = ["A": ["X": 1, "Y": [1, 2]], "B": "b"]
        tree.merge(["A": ["Y": [3], "Z": true], "C": nil])
        #expect(tree == ["A": ["X": 1, "Y": [3], "Z": true], "B": "b", "C": nil])
        #expect(tree.objectValue?.keys.elementsEqual(["A", "B", "C"]) == true)
    }
}
