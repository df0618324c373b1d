import Foundation
import Testing

@testable import SparkleAWS

/// The XML reader on the shapes AWS answers with, and on documents that are not well-formed.
@Suite struct XMLTreeTests {
    @Test func readsAQueryAPIAnswer() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
              <!-- a comment -->
              <DescribeStacksResult><Stacks><member>
                <StackName>net &amp; work</StackName>
                <Description><![CDATA[a <b> c]]> &lt;d&gt; &#233;&#x263A; &quot;e&apos;</Description>
                <Outputs><member><OutputKey>VpcId</OutputKey></member><member><OutputKey a='>'/></member></Outputs>
                <Empty/>
              </member></Stacks></DescribeStacksResult>
            </DescribeStacksResponse>
            """
        let tree = try #require(XMLTree.parse(Data(xml.utf8)))
        #expect(tree.name == "DescribeStacksResponse")
        let stack = try #require(tree.child("DescribeStacksResult")?.child("Stacks")?.child("member"))
        #expect(stack.string("StackName") == "net & work")
        #expect(stack.string("Description") == "a <b> c <d> é☺ \"e'")
        #expect(stack.child("Outputs")?.all("member").count == 2)
        #expect(stack.string("Outputs", "member", "OutputKey") == "VpcId")
        #expect(stack.string("Empty") == "")
    }

    @Test(arguments: [
        "", "<a>", "<a></b>", "<a><b></a></b>", "<a>x</a><b/>", "<a>&bogus;</a>", "<a>&#xD800;</a>", "<a x=1/>",
        "<!DOCTYPE a><a/>", "<a><![CDATA[open</a>", "<a><!-- open</a>", "text",
    ])
    func rejectsWhatIsNotWellFormed(_ xml: String) {
        #expect(XMLTree.parse(Data(xml.utf8)) == nil, "\(xml)")
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        #expect(XMLTree.parse(Data(deep.utf8)) == nil)
    }
}
