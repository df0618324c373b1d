// The resource schemas, linked into the binary itself, so that a binary copied on its own (to
// /usr/local/bin, into a container) still has them.
// schemas.jsonl sha256: 6a2d6e96313af89614080a131056baeac3506ceb8fd871410446e28f16842315 (Scripts/generate_schemas.py writes it, so new data rebuilds this file)
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
