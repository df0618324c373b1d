// Imported from kinesis_stream_with_explicit_name.json by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesJsonKinesisStreamKinesisStreamWithExplicitNameJsonTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        kinesisStreamWithName
    }

    static var kinesisStreamWithName: Resource {
        Resource("KinesisStreamWithName", type: "AWS::Kinesis::Stream") {
            Property("Name", "namedstream")
            Property("ShardCount", "1")
        }
    }
}
