#include "SparkleSchemaData.h"

extern const unsigned char sparkle_schemas_start[];
extern const unsigned char sparkle_schemas_end[];

const unsigned char *sparkle_schemas(size_t *count) {
    *count = (size_t)(sparkle_schemas_end - sparkle_schemas_start);
    return sparkle_schemas_start;
}
