/* A do-nothing icuuc.dll, for running the Windows build under Wine only.
 *
 * Qt 6.10 and later import Windows' own ICU (icuuc.dll, part of Windows 10 1903 and
 * later) for its text codecs. Wine 8.0 has no icuuc.dll, so QtCore would not load there.
 * This stub exports the ucnv_* functions Qt6Core imports; each one fails, so Qt falls back
 * to its own UTF-8/UTF-16/Latin-1 codecs, which are all the app uses.
 *
 * It is placed in the Wine prefix's system32 by packaging/windows/wine.py: a system DLL
 * there, so PyInstaller never bundles it, and a real Windows uses its own. Never ship it.
 *
 * Built with Debian's mingw-w64:  x86_64-w64-mingw32-gcc -shared -O2 -o icuuc.dll icuuc_stub.c
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)

typedef int UErrorCode;
#define U_UNSUPPORTED_ERROR 16

static void fail(UErrorCode *status)
{
    if (status != NULL && *status <= 0)
        *status = U_UNSUPPORTED_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *status) { (void)name; fail(status); return NULL; }
EXPORT void ucnv_close(void *converter) { (void)converter; }
EXPORT void ucnv_reset(void *converter) { (void)converter; }
EXPORT int8_t ucnv_getMaxCharSize(const void *converter) { (void)converter; return 1; }

EXPORT const char *ucnv_getName(const void *converter, UErrorCode *status)
{
    (void)converter; fail(status); return NULL;
}

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status)
{
    (void)name; (void)standard; fail(status); return NULL;
}

EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

EXPORT void ucnv_getToUCallBack(const void *c, void **action, const void **context)
{
    (void)c; if (action) *action = NULL; if (context) *context = NULL;
}

EXPORT void ucnv_getFromUCallBack(const void *c, void **action, const void **context)
{
    (void)c; if (action) *action = NULL; if (context) *context = NULL;
}

EXPORT void ucnv_setToUCallBack(void *c, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *status)
{
    (void)c; (void)action; (void)context; (void)old_action; (void)old_context; fail(status);
}

EXPORT void ucnv_setFromUCallBack(void *c, void *action, const void *context, void **old_action,
                                  const void **old_context, UErrorCode *status)
{
    (void)c; (void)action; (void)context; (void)old_action; (void)old_context; fail(status);
}

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}

EXPORT void ucnv_cbToUWriteUChars(void *args, const uint16_t *source, int32_t length,
                                  int32_t offset, UErrorCode *status)
{
    (void)args; (void)source; (void)length; (void)offset; fail(status);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const uint16_t **source, const uint16_t *limit,
                                    int32_t offset, UErrorCode *status)
{
    (void)args; (void)source; (void)limit; (void)offset; fail(status);
}

EXPORT void ucnv_toUnicode(void *c, uint16_t **target, const uint16_t *target_limit,
                           const char **source, const char *source_limit, int32_t *offsets,
                           int8_t flush, UErrorCode *status)
{
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush; fail(status);
}

EXPORT void ucnv_fromUnicode(void *c, char **target, const char *target_limit,
                             const uint16_t **source, const uint16_t *source_limit,
                             int32_t *offsets, int8_t flush, UErrorCode *status)
{
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush; fail(status);
}

EXPORT int32_t ucnv_toUCountPending(const void *c, UErrorCode *status) { (void)c; fail(status); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *c, UErrorCode *status) { (void)c; fail(status); return 0; }
