#ifndef NEWSSCRAPER_CZLIB_SHIM_H
#define NEWSSCRAPER_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro; 16 + MAX_WBITS asks zlib for the gzip wrapper
// (header, CRC-32 and length checks) rather than raw DEFLATE.
static inline int newsscraper_inflateInitGzip(z_streamp stream) {
    return inflateInit2(stream, 16 + MAX_WBITS);
}

#endif
