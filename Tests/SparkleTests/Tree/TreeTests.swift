import Sparkle
import Testing

@Suite struct TreeTests {
    @Test func mapsMergeAndScalarsReplace() {
        var tree: Value = ["A": ["X": 1, "Y": [1, 2]], "B": "b"]
        tree.merge(["A": ["Y": [3], "Z": true], "C": nil])
        #expect(tree == ["A": ["X": 1, "Y": [3], "Z": true], "B": "b", "C": nil])
        #expect(tree.objectValue?.keys.elementsEqual(["A", "B", "C"]) == true)
    }

    @Test func anObjectReplacesAScalarAndAScalarReplacesAnObject() {
        var tree: Value = ["A": "scalar", "B": ["K": 1]]
        tree.merge(["A": ["K": 2], "B": "scalar"])
        #expect(tree == ["A": ["K": 2], "B": "scalar"])
    }

    @Test func keysKeepInsertionOrderThroughMerges() {
        var object = Object()
        for key in ["Zeta", "Alpha", "Mid"] { object.set(key, 1, origin: nil) }
        object.merge(Object(["Alpha": 2, "New": 3]))
        #expect(Array(object.keys) == ["Zeta", "Alpha", "Mid", "New"])
        #expect(object["Alpha"] == 2)
    }

    @Test func equalityIgnoresOriginsButNotOrder() {
        var a = Object()
        a.set("K", 1, origin: SourceLocation(file: "/x.swift", line: 1))
        #expect(a == Object(["K": 1]))
        #expect(Value.object(Object(["A": 1, "B": 2])) != Value.object(Object(["B": 2, "A": 1])))
    }

    @Test func nearestOriginIsTheDeepestRecordedAlongThePath() {
        var inner = Object()
        inner.set("Leaf", 1, origin: SourceLocation(file: "/inner.swift", line: 7))
        var outer = Object()
        outer.set("Branch", .object(inner), origin: SourceLocation(file: "/outer.swift", line: 3))
        let tree = Value.object(outer)
        #expect(tree.nearestOrigin(along: ["Branch", "Leaf"])?.line == 7)
        #expect(tree.nearestOrigin(along: ["Branch", "Missing"])?.line == 3)
        #expect(tree.nearestOrigin(along: ["Nothing"]) == nil)
    }

    @Test func intrinsicRecognisesOneKeyFunctionObjectsOnly() {
        #expect(Ref("X").intrinsic?.name == "Ref")
        #expect(Fn.base64("x").intrinsic?.name == "Fn::Base64")
        #expect(Value(dictionaryLiteral: ("Key", "v")).intrinsic == nil)
        #expect(Value(dictionaryLiteral: ("Ref", "a"), ("Other", "b")).intrinsic == nil)
    }
}
