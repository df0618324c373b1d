import Sparkle
import Testing

// Stack policies declared on resources, as SparkleFormation's `policy { allow/deny }` blocks.

private let database = Dynamic<Void>("database", description: "a table") { name, _ in
    Resource("\(name)Table", type: "AWS::DynamoDB::Table") {
        Property("KeySchema", [["AttributeName": "id", "KeyType": "HASH"]])
        Property("AttributeDefinitions", [["AttributeName": "id", "AttributeType": "S"]])
        Property("BillingMode", "PAY_PER_REQUEST")
    }
}

private let guarded = Template("guarded", description: "a protected table and a free queue") {
    Resource("Queue", type: "AWS::SQS::Queue").allowUpdates(.modify)
    database("Orders").customizing("OrdersTable") { $0.denyUpdates(.replace, .delete) }
}

private let child = Template("guarded_child", description: "inherits the policy", inheriting: guarded) {
    Builtin.snsTopic("Alerts").denyUpdates(.all)
}

@Suite struct StackPolicyTests {
    @Test func resourcesStatementsComeInOrderThenEverythingElseIsAllowed() throws {
        let compiled = try Compiler.compile(guarded)
        let policy = try #require(compiled.stackPolicy)
        #expect(
            minified(try #require(policy.document.objectValue)) == """
                {"Statement":[\
                {"Effect":"Allow","Action":["Update:Modify"],"Resource":"LogicalResourceId/Queue","Principal":"*"},\
                {"Effect":"Deny","Action":["Update:Replace","Update:Delete"],"Resource":"LogicalResourceId/OrdersTable","Principal":"*"},\
                {"Effect":"Allow","Action":"Update:*","Resource":"*","Principal":"*"}]}
                """)
        // The policy is not part of the template CloudFormation reads.
        #expect(!minified(compiled.tree).contains("Update:"))
    }

    @Test func anInheritingTemplateKeepsItsParentsStatements() throws {
        let statements = try #require(try Compiler.compile(child).stackPolicy).statements
        #expect(statements.map(\.logicalID) == ["Queue", "OrdersTable", "AlertsSnsTopic"])
        #expect(statements.last?.actions == [.all])
    }

    @Test func aTemplateWithoutStatementsHasNoPolicy() throws {
        let plain = Template("plain", description: "d") { Resource("Queue", type: "AWS::SQS::Queue") }
        #expect(try Compiler.compile(plain).stackPolicy == nil)
    }
}
