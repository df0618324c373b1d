// libcurl through dlopen: the command line links no networking library, so starting it costs
// nothing for the commands that never reach AWS. The option numbers are libcurl's ABI (stable
// since 7.x: curl.h derives them from fixed type bases), declared here because the Debian package
// with curl.h is not needed to build Sparkle.
#include "CSparkleHTTP.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum {
    OPT_WRITEDATA = 10001, OPT_URL = 10002, OPT_ERRORBUFFER = 10010, OPT_POSTFIELDS = 10015, OPT_HTTPHEADER = 10023,
    OPT_HEADERDATA = 10029, OPT_CUSTOMREQUEST = 10036, OPT_WRITEFUNCTION = 20011, OPT_HEADERFUNCTION = 20079,
    OPT_NOBODY = 44, OPT_POST = 47, OPT_HTTPGET = 80, OPT_NOSIGNAL = 99, OPT_TIMEOUT_MS = 155,
    OPT_POSTFIELDSIZE_LARGE = 30120, INFO_RESPONSE_CODE = 0x200002,
    CODE_OK = 0, CODE_OPERATION_TIMEDOUT = 28, GLOBAL_DEFAULT = 3,
};

typedef void CURL;
struct curl_slist;
typedef size_t (*sink_function)(char *, size_t, size_t, void *);

static struct {
    int (*global_init)(long);
    CURL *(*easy_init)(void);
    int (*easy_setopt)(CURL *, int, ...);
    int (*easy_perform)(CURL *);
    int (*easy_getinfo)(CURL *, int, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(int);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    char failure[256];
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load(void) {
    static const char *const names[] = {
#ifdef __APPLE__
        "libcurl.4.dylib", "/usr/lib/libcurl.4.dylib",
#else
        "libcurl.so.4", "libcurl-gnutls.so.4", "libcurl-nss.so.4",
#endif
    };
    void *library = NULL;
    for (size_t index = 0; index < sizeof names / sizeof *names && !library; index++)
        library = dlopen(names[index], RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(curl.failure, sizeof curl.failure,
                 "libcurl is not installed (tried %s); install it (Debian: apt-get install libcurl4)", names[0]);
        return;
    }
#define BIND(field, symbol) *(void **)&curl.field = dlsym(library, symbol)
    BIND(global_init, "curl_global_init");
    BIND(easy_init, "curl_easy_init");
    BIND(easy_setopt, "curl_easy_setopt");
    BIND(easy_perform, "curl_easy_perform");
    BIND(easy_getinfo, "curl_easy_getinfo");
    BIND(easy_cleanup, "curl_easy_cleanup");
    BIND(easy_strerror, "curl_easy_strerror");
    BIND(slist_append, "curl_slist_append");
    BIND(slist_free_all, "curl_slist_free_all");
#undef BIND
    if (!curl.global_init || !curl.easy_init || !curl.easy_setopt || !curl.easy_perform || !curl.easy_getinfo ||
        !curl.easy_cleanup || !curl.easy_strerror || !curl.slist_append || !curl.slist_free_all) {
        snprintf(curl.failure, sizeof curl.failure, "the libcurl found lacks the functions Sparkle needs");
        curl.easy_init = NULL;
        return;
    }
    curl.global_init(GLOBAL_DEFAULT);
}

typedef struct {
    uint8_t *bytes;
    size_t length, capacity;
    int failed;
} buffer;

static int append(buffer *target, const void *bytes, size_t length) {
    if (target->length + length > target->capacity) {
        size_t capacity = target->capacity ? target->capacity : 4096;
        while (capacity < target->length + length) capacity *= 2;
        uint8_t *grown = realloc(target->bytes, capacity);
        if (!grown) {
            target->failed = 1;
            return 0;
        }
        target->bytes = grown;
        target->capacity = capacity;
    }
    memcpy(target->bytes + target->length, bytes, length);
    target->length += length;
    return 1;
}

static size_t write_body(char *bytes, size_t size, size_t count, void *context) {
    return append(context, bytes, size * count) ? size * count : 0;
}

// Keeps the header lines of the last response only: a status line starts a new block (after a
// 100 Continue, for instance).
static size_t write_header(char *bytes, size_t size, size_t count, void *context) {
    buffer *headers = context;
    if (size * count >= 5 && strncmp(bytes, "HTTP/", 5) == 0) headers->length = 0;
    return append(headers, bytes, size * count) ? size * count : 0;
}

void sparkle_http_perform(const sparkle_http_request *request, sparkle_http_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&load_once, load);
    if (!curl.easy_init) {
        response->outcome = SPARKLE_HTTP_UNAVAILABLE;
        snprintf(response->message, sizeof response->message, "%s", curl.failure);
        return;
    }
    CURL *handle = curl.easy_init();
    if (!handle) {
        response->outcome = SPARKLE_HTTP_UNREACHABLE;
        snprintf(response->message, sizeof response->message, "libcurl could not start a request");
        return;
    }
    struct curl_slist *headers = NULL;
    int has_content_type = 0;
    for (size_t index = 0; index < request->header_count; index++) {
        headers = curl.slist_append(headers, request->headers[index]);
        if (strncasecmp(request->headers[index], "content-type:", 13) == 0) has_content_type = 1;
    }
    // No "Expect: 100-continue" round trip, and no form content type the signer never saw.
    headers = curl.slist_append(headers, "Expect:");
    if (!has_content_type) headers = curl.slist_append(headers, "Content-Type:");

    char error[256] = "";
    buffer body = {0}, header_lines = {0};
    curl.easy_setopt(handle, OPT_URL, request->url);
    curl.easy_setopt(handle, OPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, OPT_TIMEOUT_MS, request->timeout_milliseconds);
    curl.easy_setopt(handle, OPT_ERRORBUFFER, error);
    curl.easy_setopt(handle, OPT_HTTPHEADER, headers);
    curl.easy_setopt(handle, OPT_WRITEFUNCTION, (sink_function)write_body);
    curl.easy_setopt(handle, OPT_WRITEDATA, (void *)&body);
    curl.easy_setopt(handle, OPT_HEADERFUNCTION, (sink_function)write_header);
    curl.easy_setopt(handle, OPT_HEADERDATA, (void *)&header_lines);
    if (strcmp(request->method, "HEAD") == 0) {
        curl.easy_setopt(handle, OPT_NOBODY, 1L);
    } else if (strcmp(request->method, "GET") == 0 && request->body_length == 0) {
        curl.easy_setopt(handle, OPT_HTTPGET, 1L);
    } else if (request->body_length > 0 || strcmp(request->method, "POST") == 0 || strcmp(request->method, "PUT") == 0) {
        curl.easy_setopt(handle, OPT_POST, 1L);
        curl.easy_setopt(handle, OPT_POSTFIELDS, request->body_length ? (const char *)request->body : "");
        curl.easy_setopt(handle, OPT_POSTFIELDSIZE_LARGE, (long long)request->body_length);
        if (strcmp(request->method, "POST") != 0) curl.easy_setopt(handle, OPT_CUSTOMREQUEST, request->method);
    } else {
        curl.easy_setopt(handle, OPT_CUSTOMREQUEST, request->method);
    }

    int code = curl.easy_perform(handle);
    if (code == CODE_OK && !body.failed && !header_lines.failed) {
        response->outcome = SPARKLE_HTTP_ANSWERED;
        curl.easy_getinfo(handle, INFO_RESPONSE_CODE, &response->status);
        response->body = body.bytes;
        response->body_length = body.length;
        response->header_bytes = (char *)header_lines.bytes;
        response->header_length = header_lines.length;
    } else {
        response->outcome = code == CODE_OPERATION_TIMEDOUT ? SPARKLE_HTTP_TIMED_OUT : SPARKLE_HTTP_UNREACHABLE;
        const char *reason = body.failed || header_lines.failed ? "out of memory reading the answer"
                             : error[0]                          ? error
                                                                 : curl.easy_strerror(code);
        snprintf(response->message, sizeof response->message, "%s", reason);
        free(body.bytes);
        free(header_lines.bytes);
    }
    curl.slist_free_all(headers);
    curl.easy_cleanup(handle);
}

void sparkle_http_response_free(sparkle_http_response *response) {
    free(response->body);
    free(response->header_bytes);
    response->body = NULL;
    response->header_bytes = NULL;
}
