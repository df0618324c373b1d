import Foundation
import SparkleTree

/// The `AWS::LanguageExtensions` transform, as far as checking a template needs it: every
/// `Fn::ForEach::Name` loop is expanded where it stands (in Resources, Outputs, Conditions or inside
/// properties), so that the rules judge the template CloudFormation will see. Each expanded key
/// keeps the source location of its loop, so a finding points at the loop that made it.
public enum LanguageExtensions {
    public static let transform = "AWS::LanguageExtensions"

    /// Whether the template declares the transform.
    public static func isDeclared(in template: Object) -> Bool { template.declaresTransform(transform) }

    /// The template with its loops expanded, or the template itself when it declares no
    /// `AWS::LanguageExtensions` transform.
    public static func expanded(_ template: Object) -> Object {
        guard isDeclared(in: template) else { return template }
        let expander = Expander(parameters: template["Parameters"]?.objectValue ?? Object())
        return expander.expand(.object(template), bindings: [:]).objectValue ?? template
    }

    private struct Expander {
        let parameters: Object

        func expand(_ value: Value, bindings: [String: String]) -> Value {
            switch value {
            case .array(let elements):
                return .array(elements.map { expand($0, bindings: bindings) })
            case .object(let object):
                // A one-key object may be a loop nested in a loop's body, which expands below.
                if !bindings.isEmpty, let (name, argument) = value.intrinsic, !name.hasPrefix("Fn::ForEach::") {
                    return substituted(name, argument, bindings: bindings)
                }
                var result = Object()
                for (key, child) in object {
                    let origin = object.origin(of: key)
                    guard key.hasPrefix("Fn::ForEach::"), let loop = child.arrayValue, loop.count == 3,
                        let identifier = loop[0].stringValue, case .object(let fragment) = loop[2]
                    else {
                        result.set(substitute(key, bindings), expand(child, bindings: bindings), origin: origin)
                        continue
                    }
                    for item in items(of: expand(loop[1], bindings: bindings)) {
                        var inner = bindings
                        inner[identifier] = item
                        guard case .object(let produced) = expand(.object(fragment), bindings: inner) else { continue }
                        for (producedKey, producedValue) in produced {
                            result.set(producedKey, producedValue, origin: produced.origin(of: producedKey) ?? origin)
                        }
                    }
                }
                return .object(result)
            default:
                return value
            }
        }

        /// A loop's collection as text items: a literal list, or a list parameter's default.
        /// Without a default the values are unknown until deploy; one stand-in keeps the loop's
        /// body checked.
        func items(of collection: Value) -> [String] {
            if let elements = collection.arrayValue { return elements.compactMap(\.scalarText) }
            if case ("Ref", .string(let name))? = collection.intrinsic.map({ ($0.name, $0.argument) }) {
                let defaultValue = parameters[name]?.objectValue?["Default"]
                if let list = defaultValue?.arrayValue { return list.compactMap(\.scalarText) }
                if let text = defaultValue?.scalarText { return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            }
            return ["Item"]
        }

        /// A function inside a loop body with the loop identifiers replaced: `Ref` to one becomes
        /// its value, `Fn::Sub` text has `${Identifier}` replaced, and a `Ref` whose argument
        /// became literal text refers to that name.
        func substituted(_ name: String, _ argument: Value, bindings: [String: String]) -> Value {
            switch (name, argument) {
            case ("Ref", .string(let target)) where bindings[target] != nil:
                return .string(bindings[target]!)
            case ("Fn::Sub", .string(let text)):
                return ["Fn::Sub": .string(substitute(text, bindings))]
            case ("Fn::Sub", .array(var parts)) where parts.first?.stringValue != nil:
                parts[0] = .string(substitute(parts[0].stringValue!, bindings))
                return ["Fn::Sub": .array(parts.enumerated().map { $0.offset == 0 ? $0.element : expand($0.element, bindings: bindings) })]
            case ("Fn::GetAtt", .array(let parts)) where parts.count == 2:
                let resource = expand(parts[0], bindings: bindings)
                return ["Fn::GetAtt": [Self.literalName(resource).map(Value.string) ?? resource, expand(parts[1], bindings: bindings)]]
            default:
                let inner = expand(argument, bindings: bindings)
                if name == "Ref", let target = Self.literalName(inner) { return ["Ref": .string(target)] }
                return [name: inner]
            }
        }

        /// The name an `Fn::Sub` with nothing left to substitute spells, where the transform
        /// accepts one as a logical name (`Ref`'s argument, `Fn::GetAtt`'s resource).
        static func literalName(_ value: Value) -> String? {
            guard case ("Fn::Sub", .string(let text))? = value.intrinsic.map({ ($0.name, $0.argument) }), !text.contains("${") else {
                return nil
            }
            return text
        }

        /// `${Identifier}` replaced by the value and `&{Identifier}` by its letters and digits only.
        func substitute(_ text: String, _ bindings: [String: String]) -> String {
            guard !bindings.isEmpty, text.contains("{") else { return text }
            var result = text
            for (identifier, value) in bindings {
                result = result.replacingOccurrences(of: "${\(identifier)}", with: value)
                result = result.replacingOccurrences(
                    of: "&{\(identifier)}", with: String(value.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
            }
            return result
        }
    }
}
