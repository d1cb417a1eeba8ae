//! `str`: immutable Unicode text.
//!
//! Stored as UTF-8 with its length in code points. Indexing is O(1) when
//! the text is ASCII (the common case) and O(n) otherwise. The hash is
//! CPython's: SipHash-1-3 over the Latin-1, UCS-2 or UCS-4 form, with the
//! key CPython derives from PYTHONHASHSEED (random by default; the zero key
//! for 0), so a fixed seed gives CPython's hashes.

use std::cell::Cell;
use std::hash::Hasher;
use std::sync::atomic::{AtomicU64, Ordering};

use ecow::EcoString;
use siphasher::sip::SipHasher13;

use crate::object::{Obj, Object, Payload};
use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::unicode;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct PyStr {
    /// Text of up to 15 bytes lives inline (most strs are short: keys,
    /// names, numbers' text), saving an allocation and its memory. The
    /// string type is 16 bytes, so a str's payload is 32 and its object
    /// fits mimalloc's 80-byte size class (a 24-byte inline string made
    /// every object one class larger: see docs/runtime.md).
    s: EcoString,
    char_len: usize,
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s: EcoString::from(s), char_len, hash: Cell::new(-1) }
    }

    /// A str with a copy of `s` (inline when short: no `String` made).
    pub fn from_text(s: &str) -> PyStr {
        let char_len = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s: EcoString::from(s), char_len, hash: Cell::new(-1) }
    }

    /// A str whose length in characters the caller already knows (built
    /// from pieces whose lengths are known), so the text is not scanned.
    pub fn with_char_len(s: String, char_len: usize) -> PyStr {
        debug_assert_eq!(char_len, s.chars().count());
        PyStr { s: EcoString::from(s), char_len, hash: Cell::new(-1) }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }

    /// The code point at a char index (which must be in range).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[index] as char
        } else {
            self.s.chars().nth(index).unwrap_or('\0')
        }
    }

    /// Byte offset of a char index (`index <= char_len`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index
        } else {
            self.s.char_indices().nth(index).map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// The text between two char indices.
    pub fn substring(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}

/// The process's hash key (k0, k1): set once at start-up, read by every
/// str and bytes hash.
static HASH_KEY: [AtomicU64; 2] = [AtomicU64::new(0), AtomicU64::new(0)];

/// Sets the hash key from PYTHONHASHSEED as CPython does: seed 0 is the
/// zero key; another seed fills the 24-byte hash secret with its linear
/// congruential sequence (the SipHash key is its first 16 bytes); `Random` takes
/// the OS's randomness.
pub fn set_hash_seed(seed: crate::vm::HashSeed) {
    let (k0, k1) = match seed {
        crate::vm::HashSeed::Fixed(0) => (0, 0),
        crate::vm::HashSeed::Fixed(n) => {
            let mut x = n;
            let mut secret = [0u8; 24];
            for byte in secret.iter_mut() {
                x = x.wrapping_mul(214013).wrapping_add(2531011);
                *byte = ((x >> 16) & 0xff) as u8;
            }
            let word = |i: usize| u64::from_le_bytes(secret[i..i + 8].try_into().expect("8 bytes"));
            (word(0), word(8))
        }
        crate::vm::HashSeed::Random => {
            use std::hash::BuildHasher;
            let state = std::collections::hash_map::RandomState::new();
            (state.hash_one(0x5eed_u64), state.hash_one(0xc0ffee_u64))
        }
    };
    HASH_KEY[0].store(k0, Ordering::Relaxed);
    HASH_KEY[1].store(k1, Ordering::Relaxed);
}

/// A SipHash-1-3 hasher with the process's key.
pub fn keyed_hasher() -> SipHasher13 {
    SipHasher13::new_with_keys(HASH_KEY[0].load(Ordering::Relaxed), HASH_KEY[1].load(Ordering::Relaxed))
}

/// CPython's str hash (see module docs).
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let mut hasher = keyed_hasher();
    if s.is_ascii() {
        hasher.write(s.as_bytes());
    } else {
        // Code points as Python numbers them (surrogates included), in
        // the narrowest of CPython's three widths that holds them all.
        let ord = unicode::code_points::ord;
        let max = s.chars().map(ord).max().unwrap_or(0);
        if max < 0x100 {
            let bytes: Vec<u8> = s.chars().map(|c| ord(c) as u8).collect();
            hasher.write(&bytes);
        } else if max < 0x10000 {
            let mut bytes = Vec::with_capacity(s.len() * 2);
            for c in s.chars() {
                bytes.extend_from_slice(&(ord(c) as u16).to_le_bytes());
            }
            hasher.write(&bytes);
        } else {
            let mut bytes = Vec::with_capacity(s.len() * 4);
            for c in s.chars() {
                bytes.extend_from_slice(&ord(c).to_le_bytes());
            }
            hasher.write(&bytes);
        }
    }
    let h = hasher.finish() as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The text of a str (or str subclass) value.
pub fn as_str(value: &Value) -> Option<&str> {
    match value {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

pub fn as_pystr(value: &Value) -> Option<&PyStr> {
    match value {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

pub fn value_is_str(value: &Value, text: &str) -> bool {
    as_str(value) == Some(text)
}

/// The Python repr of a string: quotes chosen as CPython does, escapes for
/// non-printable characters.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if unicode::is_printable(c) => out.push(c),
            c => out.push_str(&unicode::escape_code_point(unicode::code_points::ord(c))),
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: the repr with every non-ASCII character escaped.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = unicode::code_points::ord(c);
        if n < 0x80 {
            out.push(c);
        } else {
            out.push_str(&unicode::escape_code_point(n));
        }
    }
    out
}

fn this<'a>(vm: &mut Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyStr> {
    match args.first().and_then(as_pystr) {
        Some(s) => Ok(s),
        None => {
            let got = args.first().map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object but received a '{got}'")))
        }
    }
}

fn arg_str<'a>(vm: &mut Vm, value: &'a Value, what: &str) -> PyResult<&'a str> {
    match as_str(value) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(value);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

/// Start/end arguments of find/count/startswith, as char indices clamped
/// to the string, CPython style.
pub(crate) fn span(vm: &mut Vm, len: usize, start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let norm = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => crate::protocol::number::index_i64_clamped(vm, v),
        }
    };
    let len_i = len as i64;
    let mut s = norm(vm, start, 0)?;
    let mut e = norm(vm, end, len_i)?;
    if s < 0 {
        s = (s + len_i).max(0);
    }
    if e < 0 {
        e = (e + len_i).max(0);
    }
    // A start past the end is kept (so `find("", 100)` fails as CPython's
    // does); callers treat start > end as an empty, unmatched span.
    Ok((s as usize, e.min(len_i).max(0) as usize))
}

fn new_str_value(vm: &mut Vm, s: String) -> Value {
    vm.new_str(s)
}

/// Creates a str instance of `cls` (a str subclass) with this text.
pub fn new_str_of_class(vm: &mut Vm, cls: &Obj, s: String) -> PyResult<Value> {
    if Obj::ptr_eq(cls, &vm.types.str) {
        return Ok(vm.new_str(s));
    }
    Ok(Value::Obj(crate::types::object::alloc_instance(vm, cls, Payload::Str(PyStr::new(s)))))
}

fn str_new(vm: &mut Vm, argv: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = match argv.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return Err(vm.type_error("str.__new__(X): X is not a type object")),
    };
    let parsed = args::parse(vm, "str", &argv[1..], kwargs, &["object", "encoding", "errors"], 0)?;
    let text = match (&parsed[0], &parsed[1], &parsed[2]) {
        (Value::Undef, Value::Undef, Value::Undef) => String::new(),
        (obj, Value::Undef, Value::Undef) => vm.str_string(obj)?,
        (obj, encoding, errors) => {
            let obj =
                if obj.is_undef() { Value::Obj(Object::builtin(Payload::Bytes(Box::new([])))) } else { obj.clone() };
            let enc = if encoding.is_undef() {
                "utf-8".to_string()
            } else {
                arg_str(vm, encoding, "str() argument 'encoding'")?.to_string()
            };
            let err = if errors.is_undef() {
                "strict".to_string()
            } else {
                arg_str(vm, errors, "str() argument 'errors'")?.to_string()
            };
            let bytes = match crate::types::bytes::as_bytes_like(&obj) {
                Some(b) => b,
                None => {
                    let tn = vm.type_name(&obj);
                    return Err(vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found")));
                }
            };
            crate::codecs::decode(vm, &bytes, &enc, &err)?
        }
    };
    new_str_of_class(vm, &cls, text)
}

fn str_len(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_str(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__str__")?;
    match &a[0] {
        Value::Obj(o) if o.class().is_none() => Ok(a[0].clone()),
        _ => {
            let text = s.as_str().to_string();
            Ok(vm.new_str(text))
        }
    }
}

fn str_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__repr__")?;
    let r = repr_str(s.as_str());
    Ok(vm.new_str(r))
}

fn str_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__hash__")?;
    Ok(Value::Int(s.hash()))
}

fn str_getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__getitem__")?;
    let index = args::exactly_one(vm, "str.__getitem__", &a[1..])?;
    getitem(vm, s, &index)
}

pub fn getitem(vm: &mut Vm, s: &PyStr, index: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(_)) = index.payload() {
        let (start, stop, step) = crate::types::slice::indices(vm, index, s.char_len())?;
        if step == 1 {
            let text =
                if stop > start { s.substring(start as usize, stop as usize).to_string() } else { String::new() };
            return Ok(vm.new_str(text));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let mut out = String::new();
        for i in crate::types::slice::slice_positions(start, stop, step) {
            out.push(chars[i]);
        }
        return Ok(vm.new_str(out));
    }
    let i = match crate::protocol::number::as_index(vm, index)? {
        Some(i) => i,
        None => {
            let tn = vm.type_name(index);
            return Err(vm.type_error(format!("string indices must be integers, not '{tn}'")));
        }
    };
    let len = s.char_len() as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.index_error("string index out of range"));
    }
    let c = s.char_at(i as usize);
    let mut buf = [0u8; 4];
    let cs: &str = c.encode_utf8(&mut buf);
    Ok(Value::Obj(vm.intern(cs)))
}

fn str_contains(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__contains__")?;
    let sub = args::exactly_one(vm, "str.__contains__", &a[1..])?;
    match as_str(&sub) {
        Some(t) => Ok(Value::bool(s.as_str().contains(t))),
        None => {
            let tn = vm.type_name(&sub);
            Err(vm.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
        }
    }
}

fn str_iter(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let _ = this(vm, a, "__iter__")?;
    Ok(crate::types::iterators::new_str_iter(a[0].clone()))
}

/// `str + str`.
pub fn concat(vm: &mut Vm, a: &str, b: &str) -> PyResult<Value> {
    let mut out = String::new();
    if out.try_reserve(a.len() + b.len()).is_err() {
        return Err(vm.memory_error());
    }
    out.push_str(a);
    out.push_str(b);
    Ok(vm.new_str(out))
}

/// `str * n`.
pub fn repeat(vm: &mut Vm, s: &str, n: i64) -> PyResult<Value> {
    if n <= 0 || s.is_empty() {
        return Ok(vm.new_str(""));
    }
    let total = (s.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(vm.overflow_error("repeated string is too long"));
    }
    vm.check_alloc(total as usize)?;
    let mut out = String::new();
    if out.try_reserve(total as usize).is_err() {
        return Err(vm.memory_error());
    }
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(vm.new_str(out))
}

fn str_add(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__add__")?;
    let other = args::exactly_one(vm, "str.__add__", &a[1..])?;
    match as_str(&other) {
        Some(t) => concat(vm, s.as_str(), t),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn str_mul(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__mul__")?;
    let other = args::exactly_one(vm, "str.__mul__", &a[1..])?;
    match crate::protocol::number::as_index(vm, &other)? {
        Some(n) => repeat(vm, s.as_str(), n),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn str_mod(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__mod__")?;
    let other = args::exactly_one(vm, "str.__mod__", &a[1..])?;
    let text = s.as_str().to_string();
    let out = crate::format::percent::format_str(vm, &text, &other)?;
    Ok(vm.new_str(out))
}

fn str_rmod(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(vm.not_implemented.clone()))
}

/// Python's order of two texts: by code point. UTF-8's byte order is
/// code-point order except for the chars that stand for surrogates (see
/// `unicode::code_points`), which sort in plane 13 as bytes; texts holding
/// one are compared code point by code point.
pub fn cmp_text(a: &str, b: &str) -> std::cmp::Ordering {
    let order = a.as_bytes().cmp(b.as_bytes());
    let reserved = unicode::code_points::contains_reserved;
    if order == std::cmp::Ordering::Equal || !(reserved(a.as_bytes()) || reserved(b.as_bytes())) {
        return order;
    }
    let ord = unicode::code_points::ord;
    a.chars().map(ord).cmp(b.chars().map(ord))
}

fn compare(vm: &mut Vm, a: &[Value], op: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let s = this(vm, a, "__eq__")?;
    match a.get(1).and_then(as_str) {
        Some(t) => Ok(Value::bool(op(cmp_text(s.as_str(), t)))),
        None => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn str_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_eq())
}
fn str_ne(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_ne())
}
fn str_lt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_lt())
}
fn str_le(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_le())
}
fn str_gt(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_gt())
}
fn str_ge(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    compare(vm, a, |o| o.is_ge())
}

fn str_format_method(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "format")?;
    let text = s.as_str().to_string();
    let out = crate::format::str_format::format(vm, &text, &a[1..], kwargs)?;
    Ok(vm.new_str(out))
}

fn str_format_map(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "format_map")?;
    let mapping = args::exactly_one(vm, "str.format_map", &a[1..])?;
    let text = s.as_str().to_string();
    let out = crate::format::str_format::format_map(vm, &text, &mapping)?;
    Ok(vm.new_str(out))
}

fn str_dunder_format(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__format__")?;
    let spec_v = args::exactly_one(vm, "str.__format__", &a[1..])?;
    let spec = arg_str(vm, &spec_v, "format_spec")?.to_string();
    let text = s.as_str().to_string();
    let type_name = vm.type_name(&a[0]).to_string();
    let out = crate::format::spec::format_str(vm, &text, &spec, &type_name)?;
    Ok(vm.new_str(out))
}

fn map_chars(vm: &mut Vm, a: &[Value], name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    args::check_no_args(vm, &format!("str.{name}"), &a[1..])?;
    let out = f(s.as_str());
    Ok(new_str_value(vm, out))
}

fn str_lower(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_chars(vm, a, "lower", unicode::lower)
}
fn str_upper(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_chars(vm, a, "upper", unicode::upper)
}
fn str_casefold(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_chars(vm, a, "casefold", unicode::casefold)
}
fn str_swapcase(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_chars(vm, a, "swapcase", unicode::swapcase)
}
fn str_capitalize(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_chars(vm, a, "capitalize", unicode::capitalize)
}
fn str_title(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    map_chars(vm, a, "title", unicode::title)
}

fn predicate(vm: &mut Vm, a: &[Value], name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    args::check_no_args(vm, &format!("str.{name}"), &a[1..])?;
    Ok(Value::bool(f(s.as_str())))
}

fn str_isalpha(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isalpha", |s| !s.is_empty() && s.chars().all(unicode::is_alpha))
}
fn str_isdigit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isdigit", |s| !s.is_empty() && s.chars().all(unicode::is_digit))
}
fn str_isdecimal(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isdecimal", |s| !s.is_empty() && s.chars().all(unicode::is_decimal))
}
fn str_isnumeric(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isnumeric", |s| !s.is_empty() && s.chars().all(unicode::is_numeric))
}
fn str_isalnum(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isalnum", |s| !s.is_empty() && s.chars().all(unicode::is_alnum))
}
fn str_isspace(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isspace", |s| !s.is_empty() && s.chars().all(unicode::is_space))
}
fn str_islower(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "islower", unicode::is_lower_str)
}
fn str_isupper(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isupper", unicode::is_upper_str)
}
fn str_isascii(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isascii", |s| s.is_ascii())
}
fn str_isprintable(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isprintable", |s| s.chars().all(unicode::is_printable))
}
fn str_isidentifier(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "isidentifier", unicode::is_identifier)
}
fn str_istitle(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    predicate(vm, a, "istitle", unicode::is_title_str)
}

fn strip_impl(vm: &mut Vm, a: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    args::check_positional(vm, name, &a[1..], 0, 1)?;
    let text = s.as_str();
    let out = match a.get(1) {
        None | Some(Value::None) => {
            let mut t = text;
            if left {
                t = t.trim_start_matches(unicode::is_space);
            }
            if right {
                t = t.trim_end_matches(unicode::is_space);
            }
            t
        }
        Some(chars) => {
            let Some(set) = as_str(chars) else {
                let tn = vm.type_name(chars);
                return Err(vm.type_error(format!("{name} arg must be None or str, not {tn}")));
            };
            let mut t = text;
            if left {
                t = t.trim_start_matches(|c| set.contains(c));
            }
            if right {
                t = t.trim_end_matches(|c| set.contains(c));
            }
            t
        }
    };
    if out.len() == text.len() && matches!(&a[0], Value::Obj(o) if o.class().is_none()) {
        return Ok(a[0].clone());
    }
    let out = out.to_string();
    Ok(vm.new_str(out))
}

fn str_strip(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, "strip", true, true)
}
fn str_lstrip(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, "lstrip", true, false)
}
fn str_rstrip(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    strip_impl(vm, a, "rstrip", false, true)
}

fn split_args(vm: &mut Vm, a: &[Value], kwargs: KwArgs, name: &str) -> PyResult<(Option<String>, i64)> {
    let parsed = args::parse(vm, name, &a[1..], kwargs, &["sep", "maxsplit"], 0)?;
    let sep = match &parsed[0] {
        Value::Undef | Value::None => None,
        v => {
            let s = arg_str(vm, v, "must be str or None")?.to_string();
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match &parsed[1] {
        Value::Undef => -1,
        v => crate::protocol::number::index_i64(vm, v)?,
    };
    Ok((sep, maxsplit))
}

/// `str.split` on whitespace.
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(unicode::is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            return out;
        }
        match rest.find(unicode::is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(unicode::is_space);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn str_split(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "split")?;
    let (sep, maxsplit) = split_args(vm, a, kwargs, "split")?;
    let text = s.as_str();
    let parts: Vec<&str> = match &sep {
        None => split_whitespace(text, maxsplit),
        Some(sep) => {
            if maxsplit < 0 {
                text.split(sep.as_str()).collect()
            } else {
                text.splitn(maxsplit as usize + 1, sep.as_str()).collect()
            }
        }
    };
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn str_rsplit(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, a, kwargs, "rsplit")?;
    let text = s.as_str();
    let mut parts: Vec<&str> = match &sep {
        None => {
            let mut out = Vec::new();
            let mut rest = text.trim_end_matches(unicode::is_space);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 >= maxsplit {
                    out.push(rest);
                    break;
                }
                match rest.rfind(unicode::is_space) {
                    Some(i) => {
                        let c_len = rest[i..].chars().next().map_or(1, char::len_utf8);
                        out.push(&rest[i + c_len..]);
                        rest = rest[..i].trim_end_matches(unicode::is_space);
                    }
                    None => {
                        out.push(rest);
                        break;
                    }
                }
            }
            out
        }
        Some(sep) => {
            if maxsplit < 0 {
                text.rsplit(sep.as_str()).collect()
            } else {
                text.rsplitn(maxsplit as usize + 1, sep.as_str()).collect()
            }
        }
    };
    parts.reverse();
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(items))
}

fn str_splitlines(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "splitlines")?;
    let parsed = args::parse(vm, "splitlines", &a[1..], kwargs, &["keepends"], 0)?;
    let keep = match &parsed[0] {
        Value::Undef => false,
        v => vm.truthy(v)?,
    };
    let text = s.as_str();
    let mut items = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let is_break =
            matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            let line = if keep { &text[start..end] } else { &text[start..pos] };
            items.push(vm.new_str(line));
            start = end;
        }
        i += 1;
    }
    if start < text.len() {
        items.push(vm.new_str(&text[start..]));
    }
    Ok(vm.new_list(items))
}

fn str_join(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "join")?;
    let iterable = args::exactly_one(vm, "str.join", &a[1..])?;
    // An exact list or tuple is joined where its items are (nothing in the
    // join can run Python code and change the list meanwhile).
    if let Value::Obj(o) = &iterable {
        if o.class().is_none() {
            match &o.payload {
                Payload::List(l) => {
                    let storage = l.borrow();
                    if let crate::types::list::ListStorage::Objects(items) = &*storage {
                        return join_items(vm, s, items);
                    }
                }
                Payload::Tuple(items) => return join_items(vm, s, items),
                _ => {}
            }
        }
    }
    let items = vm.collect(&iterable)?;
    join_items(vm, s, &items)
}

/// `sep.join(items)` for items already gathered.
fn join_items(vm: &mut Vm, sep: &PyStr, items: &[Value]) -> PyResult<Value> {
    let mut total = 0usize;
    let mut chars = 0usize;
    for (i, item) in items.iter().enumerate() {
        match as_pystr(item) {
            Some(t) => {
                total += t.as_str().len();
                chars += t.char_len();
            }
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!("sequence item {i}: expected str instance, {tn} found")));
            }
        }
    }
    let seps = items.len().saturating_sub(1);
    total += sep.as_str().len() * seps;
    chars += sep.char_len() * seps;
    vm.check_alloc(total)?;
    let mut out = String::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(vm.memory_error());
    }
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(as_str(item).unwrap_or(""));
    }
    if out.len() <= 1 {
        return Ok(vm.new_str(out));
    }
    Ok(Value::Obj(Object::builtin(Payload::Str(PyStr::with_char_len(out, chars)))))
}

fn str_replace(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "replace")?;
    args::check_positional(vm, "replace", &a[1..], 2, 3)?;
    let old = arg_str(vm, &a[1], "replace() argument 1")?.to_string();
    let new = arg_str(vm, &a[2], "replace() argument 2")?.to_string();
    let count = match a.get(3) {
        Some(v) => crate::protocol::number::index_i64(vm, v)?,
        None => -1,
    };
    let text = s.as_str();
    let out = if count < 0 {
        if old.is_empty() {
            let mut out = String::new();
            out.push_str(&new);
            for c in text.chars() {
                out.push(c);
                out.push_str(&new);
            }
            out
        } else {
            text.replace(&old, &new)
        }
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in text.chars() {
            if n < count {
                out.push_str(&new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(&new);
        }
        out
    } else {
        text.replacen(&old, &new, count as usize)
    };
    Ok(vm.new_str(out))
}

enum FindKind {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

fn find_impl(vm: &mut Vm, a: &[Value], name: &str, kind: FindKind) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    args::check_positional(vm, name, &a[1..], 1, 3)?;
    let sub = match as_str(&a[1]) {
        Some(t) => t.to_string(),
        None => {
            let tn = vm.type_name(&a[1]);
            return Err(vm.type_error(format!("must be str, not {tn}")));
        }
    };
    let (start, end) = span(vm, s.char_len(), a.get(2), a.get(3))?;
    if start > end {
        return Ok(match kind {
            FindKind::Count => Value::Int(0),
            FindKind::Find | FindKind::RFind => Value::Int(-1),
            _ => return Err(vm.value_error("substring not found")),
        });
    }
    let hay = s.substring(start, end);
    let to_char = |byte: usize| -> i64 {
        if s.is_ascii() {
            (start + byte) as i64
        } else {
            (start + hay[..byte].chars().count()) as i64
        }
    };
    match kind {
        FindKind::Count => {
            if sub.is_empty() {
                return Ok(Value::Int((end - start) as i64 + 1));
            }
            Ok(Value::Int(hay.matches(sub.as_str()).count() as i64))
        }
        FindKind::Find | FindKind::Index => match hay.find(sub.as_str()) {
            Some(b) => Ok(Value::Int(to_char(b))),
            None if matches!(kind, FindKind::Find) => Ok(Value::Int(-1)),
            None => Err(vm.value_error("substring not found")),
        },
        FindKind::RFind | FindKind::RIndex => match hay.rfind(sub.as_str()) {
            Some(b) => Ok(Value::Int(to_char(b))),
            None if matches!(kind, FindKind::RFind) => Ok(Value::Int(-1)),
            None => Err(vm.value_error("substring not found")),
        },
    }
}

fn str_find(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, "find", FindKind::Find)
}
fn str_rfind(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, "rfind", FindKind::RFind)
}
fn str_index(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, "index", FindKind::Index)
}
fn str_rindex(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, "rindex", FindKind::RIndex)
}
fn str_count(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    find_impl(vm, a, "count", FindKind::Count)
}

fn affix_impl(vm: &mut Vm, a: &[Value], name: &str, starts: bool) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    args::check_positional(vm, name, &a[1..], 1, 3)?;
    let (start, end) = span(vm, s.char_len(), a.get(2), a.get(3))?;
    if start > end {
        return Ok(Value::FALSE);
    }
    let hay = s.substring(start, end);
    let candidates: Vec<Value> = match a[1].payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![a[1].clone()],
    };
    for c in &candidates {
        let Some(t) = as_str(c) else {
            let tn = vm.type_name(c);
            let msg = if matches!(a[1].payload(), Some(Payload::Tuple(_))) {
                format!("tuple for {name} must only contain str, not {tn}")
            } else {
                format!("{name} first arg must be str or a tuple of str, not {tn}")
            };
            return Err(vm.type_error(msg));
        };
        if (starts && hay.starts_with(t)) || (!starts && hay.ends_with(t)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn str_startswith(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix_impl(vm, a, "startswith", true)
}
fn str_endswith(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    affix_impl(vm, a, "endswith", false)
}

fn pad_args(vm: &mut Vm, a: &[Value], kw: KwArgs, name: &str) -> PyResult<(usize, char)> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    args::check_positional(vm, name, &a[1..], 1, 2)?;
    let width = crate::protocol::number::index_i64(vm, &a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        None => ' ',
        Some(v) => {
            let t = arg_str(vm, v, &format!("{name}() argument 2"))?;
            let mut chars = t.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => return Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
    };
    vm.check_alloc(width.saturating_mul(fill.len_utf8()))?;
    Ok((width, fill))
}

fn str_center(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "center")?;
    let (width, fill) = pad_args(vm, a, kw, "center")?;
    let len = s.char_len();
    if width <= len {
        return Ok(a[0].clone());
    }
    let total = width - len;
    let left = total / 2 + (total & width & 1);
    let right = total - left;
    let out: String =
        std::iter::repeat_n(fill, left).chain(s.as_str().chars()).chain(std::iter::repeat_n(fill, right)).collect();
    Ok(vm.new_str(out))
}
fn str_ljust(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "ljust")?;
    let (width, fill) = pad_args(vm, a, kw, "ljust")?;
    let len = s.char_len();
    if width <= len {
        return Ok(a[0].clone());
    }
    let out: String = s.as_str().chars().chain(std::iter::repeat_n(fill, width - len)).collect();
    Ok(vm.new_str(out))
}
fn str_rjust(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "rjust")?;
    let (width, fill) = pad_args(vm, a, kw, "rjust")?;
    let len = s.char_len();
    if width <= len {
        return Ok(a[0].clone());
    }
    let out: String = std::iter::repeat_n(fill, width - len).chain(s.as_str().chars()).collect();
    Ok(vm.new_str(out))
}
fn str_zfill(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "zfill")?;
    let width_v = args::exactly_one(vm, "str.zfill", &a[1..])?;
    let width = crate::protocol::number::index_i64(vm, &width_v)?.max(0) as usize;
    vm.check_alloc(width)?;
    let len = s.char_len();
    if width <= len {
        return Ok(a[0].clone());
    }
    let text = s.as_str();
    let (sign, rest) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &text[1..]),
        _ => (None, text),
    };
    let mut out = String::new();
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(rest);
    Ok(vm.new_str(out))
}

fn str_expandtabs(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "expandtabs")?;
    let parsed = args::parse(vm, "expandtabs", &a[1..], kwargs, &["tabsize"], 0)?;
    let tabsize = match &parsed[0] {
        Value::Undef => 8,
        v => crate::protocol::number::index_i64(vm, v)?,
    };
    // CPython keeps the tab size in a C int.
    if i32::try_from(tabsize).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    vm.check_alloc(out.len() + n as usize)?;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

fn partition_impl(vm: &mut Vm, a: &[Value], name: &str, right: bool) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    let sep_v = args::exactly_one(vm, &format!("str.{name}"), &a[1..])?;
    let sep = arg_str(vm, &sep_v, "must be str").map(str::to_string).map_err(|_| {
        let tn = vm.type_name(&sep_v);
        vm.type_error(format!("must be str, not {tn}"))
    })?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if right { text.rfind(&sep) } else { text.find(&sep) };
    let parts = match found {
        Some(i) => [text[..i].to_string(), sep.clone(), text[i + sep.len()..].to_string()],
        None if right => [String::new(), String::new(), text.to_string()],
        None => [text.to_string(), String::new(), String::new()],
    };
    let items: Vec<Value> = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, a, "partition", false)
}
fn str_rpartition(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, a, "rpartition", true)
}

fn str_removeprefix(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "removeprefix")?;
    let p = args::exactly_one(vm, "str.removeprefix", &a[1..])?;
    let prefix = arg_str(vm, &p, "removeprefix() argument")?;
    let out = s.as_str().strip_prefix(prefix).unwrap_or(s.as_str()).to_string();
    Ok(vm.new_str(out))
}
fn str_removesuffix(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "removesuffix")?;
    let p = args::exactly_one(vm, "str.removesuffix", &a[1..])?;
    let suffix = arg_str(vm, &p, "removesuffix() argument")?;
    let out = s.as_str().strip_suffix(suffix).unwrap_or(s.as_str()).to_string();
    Ok(vm.new_str(out))
}

fn str_encode(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "encode")?;
    let parsed = args::parse(vm, "encode", &a[1..], kwargs, &["encoding", "errors"], 0)?;
    let enc = match &parsed[0] {
        Value::Undef => "utf-8".to_string(),
        v => arg_str(vm, v, "encode() argument 'encoding'")?.to_string(),
    };
    let errors = match &parsed[1] {
        Value::Undef => "strict".to_string(),
        v => arg_str(vm, v, "encode() argument 'errors'")?.to_string(),
    };
    let text = s.as_str().to_string();
    let bytes = crate::codecs::encode(vm, &text, &enc, &errors)?;
    Ok(Value::Obj(Object::builtin(Payload::Bytes(bytes.into_boxed_slice()))))
}

fn str_maketrans(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "maketrans", a, 1, 3)?;
    let table = vm.new_dict();
    if a.len() == 1 {
        let Some(Payload::Dict(_)) = a[0].payload() else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
        };
        for (k, v) in crate::types::dict::dict_items(a[0].as_obj().expect("dict")) {
            let key = match as_str(&k) {
                Some(t) if t.chars().count() == 1 => {
                    Value::Int(t.chars().next().map_or(0, |c| unicode::code_points::ord(c) as i64))
                }
                Some(_) => return Err(vm.value_error("string keys in translate table must be of length 1")),
                None => k.clone(),
            };
            crate::types::dict::dict_set(vm, &table, key, v)?;
        }
        return Ok(Value::Obj(table));
    }
    let from = arg_str(vm, &a[0], "maketrans() argument 1")?.to_string();
    let to = arg_str(vm, &a[1], "maketrans() argument 2")?.to_string();
    if from.chars().count() != to.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (f, t) in from.chars().zip(to.chars()) {
        let ord = unicode::code_points::ord;
        crate::types::dict::dict_set(vm, &table, Value::Int(ord(f) as i64), Value::Int(ord(t) as i64))?;
    }
    if let Some(delete) = a.get(2) {
        let delete = arg_str(vm, delete, "maketrans() argument 3")?.to_string();
        for c in delete.chars() {
            crate::types::dict::dict_set(vm, &table, Value::Int(unicode::code_points::ord(c) as i64), Value::None)?;
        }
    }
    Ok(Value::Obj(table))
}

fn str_translate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "translate")?;
    let table = args::exactly_one(vm, "str.translate", &a[1..])?;
    let text = s.as_str().to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match vm.get_item(&table, &Value::Int(unicode::code_points::ord(c) as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) if (0..0x110000).contains(&n) => out.push(unicode::char_for(vm, n as u32)?),
            Ok(Value::Int(_)) => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            Ok(v) => match as_str(&v) {
                Some(t) => out.push_str(t),
                None => return Err(vm.type_error("character mapping must return integer, None or str")),
            },
            Err(e) if vm.err_matches(&e, &vm.exc.lookup_error.clone()) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}

fn str_getnewargs(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__getnewargs__")?;
    let copy = vm.new_str(s.as_str());
    Ok(vm.new_tuple(vec![copy]))
}

fn str_sizeof(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = this(vm, a, "__sizeof__")?;
    let max = s.as_str().chars().map(unicode::code_points::ord).max().unwrap_or(0);
    let (header, width) = if s.is_ascii() {
        (49, 1)
    } else if max < 0x100 {
        (73, 1)
    } else if max < 0x10000 {
        (74, 2)
    } else {
        (76, 4)
    };
    Ok(Value::Int((header + width * s.char_len()) as i64))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    vm.add_staticmethod(&t, "__new__", str_new);
    vm.add_method(&t, "__len__", str_len);
    vm.add_method(&t, "__str__", str_str);
    vm.add_method(&t, "__repr__", str_repr);
    vm.add_method(&t, "__hash__", str_hash);
    vm.add_method(&t, "__getitem__", str_getitem);
    vm.add_method(&t, "__contains__", str_contains);
    vm.add_method(&t, "__iter__", str_iter);
    vm.add_method(&t, "__add__", str_add);
    vm.add_method(&t, "__mul__", str_mul);
    vm.add_method(&t, "__rmul__", str_mul);
    vm.add_method(&t, "__mod__", str_mod);
    vm.add_method(&t, "__rmod__", str_rmod);
    vm.add_method(&t, "__eq__", str_eq);
    vm.add_method(&t, "__ne__", str_ne);
    vm.add_method(&t, "__lt__", str_lt);
    vm.add_method(&t, "__le__", str_le);
    vm.add_method(&t, "__gt__", str_gt);
    vm.add_method(&t, "__ge__", str_ge);
    vm.add_method(&t, "__format__", str_dunder_format);
    vm.add_method(&t, "format", str_format_method);
    vm.add_method(&t, "format_map", str_format_map);
    vm.add_method(&t, "lower", str_lower);
    vm.add_method(&t, "upper", str_upper);
    vm.add_method(&t, "casefold", str_casefold);
    vm.add_method(&t, "swapcase", str_swapcase);
    vm.add_method(&t, "capitalize", str_capitalize);
    vm.add_method(&t, "title", str_title);
    vm.add_method(&t, "isalpha", str_isalpha);
    vm.add_method(&t, "isdigit", str_isdigit);
    vm.add_method(&t, "isdecimal", str_isdecimal);
    vm.add_method(&t, "isnumeric", str_isnumeric);
    vm.add_method(&t, "isalnum", str_isalnum);
    vm.add_method(&t, "isspace", str_isspace);
    vm.add_method(&t, "islower", str_islower);
    vm.add_method(&t, "isupper", str_isupper);
    vm.add_method(&t, "isascii", str_isascii);
    vm.add_method(&t, "isprintable", str_isprintable);
    vm.add_method(&t, "isidentifier", str_isidentifier);
    vm.add_method(&t, "istitle", str_istitle);
    vm.add_method(&t, "strip", str_strip);
    vm.add_method(&t, "lstrip", str_lstrip);
    vm.add_method(&t, "rstrip", str_rstrip);
    vm.add_method(&t, "split", str_split);
    vm.add_method(&t, "rsplit", str_rsplit);
    vm.add_method(&t, "splitlines", str_splitlines);
    vm.add_method(&t, "join", str_join);
    vm.add_method(&t, "replace", str_replace);
    vm.add_method(&t, "find", str_find);
    vm.add_method(&t, "rfind", str_rfind);
    vm.add_method(&t, "index", str_index);
    vm.add_method(&t, "rindex", str_rindex);
    vm.add_method(&t, "count", str_count);
    vm.add_method(&t, "startswith", str_startswith);
    vm.add_method(&t, "endswith", str_endswith);
    vm.add_method(&t, "center", str_center);
    vm.add_method(&t, "ljust", str_ljust);
    vm.add_method(&t, "rjust", str_rjust);
    vm.add_method(&t, "zfill", str_zfill);
    vm.add_method(&t, "expandtabs", str_expandtabs);
    vm.add_method(&t, "partition", str_partition);
    vm.add_method(&t, "rpartition", str_rpartition);
    vm.add_method(&t, "removeprefix", str_removeprefix);
    vm.add_method(&t, "removesuffix", str_removesuffix);
    vm.add_method(&t, "encode", str_encode);
    vm.add_staticmethod(&t, "maketrans", str_maketrans);
    vm.add_method(&t, "translate", str_translate);
    vm.add_method(&t, "__getnewargs__", str_getnewargs);
    vm.add_method(&t, "__sizeof__", str_sizeof);
}
