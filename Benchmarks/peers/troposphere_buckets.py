"""The benchmark's bucket template built with troposphere, printed as JSON: the peer for
whole-process timing. Same resources and properties as SparkleBenchmark's generated template."""
import sys

from troposphere import Parameter, Ref, Sub, Tags, Template
from troposphere.s3 import (
    AbortIncompleteMultipartUpload, Bucket, BucketEncryption, LifecycleConfiguration, LifecycleRule,
    PublicAccessBlockConfiguration, ServerSideEncryptionByDefault, ServerSideEncryptionRule,
    VersioningConfiguration)

count = int(sys.argv[1])
template = Template(Description=f"{count} buckets")
template.set_version("2010-09-09")
template.add_parameter(Parameter("Team", Type="String", Default="platform"))
for index in range(count):
    template.add_resource(Bucket(
        f"Bucket{index}",
        BucketName=Sub(f"bench-{index}-${{AWS::StackName}}"),
        Tags=Tags(Name=f"bucket-{index}", Team=Ref("Team")),
        VersioningConfiguration=VersioningConfiguration(Status="Enabled"),
        AccessControl="Private",
        ObjectLockEnabled=False,
        PublicAccessBlockConfiguration=PublicAccessBlockConfiguration(
            BlockPublicAcls=True, BlockPublicPolicy=True, IgnorePublicAcls=True, RestrictPublicBuckets=True),
        BucketEncryption=BucketEncryption(ServerSideEncryptionConfiguration=[ServerSideEncryptionRule(
            ServerSideEncryptionByDefault=ServerSideEncryptionByDefault(SSEAlgorithm="AES256"))]),
        LifecycleConfiguration=LifecycleConfiguration(Rules=[LifecycleRule(
            Id="abort-uploads", Status="Enabled",
            AbortIncompleteMultipartUpload=AbortIncompleteMultipartUpload(DaysAfterInitiation=7))]),
    ))
print(template.to_json())
