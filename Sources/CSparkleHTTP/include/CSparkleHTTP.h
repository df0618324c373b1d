#ifndef CSPARKLEHTTP_H
#define CSPARKLEHTTP_H

#include <stddef.h>
#include <stdint.h>

/// Why a request got no HTTP answer (`SPARKLE_HTTP_ANSWERED` when it got one, of any status).
typedef enum {
    SPARKLE_HTTP_ANSWERED = 0,
    SPARKLE_HTTP_TIMED_OUT = 1,
    SPARKLE_HTTP_UNREACHABLE = 2,
    /// libcurl could not be loaded: the message says which names were tried.
    SPARKLE_HTTP_UNAVAILABLE = 3,
} sparkle_http_outcome;

/// One request. `headers` are "Name: value" lines; `body` may be NULL when `body_length` is 0.
typedef struct {
    const char *method;
    const char *url;
    const char *const *headers;
    size_t header_count;
    const uint8_t *body;
    size_t body_length;
    long timeout_milliseconds;
} sparkle_http_request;

/// The answer; release it with `sparkle_http_response_free`. `header_bytes` holds the raw header
/// lines of the final response (after any 100 Continue).
typedef struct {
    sparkle_http_outcome outcome;
    long status;
    uint8_t *body;
    size_t body_length;
    char *header_bytes;
    size_t header_length;
    char message[512];
} sparkle_http_response;

/// Sends `request` through libcurl, loaded with dlopen on first use so that programs which never
/// touch the network never load it. Blocks until the answer, a failure or the time-out.
void sparkle_http_perform(const sparkle_http_request *request, sparkle_http_response *response);

void sparkle_http_response_free(sparkle_http_response *response);

#endif
