import SparkleTree

// The Mappings section: two levels of keys over plain values.

extension Rule {
    public static let mappingShape = Rule(
        "E7001", "Mappings are two levels of keys (letters, digits, and - or . at the first level) over strings, numbers, booleans or lists",
        cfnLint: ["E7001"])
}

extension Validator {
    mutating func checkMappings() {
        for (name, value) in mappings {
            let place = ["Mappings", name]
            guard case .object(let topLevel) = value, value.intrinsic == nil else {
                report(.mappingShape, "mapping '\(name)' must be an object of top-level keys", at: place)
                continue
            }
            if topLevel.isEmpty { report(.mappingShape, "mapping '\(name)' needs at least one key", at: place) }
            for (key, second) in topLevel {
                if !Self.isMappingKey(key, allowing: "-.") {
                    report(.mappingShape, "mapping '\(name)': key '\(key)' may hold only letters, digits, - and .", at: place + [key])
                }
                guard case .object(let entries) = second, second.intrinsic == nil, !entries.isEmpty else {
                    report(.mappingShape, "mapping '\(name)': '\(key)' must be an object of at least one second-level key", at: place + [key])
                    continue
                }
                for (entryKey, entry) in entries {
                    if !Self.isMappingKey(entryKey, allowing: "") {
                        report(.mappingShape, "mapping '\(name)': key '\(entryKey)' under '\(key)' may hold only letters and digits", at: place + [key, entryKey])
                    }
                    if case .object = entry {
                        report(.mappingShape, "mapping '\(name)': '\(key)'.'\(entryKey)' must be a string, number, boolean or list, not an object or function", at: place + [key, entryKey])
                    }
                }
            }
        }
    }

    static func isMappingKey(_ key: String, allowing extra: String) -> Bool {
        !key.isEmpty && key.utf8.count <= 255
            && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || extra.unicodeScalars.contains($0)) }
    }
}
