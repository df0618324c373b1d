// The resource schemas, linked into the binary itself, so that a binary copied on its own (to
// /usr/local/bin, into a container) still has them.
// schemas.jsonl sha256: 4d22333252b3b8d7de10c5680b2e764af67a1c94c725afcccbdfe235ff28d07e (Scripts/generate_schemas.py writes it, so new data rebuilds this file)
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
