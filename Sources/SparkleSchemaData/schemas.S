// The resource schemas, linked into the binary itself, so that a binary copied on its own (to
// /usr/local/bin, into a container) still has them.
// schemas.jsonl sha256: ae0e435110cd8e8a8210f2cbd8918f1173c61ff265d09c503fc04a2ba3d2e1b0 (Scripts/generate_schemas.py writes it, so new data rebuilds this file)
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
