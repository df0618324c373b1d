import Sparkle

/// The deployment environment, as a parameter any template can load and narrow.
let environment = Component("environment", description: "An Environment parameter: test, staging or production") {
    Parameter(
        "Environment", type: .string, default: "test", allowedValues: ["test", "staging", "production"],
        description: "Deployment environment")
}
