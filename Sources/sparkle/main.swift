// The `sparkle` executable over the bundled examples (Templates, Components, Dynamics, Registries).
import SparkleCommandLine
import SparkleExamples

await SparkleCommand.main(catalog: SparkleExamples.catalog, commit: SparkleExamples.catalogCommit)
