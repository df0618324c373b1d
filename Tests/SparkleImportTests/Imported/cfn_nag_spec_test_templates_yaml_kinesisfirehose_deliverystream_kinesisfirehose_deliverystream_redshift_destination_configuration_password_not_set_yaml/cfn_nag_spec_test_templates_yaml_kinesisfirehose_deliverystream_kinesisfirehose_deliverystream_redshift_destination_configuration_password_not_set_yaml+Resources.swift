// Imported from kinesisfirehose_deliverystream_redshift_destination_configuration_password_not_set.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlKinesisfirehoseDeliverystreamKinesisfirehoseDeliverystreamRedshiftDestinationConfigurationPasswordNotSetYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        kinesisFirehoseDeliveryStream
    }

    static var kinesisFirehoseDeliveryStream: Resource {
        Resource("KinesisFirehoseDeliveryStream", type: "AWS::KinesisFirehose::DeliveryStream") {
            Property("DeliveryStreamName", "foobar")
            Property("DeliveryStreamType", "DirectPut")
            Property("RedshiftDestinationConfiguration", [
                "ClusterJDBCURL": "jdbc:redshift://foo.bar.us-east-1.redshift.amazonaws.com:5432/foobar_db",
                "CopyCommand": [
                    "CopyOptions": "delimiter '|'",
                    "DataTableColumns": "data-table-columns-foo",
                    "DataTableName": "data-table-bar",
                ],
                "RoleARN": "arn:aws:iam::123456789012:role/KinesisFirehose-foobar",
                "S3Configuration": [
                    "BucketARN": "arn:aws:s3:::foobar-bucket",
                    "BufferingHints": ["IntervalInSeconds": 60, "SizeInMBs": 1],
                    "CompressionFormat": "GZIP",
                    "RoleARN": "arn:aws:iam::123456789012:role/KinesisFirehose-S3Configuration-foobar",
                ],
                "Username": "admin",
            ])
        }
    }
}
