#ifndef NEWSSCRAPER_CLIBXML2_SHIM_H
#define NEWSSCRAPER_CLIBXML2_SHIM_H

// xmlversion.h first, then hide ICU: a module that sees both Foundation and
// libxml2's ICU-typed declarations fails clean builds with a 'UErrorCode'
// redefinition. NewsScraper never touches libxml2's ICU API.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlIO.h>

// xmlFree is a macro over a mutable global, which Swift 6 rejects.
static inline void newsscraper_xmlFree(void *pointer) {
    xmlFree(pointer);
}

// Silences libxml2's default error printing for one XPath context.
static void newsscraper_ignoreStructuredError(void *userData, xmlErrorPtr error) {
    (void)userData; (void)error;
}

static inline void newsscraper_silenceXPathErrors(xmlXPathContextPtr context) {
    context->error = newsscraper_ignoreStructuredError;
}

#endif
