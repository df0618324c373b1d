import Foundation

/// How a template is compiled: the values it is given, the upstream stacks it applies, and which
/// findings stop it.
public struct CompileOptions: Sendable {
    /// Values by name. A name the template declares as a compile-time input sets that input; a
    /// name of a CloudFormation parameter of the compiled template becomes that parameter's
    /// `Default`. Names match as apply-stack matches outputs (`vpc_cidr` names `VpcCidr`).
    public var parameters: [String: String]
    /// Whether a name in ``parameters`` that is neither an input nor a parameter is accepted
    /// (when one set of values is given to several templates); otherwise it is an error.
    public var ignoresUnknownParameters: Bool
    /// Upstream stack outputs to apply (apply-stack); explicit ``parameters`` win over them.
    public var stacks: [StackOutputs]
    /// Outputs that fill differently named parameters.
    public var mappings: [OutputMapping]
    /// Where inputs with an environment variable look.
    public var environment: [String: String]
    /// Rules whose errors become warnings, so that the template is still written (say, one over
    /// a CloudFormation limit); the template's `Metadata` opt-outs count too.
    public var ignoredRules: [String]
    /// The inputs the deployed stack was compiled with, read after ``parameters`` and
    /// ``environment`` and before the inputs' defaults.
    public var previousState: CompileState?
    /// Whether a template with compile-time inputs gets the ``CompileState`` output that
    /// records their values.
    public var recordsCompileState: Bool
    /// The catalog whose replacements the build follows (an entry a pack replaced on purpose);
    /// nil builds every component, dynamic and registry as declared.
    public var catalog: (any CatalogReplacements)?

    /// Options with every value as its property describes; by default none given, the process's
    /// environment, the compile state recorded, and no catalog.
    public init(
        parameters: [String: String] = [:], ignoresUnknownParameters: Bool = false, stacks: [StackOutputs] = [],
        mappings: [OutputMapping] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
        ignoredRules: [String] = [], previousState: CompileState? = nil, recordsCompileState: Bool = true,
        catalog: (any CatalogReplacements)? = nil
    ) {
        self.parameters = parameters
        self.ignoresUnknownParameters = ignoresUnknownParameters
        self.stacks = stacks
        self.mappings = mappings
        self.environment = environment
        self.ignoredRules = ignoredRules
        self.previousState = previousState
        self.recordsCompileState = recordsCompileState
        self.catalog = catalog
    }
}
