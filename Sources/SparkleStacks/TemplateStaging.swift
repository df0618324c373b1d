import Sparkle
import SparkleAWS

/// Where a template too large to send inline goes: an S3 bucket, under a content-addressed key.
public struct TemplateStaging: Sendable {
    /// The largest `TemplateBody` CloudFormation accepts, in UTF-8 bytes.
    public static let inlineLimit = 51_200
    /// The largest template CloudFormation reads from S3.
    public static let urlLimit = 1_000_000

    public var bucket: String?
    public var prefix: String?

    /// Staging in `bucket` under `prefix`; without a bucket, templates are sent inline only.
    public init(bucket: String? = nil, prefix: String? = nil) {
        self.bucket = bucket
        self.prefix = prefix
    }

    /// The key of `body`: `PREFIX/NAME-SHA256.EXT`, so that the same template always lands on the
    /// same object and a re-deploy uploads nothing new. `name` is the stack's, or a nested
    /// template's path without its extension (`layer_cake/Network`).
    public func key(for body: [UInt8], name stem: String, fileExtension: String) -> String {
        let name = "\(stem)-\(SigV4Signer.hexSHA256(body)).\(fileExtension)"
        guard let prefix, !prefix.isEmpty else { return name }
        return prefix.hasSuffix("/") ? prefix + name : "\(prefix)/\(name)"
    }

    /// The template as CloudFormation should receive it: inline when it fits, else uploaded with
    /// `s3`. Answers the source and, when uploaded, the object's URL.
    ///
    /// - Throws: ``StackError`` (`.usage`) when the template needs a bucket and none is given, or is
    ///   larger than CloudFormation reads at all.
    public func source(
        for body: String, stackName: String, fileExtension: String, s3: S3Client?
    ) async throws(StackError) -> (source: TemplateSource, uploadedTo: String?) {
        let bytes = Array(body.utf8)
        if bytes.count <= Self.inlineLimit { return (.body(body), nil) }
        guard bytes.count <= Self.urlLimit else {
            throw StackError(
                .usage, "the template is \(bytes.count) bytes; CloudFormation reads at most \(Self.urlLimit) bytes, even from S3")
        }
        guard let bucket, let s3 else {
            throw StackError(
                .usage, "the template is \(bytes.count) bytes, more than the \(Self.inlineLimit) bytes CloudFormation takes inline",
                nextStep: .giveBucket)
        }
        let key = key(for: bytes, name: stackName, fileExtension: fileExtension)
        do {
            try await s3.putObject(bucket: bucket, key: key, bytes: bytes, contentType: Self.contentType(ofKey: key))
        } catch {
            throw StackError(.operationFailed, error.message)
        }
        let url = S3Client.templateURL(bucket: bucket, key: key)
        return (.url(url), url)
    }

    /// The media type of a template object, by its key's extension.
    static func contentType(ofKey key: String) -> String {
        key.hasSuffix(".json") ? "application/json" : "application/x-yaml"
    }

    /// `compiled` and the templates it nests as files, each nested one's `TemplateURL` pointing to
    /// its content-addressed object in the bucket (relative paths without a bucket), with the
    /// uploads that puts them there, nested ones first.
    public func files(
        of compiled: CompiledTemplate, fileExtension: String, render: (Object) -> [UInt8]
    ) -> (files: [TemplateFile], uploads: [(key: String, bytes: [UInt8])]) {
        var uploads: [(key: String, bytes: [UInt8])] = []
        let location: ((String, [UInt8]) -> String)? = bucket.map { bucket in
            { stem, bytes in
                let key = key(for: bytes, name: stem, fileExtension: fileExtension)
                uploads.append((key, bytes))
                return S3Client.templateURL(bucket: bucket, key: key)
            }
        }
        return (compiled.files(fileExtension: fileExtension, render: render, location: location), uploads)
    }

    /// Uploads what ``files(of:fileExtension:render:)`` planned, skipping objects already there
    /// (same key, same content); answers the keys uploaded.
    public func upload(_ uploads: [(key: String, bytes: [UInt8])], with s3: S3Client) async throws(StackError) -> [String] {
        guard let bucket else { return [] }
        var uploaded: [String] = []
        for (key, bytes) in uploads {
            do {
                if try await s3.objectExists(bucket: bucket, key: key) { continue }
                try await s3.putObject(bucket: bucket, key: key, bytes: bytes, contentType: Self.contentType(ofKey: key))
                uploaded.append(key)
            } catch {
                throw StackError(.operationFailed, error.message)
            }
        }
        return uploaded
    }
}
