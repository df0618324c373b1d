# The benchmark's bucket template built with SparkleFormation, printed as JSON: the Ruby peer.
# Same resources and properties as SparkleBenchmark's generated template. Keys are set with set!
# so that they are written exactly, not camel-cased.
#
#   ruby -I SPARKLE_FORMATION/lib -I ATTRIBUTE_STRUCT/lib -I BOGO/lib sparkleformation_buckets.rb COUNT
require "json"
require "sparkle_formation"

count = Integer(ARGV.fetch(0))
template = SparkleFormation.new(:bench) do
  set!("AWSTemplateFormatVersion", "2010-09-09")
  set!("Description", "#{count} buckets")
  parameters.set!("Team") do
    set!("Type", "String")
    set!("Default", "platform")
  end
  count.times do |index|
    resources.set!("Bucket#{index}") do
      set!("Type", "AWS::S3::Bucket")
      properties do
        set!("BucketName", sub!("bench-#{index}-${AWS::StackName}"))
        set!("Tags", [{"Key" => "Name", "Value" => "bucket-#{index}"}, {"Key" => "Team", "Value" => {"Ref" => "Team"}}])
        set!("VersioningConfiguration", {"Status" => "Enabled"})
        set!("AccessControl", "Private")
        set!("ObjectLockEnabled", false)
        set!("PublicAccessBlockConfiguration",
          {"BlockPublicAcls" => true, "BlockPublicPolicy" => true, "IgnorePublicAcls" => true, "RestrictPublicBuckets" => true})
        set!("BucketEncryption",
          {"ServerSideEncryptionConfiguration" => [{"ServerSideEncryptionByDefault" => {"SSEAlgorithm" => "AES256"}}]})
        set!("LifecycleConfiguration",
          {"Rules" => [{"Id" => "abort-uploads", "Status" => "Enabled", "AbortIncompleteMultipartUpload" => {"DaysAfterInitiation" => 7}}]})
      end
    end
  end
end
puts JSON.pretty_generate(template.dump)
