import Sparkle

/// Loads the `environment` component and narrows its allowed values: the template wins.
let perpetualBeta = Template("perpetual_beta", description: "An environment that never reaches production") {
    Load(environment)
    FormatVersion()
    // Step into the component's parameter and narrow it; everything else stays as the component set it.
    Parameter("Environment", allowedValues: ["test", "staging"])
    Resource("EnvironmentHandle", type: "AWS::CloudFormation::WaitConditionHandle")
    Output("Environment", Ref("Environment"), description: "The environment deployed")
}
