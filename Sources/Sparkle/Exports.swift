// The library users import: `import Sparkle` brings the tree, the DSL, the intrinsics,
// validation and the emitters, plus the compile pipeline defined in this module.
@_exported import SparkleBuiltins
@_exported import SparkleDSL
@_exported import SparkleEmitters
@_exported import SparkleIntrinsics
@_exported import SparkleSchema
@_exported import SparkleTree
@_exported import SparkleValidation
@_exported import SparkleValues
