import Sparkle
import Testing

// Two packs and a package of one's own, as SparklePacks combine them: the later pack wins, the
// package's own items win only where it says `replacing:`, and a replaced component, dynamic or
// registry is replaced in the packs' own templates too.

private let packBase = Component("base", description: "the networking pack's base") {
    FormatVersion()
    Metadata("Base", "networking")
}
private let packTags = Registry<String>("tags", description: "the networking pack's tags") { role in
    [["Key": "Role", "Value": .string(role)]]
}
private let packQueue = Dynamic<Void>("queue", description: "the networking pack's queue") { name, _ in
    Resource("\(name)Queue", type: "AWS::SQS::Queue") { Property("Tags", packTags("queue")) }
}
private let packVpc = Template("vpc", description: "the networking pack's VPC") {
    Load(packBase)
    packQueue("Work")
    Resource("Vpc", type: "AWS::EC2::VPC") {
        Property("CidrBlock", "10.0.0.0/16")
        Property("Tags", packTags("vpc"))
    }
}
private let networking = Catalog.collecting(source: "Networking") { entries in
    entries.add(packBase, declaredAt: "Networking/base.swift:1")
    entries.add(packTags, declaredAt: "Networking/tags.swift:1")
    entries.add(packQueue, declaredAt: "Networking/queue.swift:1")
    entries.add(packVpc, declaredAt: "Networking/vpc.swift:1")
}

private let laterVpc = Template("vpc", description: "the platform pack's VPC") {
    Resource("Vpc", type: "AWS::EC2::VPC") { Property("CidrBlock", "10.9.0.0/16") }
}
private let platform = Catalog.collecting(source: "Platform") { entries in
    entries.add(laterVpc, declaredAt: "Platform/vpc.swift:1")
}

private let ownBase = Component("base", description: "this package's base") {
    FormatVersion()
    Metadata("Base", "own")
}
private let ownTags = Registry<String>("tags", description: "this package's tags") { role in
    [["Key": "Role", "Value": .string(role)], ["Key": "Team", "Value": "platform"]]
}
private let ownQueue = Dynamic<Void>("queue", description: "this package's queue, with a retention") { name, _ in
    Resource("\(name)Queue", type: "AWS::SQS::Queue") { Property("MessageRetentionPeriod", 1_209_600) }
}
private let otherTypedQueue = Dynamic<Int>("queue", description: "a queue with another config type") { name, days in
    Resource("\(name)Queue", type: "AWS::SQS::Queue") { Property("MessageRetentionPeriod", .int(days * 86_400)) }
}
private let ownApp = Template("app", description: "this package's app") {
    Load(ownBase)
    Resource("Handle", type: "AWS::CloudFormation::WaitConditionHandle")
}

private func own(_ add: (inout CatalogCollector) -> Void) -> Catalog {
    Catalog.collecting(source: "MyStacks") { entries in
        entries.add(ownApp, declaredAt: "MyStacks/app.swift:1")
        add(&entries)
    }
}

@Suite struct PackTests {
    @Test func theLaterPackWinsAndEveryItemSaysWhereItComesFrom() throws {
        let combined = own { _ in }.over([networking, platform])
        #expect(combined.problems.isEmpty, "\(combined.problems)")
        #expect(combined.templates.map(\.name) == ["app", "vpc"])
        #expect(combined.template(named: "vpc")?.description == "the platform pack's VPC")
        #expect(combined.provenance(of: "template", named: "vpc")?.source == "Platform")
        #expect(combined.provenance(of: "template", named: "vpc")?.replaces == ["Networking"])
        #expect(combined.provenance(of: "template", named: "app")?.source == "MyStacks")
        #expect(combined.provenance(of: "component", named: "base")?.source == "Networking")
        #expect(combined.combinesPacks)
    }

    @Test func anOwnItemThatClashesWithAPacksWithoutReplacingIsAConflict() {
        let combined = own { $0.add(ownBase, declaredAt: "MyStacks/base.swift:1") }.over([networking])
        #expect(
            combined.problems == [
                "component 'base' of MyStacks clashes with the one of Networking: add .component(\"base\") to replacing: to replace it, or rename yours"
            ])
    }

    @Test func replacingAPacksComponentReplacesItInThePacksTemplatesToo() throws {
        let combined = own { $0.add(ownBase, declaredAt: "MyStacks/base.swift:1") }.over([networking], replacing: [.component("base")])
        #expect(combined.problems.isEmpty, "\(combined.problems)")
        #expect(combined.provenance(of: "component", named: "base")?.replaces == ["Networking"])
        let vpc = try #require(combined.template(named: "vpc"))
        let replaced = try Compiler.compile(vpc, options: CompileOptions(environment: [:], catalog: combined)).tree
        #expect(replaced["Metadata"] == ["Base": "own"])
        // Without the catalog active, the pack's template is the pack's.
        #expect(try Compiler.compile(vpc, options: CompileOptions(environment: [:])).tree["Metadata"] == ["Base": "networking"])
    }

    @Test func replacingADynamicAndARegistryReachesEveryInsertionAndCall() throws {
        let combined = own {
            $0.add(ownQueue, declaredAt: "MyStacks/queue.swift:1")
            $0.add(ownTags, declaredAt: "MyStacks/tags.swift:1")
        }.over([networking], replacing: [.dynamic("queue"), .registry("tags")])
        #expect(combined.problems.isEmpty, "\(combined.problems)")
        let vpc = try #require(combined.template(named: "vpc"))
        let resources = try Compiler.compile(vpc, options: CompileOptions(environment: [:], catalog: combined)).tree["Resources"]?.objectValue
        #expect(resources?["WorkQueue"]?.objectValue?["Properties"] == ["MessageRetentionPeriod": 1_209_600])
        #expect(
            resources?["Vpc"]?.objectValue?["Properties"]?.objectValue?["Tags"] == [["Key": "Role", "Value": "vpc"], ["Key": "Team", "Value": "platform"]])
    }

    @Test func aReplacementOfAnotherTypeIsAConflict() {
        let combined = own { $0.add(otherTypedQueue, declaredAt: "MyStacks/queue.swift:1") }.over([networking], replacing: [.dynamic("queue")])
        #expect(combined.problems.count == 1)
        #expect(combined.problems.first?.hasPrefix("dynamic 'queue' of MyStacks cannot replace the one of Networking: they take different types") == true)
    }

    @Test func replacingWhatNoPackHasIsAConflict() {
        let combined = own { _ in }.over([networking], replacing: [.template("app"), .registry("labels")])
        #expect(
            combined.problems == [
                "replacing: registry 'labels' replaces nothing: no pack has one", "replacing: template 'app' replaces nothing: no pack has one",
            ])
    }

    @Test func duplicatesInsideOneCatalogStillStopIt() {
        let twice = Catalog.collecting(source: "Twice") { entries in
            entries.add(packVpc, declaredAt: "Twice/a.swift:1")
            entries.add(laterVpc, declaredAt: "Twice/b.swift:1")
        }
        let combined = own { _ in }.over([twice])
        #expect(combined.problems.contains("2 templates are named 'vpc': Twice/a.swift:1 and Twice/b.swift:1"))
    }
}
