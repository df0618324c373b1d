import Sparkle

// Every form a catalog entry may be declared in; CatalogGeneratorTests and UserPackageTests check
// that each `form_*` template is listed and nothing from comments, strings or bodies is.

// let commentedOut = Template("commented_out", description: "In a line comment") {}
/* let blockCommented = Template("block_commented", description: "x") {}  /* nested */ still a comment */
let textHolder = "let inString = Template(\"in_string\", description: \"d\") {}"
let rawHolder = #"let inRaw = Template("in_raw", description: "r") {} \(not interpolated)"#
let multilineHolder = """
    let inMultiline = Template("in_multiline", description: "m") {}
    \(textHolder.count) "quoted" \("nested \("deeper")")
    """

public let formPlain = Template("form_plain", description: "One line") { formTopic }

let
    formSpread
    =
    Template(
        "form_spread", description: "Over lines") { formTopic }

let formFromHelper = makeFormTemplate("form_from_helper")

func makeFormTemplate(_ name: String) -> Template {
    let formLocal = Template("form_local", description: "Inside a function: not listed") { formTopic }
    _ = formLocal
    return Template(name, description: "From a helper function") { formTopic }
}

enum FormStacks {
    static let web = Template("form_static", description: "A static member") { formTopic }
    static var computed: Template { Template("form_computed", description: "A computed static") { formTopic } }
    enum Inner {
        static let deep = Template("form_nested_type", description: "A nested type's static") { formTopic }
    }
}

extension FormStacks {
    static let fromExtension = Template("form_extension", description: "In an extension") { formTopic }
}

let formFirst = Template("form_first", description: "First of two bindings") { formTopic },
    formSecond = Template("form_second", description: "Second of two bindings") { formTopic }

#if os(Linux) || os(macOS)
let formConditional = Template("form_conditional", description: "Under #if") { formTopic }
#else
let formNever = Template("form_never", description: "Under #else") { formTopic }
#endif

private let formTopic = Resource("Topic", type: "AWS::SNS::Topic") {}  // every form's one resource
let formCidr = "10.0.0.0/16"  // a literal: not handed to the catalog at all
let formLookup = Dictionary(uniqueKeysWithValues: [("a", 1)])  // no entry: the type checker leaves it out
