/* opedkit._cwire: the two hot loops of opedkit._wire in C (docs/json.md, "The compiled helper").

   all_clean(texts) -- whether every item of a list is a str of clean text (the rule of
   opedkit._clean.problem), in one pass over the characters.

   configure(plan), write(article) -- the JSON bytes of an Article, written straight from the
   frozen attrs instances by a plan that opedkit._wire derives from its wire description (keys,
   slot names, kinds, which defaults to leave out). write() handles only the exact types the
   plan names (the model classes, str, int, bool, tuple, date, datetime, the enum members) and
   returns NotImplemented for anything else, so that the pure-Python writer, which gives the
   same bytes, deals with it (and raises what it raises).

   Bounds: no recursion on user data (write_object recurses along the plan, whose children always
   come later in it, so at most as deep as the plan is long); every buffer write is preceded by a
   size check; errors are Python exceptions. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>
#include <structmember.h>

#define VERSION 1 /* opedkit._wire checks it, so that a stale build is not used */
#ifndef SOURCE_CRC
#define SOURCE_CRC -1 /* hatch_build.py gives the CRC-32 of this file; opedkit._wire checks it */
#endif

/* ---- clean text ------------------------------------------------------------------------------ */

/* Forbidden anywhere: C0 controls, DEL, C1 controls, U+2028/2029, lone surrogates. */
#define FORBIDDEN(c)                                                                               \
    ((c) < 0x20 || ((c) >= 0x7f && (c) <= 0x9f) || (c) == 0x2028 || (c) == 0x2029 ||               \
     ((c) >= 0xd800 && (c) <= 0xdfff))
/* Whitespace (str.isspace) that is not forbidden: the space, and above U+009F only U+00A0 and
   code points from U+1680 to U+3000 (a test holds this to str.isspace for every code point). */
#define SPACE(c) \
    ((c) == 0x20 || (c) == 0xa0 || ((c) >= 0x1680 && (c) <= 0x3000 && Py_UNICODE_ISSPACE(c)))

/* Tests on 16 characters at once, branch-free so that the compiler vectorizes them: whether any
   is outside printable ASCII (DEL included), whether any is a control or a space after a space,
   whether any needs more than copying into a JSON string. */
#if defined(__GNUC__) && !defined(__clang__)
/* Left as a loop (not unrolled first), GCC vectorizes it even where it is inlined. */
#define VECTOR_LOOP _Pragma("GCC unroll 1")
#else
#define VECTOR_LOOP
#endif

#define BLOCK_TESTS(T)                                                                             \
    static inline int high_##T(const T *p)                                                         \
    {                                                                                              \
        T any = 0;                                                                                 \
        VECTOR_LOOP for (int k = 0; k < 16; k++) {                                                 \
            any |= p[k] >= 0x7f;                                                                   \
        }                                                                                          \
        return any;                                                                                \
    }                                                                                              \
    static inline int messy_##T(const T *p)                                                        \
    {                                                                                              \
        T any = 0;                                                                                 \
        VECTOR_LOOP for (int k = 0; k < 16; k++) {                                                 \
            any |= p[k] < 0x20;                                                                    \
        }                                                                                          \
        VECTOR_LOOP for (int k = 1; k < 16; k++) {                                                 \
            any |= (p[k] == ' ') & (p[k - 1] == ' ');                                              \
        }                                                                                          \
        return any;                                                                                \
    }                                                                                              \
    static inline int special_##T(const T *p)                                                      \
    {                                                                                              \
        T any = 0;                                                                                 \
        VECTOR_LOOP for (int k = 0; k < 16; k++) {                                                 \
            any |= (p[k] < 0x20) | (p[k] >= 0x80) | (p[k] == '"') | (p[k] == '\\');                \
        }                                                                                          \
        return any;                                                                                \
    }
BLOCK_TESTS(Py_UCS1)
BLOCK_TESTS(Py_UCS2)
BLOCK_TESTS(Py_UCS4)

/* Whether the characters s[0:n] of kind T (n > 0) are clean. Sixteen at a time while they are
   ASCII (branch-free, which the compiler vectorizes), one at a time otherwise. */
#define CLEAN_LOOP(T)                                                                              \
    do {                                                                                           \
        const T *s = (const T *)data;                                                              \
        int previous_space = 1; /* so that a leading space is refused */                           \
        Py_ssize_t i = 0;                                                                          \
        while (i < n) {                                                                            \
            if (n - i >= 16) {                                                                     \
                if (!high_##T(s + i)) {                                                            \
                    if (messy_##T(s + i) || (previous_space && s[i] == ' ')) {                     \
                        return 0;                                                                  \
                    }                                                                              \
                    previous_space = s[i + 15] == ' ';                                             \
                    i += 16;                                                                       \
                    continue;                                                                      \
                }                                                                                  \
            }                                                                                      \
            Py_ssize_t stop = n - i >= 16 ? i + 16 : n;                                            \
            for (; i < stop; i++) {                                                                \
                Py_UCS4 c = s[i];                                                                  \
                if (FORBIDDEN(c)) {                                                                \
                    return 0;                                                                      \
                }                                                                                  \
                int space = SPACE(c);                                                              \
                if (space && previous_space) {                                                     \
                    return 0;                                                                      \
                }                                                                                  \
                previous_space = space;                                                            \
            }                                                                                      \
        }                                                                                          \
        return !previous_space; /* nor a trailing space */                                         \
    } while (0)

/* Whether str `text` is clean: not blank, no whitespace at either end, no two whitespace
   characters in a row, nothing FORBIDDEN. */
static int
text_clean(PyObject *text)
{
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) {
        PyErr_Clear();
        return 0;
    }
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    int kind = PyUnicode_KIND(text);
    if (n == 0) {
        return 0;
    }
    if (kind == PyUnicode_1BYTE_KIND) {
        CLEAN_LOOP(Py_UCS1);
    }
    else if (kind == PyUnicode_2BYTE_KIND) {
        CLEAN_LOOP(Py_UCS2);
    }
    CLEAN_LOOP(Py_UCS4);
}

static PyObject *
all_clean(PyObject *module, PyObject *texts)
{
    if (!PyList_CheckExact(texts)) {
        PyErr_SetString(PyExc_TypeError, "all_clean() expects a list");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        if (!PyUnicode_CheckExact(text) || !text_clean(text)) {
            Py_RETURN_FALSE;
        }
    }
    Py_RETURN_TRUE;
}

/* ---- the plan -------------------------------------------------------------------------------- */

enum { K_LITERAL, K_STR, K_INT, K_BOOL, K_ENUM, K_MOMENT, K_STRS, K_OBJECTS, K_COUNT };
enum { KEEP, UNLESS_NONE, UNLESS_FALSE }; /* which value is the default, left out */

typedef struct {
    PyObject *key;     /* bytes: the key and its colon, '"title":' */
    Py_ssize_t offset; /* of the slot in the instance */
    int kind;
    int omit;
    Py_ssize_t child;  /* K_OBJECTS: the shape of the items */
    PyObject *extra;   /* K_LITERAL: the bytes written; K_ENUM: a tuple of (member, bytes) */
} Field;

typedef struct {
    PyTypeObject *cls;
    Py_ssize_t count;
    Field *fields;
} Shape;

static Shape *shapes;
static PyObject *UTCOFFSET; /* the interned name "utcoffset" */

static void
clear_plan(Shape *plan, Py_ssize_t count)
{
    for (Py_ssize_t s = 0; s < count; s++) {
        for (Py_ssize_t f = 0; f < plan[s].count; f++) {
            Py_XDECREF(plan[s].fields[f].key);
            Py_XDECREF(plan[s].fields[f].extra);
        }
        PyMem_Free(plan[s].fields);
        Py_XDECREF(plan[s].cls);
    }
    PyMem_Free(plan);
}

/* The offset of slot `name` of `cls`, or -1 with an exception set. */
static Py_ssize_t
slot_offset(PyTypeObject *cls, PyObject *name)
{
    PyObject *descr = PyObject_GetAttr((PyObject *)cls, name);
    if (descr == NULL) {
        return -1;
    }
    Py_ssize_t offset = -1;
    /* A slot of cls or of a base (never another class's, whose offset could lie outside). */
    if (Py_IS_TYPE(descr, &PyMemberDescr_Type) && PyType_IsSubtype(cls, PyDescr_TYPE(descr))) {
        PyMemberDef *member = ((PyMemberDescrObject *)descr)->d_member;
        if (member->type == T_OBJECT_EX && !(member->flags & READONLY)) {
            offset = member->offset;
        }
    }
    Py_DECREF(descr);
    if (offset < 0) {
        PyErr_Format(PyExc_TypeError, "%R is not a slot of %R", name, cls);
    }
    return offset;
}

/* plan: a tuple of (cls, fields), the article's first; fields: a tuple of
   (key bytes, slot name or None, kind, omit, child index, extra). The plan is built aside and
   set only when complete: looking up a slot can run Python code (a metaclass), which must never
   see half a plan. */
static PyObject *
configure(PyObject *module, PyObject *plan)
{
    if (shapes != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "configure() is called once");
        return NULL;
    }
    if (!PyTuple_CheckExact(plan) || PyTuple_GET_SIZE(plan) == 0) {
        PyErr_SetString(PyExc_TypeError, "configure() expects a non-empty tuple");
        return NULL;
    }
    Py_ssize_t count = PyTuple_GET_SIZE(plan);
    Shape *built = PyMem_Calloc(count, sizeof(Shape));
    if (built == NULL) {
        return PyErr_NoMemory();
    }
    for (Py_ssize_t s = 0; s < count; s++) {
        PyObject *cls, *fields;
        if (!PyArg_ParseTuple(PyTuple_GET_ITEM(plan, s), "O!O!", &PyType_Type, &cls,
                              &PyTuple_Type, &fields)) {
            goto fail;
        }
        Shape *shape = &built[s];
        shape->cls = (PyTypeObject *)Py_NewRef(cls);
        shape->fields = PyMem_Calloc(PyTuple_GET_SIZE(fields) + 1, sizeof(Field));
        if (shape->fields == NULL) {
            PyErr_NoMemory();
            goto fail;
        }
        for (Py_ssize_t f = 0; f < PyTuple_GET_SIZE(fields); f++) {
            Field *field = &shape->fields[f];
            PyObject *key, *name, *extra;
            if (!PyArg_ParseTuple(PyTuple_GET_ITEM(fields, f), "O!OiinO", &PyBytes_Type, &key,
                                  &name, &field->kind, &field->omit, &field->child, &extra)) {
                goto fail;
            }
            shape->count = f + 1;
            field->key = Py_NewRef(key);
            field->extra = Py_NewRef(extra);
            if (field->kind < 0 || field->kind >= K_COUNT || field->omit < KEEP ||
                field->omit > UNLESS_FALSE ||
                (field->kind == K_OBJECTS && (field->child <= s || field->child >= count)) ||
                (field->kind == K_LITERAL && !PyBytes_CheckExact(extra)) ||
                (field->kind == K_ENUM && !PyTuple_CheckExact(extra))) {
                PyErr_Format(PyExc_ValueError, "bad plan entry for %R", key);
                goto fail;
            }
            if (field->kind == K_ENUM) {
                for (Py_ssize_t m = 0; m < PyTuple_GET_SIZE(extra); m++) {
                    PyObject *pair = PyTuple_GET_ITEM(extra, m);
                    if (!PyTuple_CheckExact(pair) || PyTuple_GET_SIZE(pair) != 2 ||
                        !PyBytes_CheckExact(PyTuple_GET_ITEM(pair, 1))) {
                        PyErr_Format(PyExc_ValueError, "bad enum entry for %R", key);
                        goto fail;
                    }
                }
            }
            if (field->kind != K_LITERAL) {
                if (!PyUnicode_Check(name)) {
                    PyErr_Format(PyExc_TypeError, "no slot name for %R", key);
                    goto fail;
                }
                field->offset = slot_offset(shape->cls, name);
                if (field->offset < 0) {
                    goto fail;
                }
            }
        }
    }
    if (shapes != NULL) { /* set meanwhile, by Python code a lookup ran */
        PyErr_SetString(PyExc_RuntimeError, "configure() is called once");
        goto fail;
    }
    shapes = built;
    Py_RETURN_NONE;
fail:
    clear_plan(built, count);
    return NULL;
}

/* ---- the writer ------------------------------------------------------------------------------ */

typedef struct {
    PyObject *bytes; /* the output, grown as needed, cut to size at the end */
    Py_ssize_t size; /* bytes written */
    Py_ssize_t capacity;
} Buffer;

enum { OK = 0, FAILED = -1, UNSUPPORTED = 1 }; /* UNSUPPORTED: leave it to the pure writer */

/* Room for `more` bytes; returns the place to write them, or NULL with an exception set. */
static char *
reserve(Buffer *buffer, Py_ssize_t more)
{
    if (more > PY_SSIZE_T_MAX / 2 - buffer->size) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t needed = buffer->size + more;
    if (needed > buffer->capacity) {
        Py_ssize_t capacity = buffer->capacity * 2 > needed ? buffer->capacity * 2 : needed;
        if (_PyBytes_Resize(&buffer->bytes, capacity) < 0) {
            return NULL; /* the bytes are freed and set to NULL */
        }
        buffer->capacity = capacity;
    }
    return PyBytes_AS_STRING(buffer->bytes) + buffer->size;
}

static int
put(Buffer *buffer, const char *data, Py_ssize_t size)
{
    char *out = reserve(buffer, size);
    if (out == NULL) {
        return FAILED;
    }
    memcpy(out, data, size);
    buffer->size += size;
    return OK;
}

static const char HEX[] = "0123456789abcdef";

/* One character below U+0080 as orjson writes it: the two-character escapes, \u00XX for the
   other controls, the rest as is. */
static char *
put_ascii(char *out, Py_UCS4 c)
{
    if (c >= 0x20 && c != '"' && c != '\\') {
        *out++ = (char)c;
        return out;
    }
    *out++ = '\\';
    switch (c) {
    case '"': *out++ = '"'; break;
    case '\\': *out++ = '\\'; break;
    case '\b': *out++ = 'b'; break;
    case '\t': *out++ = 't'; break;
    case '\n': *out++ = 'n'; break;
    case '\f': *out++ = 'f'; break;
    case '\r': *out++ = 'r'; break;
    default:
        memcpy(out, "u00", 3);
        out[3] = HEX[c >> 4];
        out[4] = HEX[c & 15];
        out += 5;
    }
    return out;
}

/* Characters of kind T from s[0:n] as UTF-8 JSON string content; 16 plain ASCII characters at a
   time where it can; returns the end, or NULL at a lone surrogate (which orjson refuses). */
#define STRING_LOOP(T)                                                                             \
    do {                                                                                           \
        const T *s = (const T *)data;                                                              \
        Py_ssize_t i = 0;                                                                          \
        while (i < n) {                                                                            \
            Py_ssize_t run = i; /* s[i:run]: plain ASCII, copied as it is */                       \
            while (n - run >= 16 && !special_##T(s + run)) {                                       \
                run += 16;                                                                         \
            }                                                                                      \
            for (Py_ssize_t k = i; k < run; k++) {                                                 \
                out[k - i] = (char)s[k];                                                           \
            }                                                                                      \
            out += run - i;                                                                        \
            i = run;                                                                               \
            Py_ssize_t stop = n - i >= 16 ? i + 16 : n;                                            \
            for (; i < stop; i++) {                                                                \
                Py_UCS4 c = s[i];                                                                  \
                if (c < 0x80) {                                                                    \
                    out = put_ascii(out, c);                                                       \
                }                                                                                  \
                else if (c < 0x800) {                                                              \
                    *out++ = (char)(0xc0 | (c >> 6));                                              \
                    *out++ = (char)(0x80 | (c & 0x3f));                                            \
                }                                                                                  \
                else if (c < 0x10000) {                                                            \
                    if (c >= 0xd800 && c <= 0xdfff) {                                              \
                        return NULL;                                                               \
                    }                                                                              \
                    *out++ = (char)(0xe0 | (c >> 12));                                             \
                    *out++ = (char)(0x80 | ((c >> 6) & 0x3f));                                     \
                    *out++ = (char)(0x80 | (c & 0x3f));                                            \
                }                                                                                  \
                else {                                                                             \
                    *out++ = (char)(0xf0 | (c >> 18));                                             \
                    *out++ = (char)(0x80 | ((c >> 12) & 0x3f));                                    \
                    *out++ = (char)(0x80 | ((c >> 6) & 0x3f));                                     \
                    *out++ = (char)(0x80 | (c & 0x3f));                                            \
                }                                                                                  \
            }                                                                                      \
        }                                                                                          \
    } while (0)

static char *
string_content(char *out, const void *data, int kind, Py_ssize_t n)
{
    if (kind == PyUnicode_1BYTE_KIND) {
        STRING_LOOP(Py_UCS1);
    }
    else if (kind == PyUnicode_2BYTE_KIND) {
        STRING_LOOP(Py_UCS2);
    }
    else {
        STRING_LOOP(Py_UCS4);
    }
    return out;
}

static int
put_string(Buffer *buffer, PyObject *text)
{
    if (!PyUnicode_CheckExact(text)) {
        return UNSUPPORTED;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) { /* a string made by the legacy API, not ready yet */
        return FAILED;
    }
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n > (PY_SSIZE_T_MAX - 2) / 6) {
        PyErr_NoMemory();
        return FAILED;
    }
    char *out = reserve(buffer, 6 * n + 2); /* \u00XX is the longest form of a character */
    if (out == NULL) {
        return FAILED;
    }
    char *start = out;
    *out++ = '"';
    out = string_content(out, PyUnicode_DATA(text), PyUnicode_KIND(text), n);
    if (out == NULL) {
        return UNSUPPORTED;
    }
    *out++ = '"';
    buffer->size += out - start;
    return OK;
}

/* `value` (0 <= value < 10**width) in exactly `width` decimal digits. */
static char *
put_fixed(char *out, unsigned long long value, int width)
{
    for (int k = width - 1; k >= 0; k--) {
        out[k] = (char)('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

static int
put_int(Buffer *buffer, PyObject *value)
{
    if (!PyLong_CheckExact(value)) {
        return UNSUPPORTED;
    }
    int overflow;
    long long number = PyLong_AsLongLongAndOverflow(value, &overflow);
    if (overflow) {
        return UNSUPPORTED;
    }
    if (number == -1 && PyErr_Occurred()) {
        return FAILED;
    }
    char *out = reserve(buffer, 20); /* a sign and 19 digits */
    if (out == NULL) {
        return FAILED;
    }
    char *start = out;
    unsigned long long magnitude = (unsigned long long)number;
    if (number < 0) {
        *out++ = '-';
        magnitude = 0 - magnitude;
    }
    int width = 1;
    for (unsigned long long rest = magnitude; rest >= 10; rest /= 10) {
        width++;
    }
    out = put_fixed(out, magnitude, width);
    buffer->size += out - start;
    return OK;
}

/* A day as date.isoformat() writes it; a time with its UTC offset as datetime.isoformat() does. */
static int
put_moment(Buffer *buffer, PyObject *value)
{
    int is_date = PyDate_CheckExact(value);
    /* Otherwise only a time in a fixed zone (datetime.timezone), whose utcoffset() runs no
       Python code. */
    if (!is_date &&
        (!PyDateTime_CheckExact(value) ||
         !Py_IS_TYPE(PyDateTime_DATE_GET_TZINFO(value), Py_TYPE(PyDateTime_TimeZone_UTC)))) {
        return UNSUPPORTED;
    }
    long long offset = 0; /* microseconds */
    if (!is_date) {
        PyObject *delta = PyObject_CallMethodNoArgs(value, UTCOFFSET);
        if (delta == NULL) {
            return FAILED;
        }
        if (!PyDelta_CheckExact(delta)) {
            Py_DECREF(delta);
            return UNSUPPORTED;
        }
        offset = (long long)PyDateTime_DELTA_GET_DAYS(delta) * 86400000000LL +
                 (long long)PyDateTime_DELTA_GET_SECONDS(delta) * 1000000LL +
                 PyDateTime_DELTA_GET_MICROSECONDS(delta);
        Py_DECREF(delta);
        if (offset <= -86400000000LL || offset >= 86400000000LL) {
            return UNSUPPORTED; /* datetime allows no such offset */
        }
    }
    char *out = reserve(buffer, 48); /* "YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM:SS.ffffff" */
    if (out == NULL) {
        return FAILED;
    }
    char *start = out;
    *out++ = '"';
    out = put_fixed(out, PyDateTime_GET_YEAR(value), 4);
    *out++ = '-';
    out = put_fixed(out, PyDateTime_GET_MONTH(value), 2);
    *out++ = '-';
    out = put_fixed(out, PyDateTime_GET_DAY(value), 2);
    if (!is_date) {
        *out++ = 'T';
        out = put_fixed(out, PyDateTime_DATE_GET_HOUR(value), 2);
        *out++ = ':';
        out = put_fixed(out, PyDateTime_DATE_GET_MINUTE(value), 2);
        *out++ = ':';
        out = put_fixed(out, PyDateTime_DATE_GET_SECOND(value), 2);
        if (PyDateTime_DATE_GET_MICROSECOND(value)) {
            *out++ = '.';
            out = put_fixed(out, PyDateTime_DATE_GET_MICROSECOND(value), 6);
        }
        *out++ = offset < 0 ? '-' : '+';
        unsigned long long size = offset < 0 ? -offset : offset, micro = size % 1000000;
        unsigned long long seconds = size / 1000000;
        out = put_fixed(out, seconds / 3600, 2);
        *out++ = ':';
        out = put_fixed(out, seconds / 60 % 60, 2);
        if (seconds % 60 || micro) {
            *out++ = ':';
            out = put_fixed(out, seconds % 60, 2);
        }
        if (micro) {
            *out++ = '.';
            out = put_fixed(out, micro, 6);
        }
    }
    *out++ = '"';
    buffer->size += out - start;
    return OK;
}

static int write_object(Buffer *buffer, Py_ssize_t shape, PyObject *object);

static int
put_value(Buffer *buffer, const Field *field, PyObject *value)
{
    switch (field->kind) {
    case K_STR:
        return put_string(buffer, value);
    case K_INT:
        return put_int(buffer, value);
    case K_BOOL:
        if (value == Py_True) {
            return put(buffer, "true", 4);
        }
        return value == Py_False ? put(buffer, "false", 5) : UNSUPPORTED;
    case K_ENUM:
        for (Py_ssize_t m = 0; m < PyTuple_GET_SIZE(field->extra); m++) {
            PyObject *pair = PyTuple_GET_ITEM(field->extra, m);
            if (PyTuple_GET_ITEM(pair, 0) == value) {
                PyObject *text = PyTuple_GET_ITEM(pair, 1);
                return put(buffer, PyBytes_AS_STRING(text), PyBytes_GET_SIZE(text));
            }
        }
        return UNSUPPORTED;
    case K_MOMENT:
        return put_moment(buffer, value);
    case K_STRS:
    case K_OBJECTS: {
        if (!PyTuple_CheckExact(value)) {
            return UNSUPPORTED;
        }
        if (put(buffer, "[", 1) < 0) {
            return FAILED;
        }
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(value); i++) {
            if (i && put(buffer, ",", 1) < 0) {
                return FAILED;
            }
            PyObject *item = PyTuple_GET_ITEM(value, i);
            int done = field->kind == K_STRS ? put_string(buffer, item)
                                             : write_object(buffer, field->child, item);
            if (done != OK) {
                return done;
            }
        }
        return put(buffer, "]", 1);
    }
    default:
        return UNSUPPORTED;
    }
}

static int
write_object(Buffer *buffer, Py_ssize_t index, PyObject *object)
{
    const Shape *shape = &shapes[index];
    if (Py_TYPE(object) != shape->cls) {
        return UNSUPPORTED;
    }
    if (put(buffer, "{", 1) < 0) {
        return FAILED;
    }
    int first = 1;
    for (Py_ssize_t f = 0; f < shape->count; f++) {
        const Field *field = &shape->fields[f];
        if (field->kind == K_LITERAL) {
            if ((!first && put(buffer, ",", 1) < 0) ||
                put(buffer, PyBytes_AS_STRING(field->key), PyBytes_GET_SIZE(field->key)) < 0 ||
                put(buffer, PyBytes_AS_STRING(field->extra), PyBytes_GET_SIZE(field->extra)) < 0) {
                return FAILED;
            }
            first = 0;
            continue;
        }
        PyObject *value = *(PyObject **)((char *)object + field->offset);
        if (value == NULL) {
            return UNSUPPORTED; /* an unset slot */
        }
        if ((field->omit == UNLESS_NONE && value == Py_None) ||
            (field->omit == UNLESS_FALSE &&
             (value == Py_False || (PyTuple_CheckExact(value) && !PyTuple_GET_SIZE(value))))) {
            continue;
        }
        if ((!first && put(buffer, ",", 1) < 0) ||
            put(buffer, PyBytes_AS_STRING(field->key), PyBytes_GET_SIZE(field->key)) < 0) {
            return FAILED;
        }
        first = 0;
        Py_INCREF(value); /* held while written, whatever the object's slot holds meanwhile */
        int done = put_value(buffer, field, value);
        Py_DECREF(value);
        if (done != OK) {
            return done;
        }
    }
    return put(buffer, "}", 1);
}

static PyObject *
encode_article(PyObject *module, PyObject *article)
{
    if (shapes == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "write() before configure()");
        return NULL;
    }
    Buffer buffer = {PyBytes_FromStringAndSize(NULL, 4096), 0, 4096};
    if (buffer.bytes == NULL) {
        return NULL;
    }
    int done = write_object(&buffer, 0, article);
    if (done == OK && _PyBytes_Resize(&buffer.bytes, buffer.size) == 0) {
        return buffer.bytes;
    }
    Py_XDECREF(buffer.bytes);
    if (done == UNSUPPORTED) {
        Py_RETURN_NOTIMPLEMENTED;
    }
    return NULL;
}

/* ---- the module ------------------------------------------------------------------------------ */

static PyMethodDef methods[] = {
    {"all_clean", all_clean, METH_O, "Whether every item of a list is a str of clean text."},
    {"configure", configure, METH_O, "Set the plan write() follows."},
    {"write", encode_article, METH_O, "An Article's JSON bytes, or NotImplemented."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef cwire_module = {
    PyModuleDef_HEAD_INIT, "opedkit._cwire", "The compiled helper of opedkit._wire.", -1, methods,
};

PyMODINIT_FUNC
PyInit__cwire(void)
{
    PyDateTime_IMPORT;
    if (PyDateTimeAPI == NULL) {
        return NULL;
    }
    UTCOFFSET = PyUnicode_InternFromString("utcoffset");
    if (UTCOFFSET == NULL) {
        return NULL;
    }
    PyObject *made = PyModule_Create(&cwire_module);
    if (made != NULL && (PyModule_AddIntConstant(made, "VERSION", VERSION) < 0 ||
                         PyModule_AddIntConstant(made, "SOURCE", SOURCE_CRC) < 0)) {
        Py_CLEAR(made);
    }
    return made;
}
