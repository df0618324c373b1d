import Sparkle

/// The smallest useful template: one parameter with allowed values, echoed as an output.
let food = Template("food", description: "Pick a food: the smallest template with a constrained parameter") {
    FormatVersion()
    Parameter("Food", type: .string, default: "tacos", allowedValues: ["tacos", "nachos", "hotdogs"], description: "What to eat")
    // CloudFormation needs at least one resource; a wait condition handle costs nothing.
    Resource("FoodHandle", type: "AWS::CloudFormation::WaitConditionHandle")
    Output("Food", Ref("Food"), description: "The food chosen")
}
