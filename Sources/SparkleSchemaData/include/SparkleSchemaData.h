#ifndef SPARKLE_SCHEMA_DATA_H
#define SPARKLE_SCHEMA_DATA_H

#include <stddef.h>

/// The bytes of the schema data linked into the binary, and their count.
const unsigned char *sparkle_schemas(size_t *count);

#endif
