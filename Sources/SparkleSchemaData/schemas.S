// The resource schemas, linked into the binary itself, so that a binary copied on its own (to
// /usr/local/bin, into a container) still has them.
// schemas.jsonl sha256: 9a309bb92c3f79958e3c367519f5dafbaebc9b9e4cbf2b54abe4fb76a109afd5 (Scripts/generate_schemas.py writes it, so new data rebuilds this file)
#if defined(__APPLE__)
    .section __TEXT,__const
    .globl _sparkle_schemas_start
    .globl _sparkle_schemas_end
_sparkle_schemas_start:
    .incbin SPARKLE_SCHEMAS_FILE
_sparkle_schemas_end:
#else
    .section .rodata
    .globl sparkle_schemas_start
    .globl sparkle_schemas_end
sparkle_schemas_start:
    .incbin SPARKLE_SCHEMAS_FILE
sparkle_schemas_end:
    .section .note.GNU-stack,"",%progbits
#endif
