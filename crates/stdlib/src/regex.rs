//! `_regex`: the matching engine under `re`, on the fancy-regex crate.
//!
//! lib/re/_translate.py turns a Python pattern into fancy-regex syntax;
//! this module compiles it and runs it. An `Engine` answers two questions
//! about a haystack (a str, or bytes seen as Latin-1 text so that a char
//! is a byte), with positions counted in characters as Python counts them:
//!
//! - `search(text, pos, endpos, mode)`: the first match at or after `pos`
//!   (`mode` 0), or one that starts at `pos` (1, `match`), or one that
//!   also ends at `endpos` (2, `fullmatch`);
//! - `scan(text, pos, endpos, limit)`: successive matches as `finditer`,
//!   `sub` and `split` see them.
//!
//! A match comes back as a tuple (start0, end0, start1, end1, ...) with -1
//! for groups that did not take part. The text is cut at `endpos`, as
//! Python's matcher treats it. Variants of the pattern are compiled on
//! first use: `\G` anchors at the starting position, and `(?!\G)` after
//! the pattern forbids an empty match there, which is Python's rule for
//! the match after an empty one.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use fancy_regex::{Captures, Regex, RegexBuilder};
use ferropy_runtime::object::{NativeData, Payload};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

/// Backtracking steps before a match gives up (fancy-regex's default is
/// a million, which long inputs to ordinary patterns can reach).
const BACKTRACK_LIMIT: usize = 100_000_000;

struct Engine {
    source: String,
    /// A bytes pattern (matches bytes-like haystacks only).
    is_bytes: bool,
    search: Regex,
    anchored: OnceCell<Regex>,
    full: OnceCell<Regex>,
    nonempty: OnceCell<Regex>,
}

impl NativeData for Engine {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn build(source: &str) -> Result<Regex, String> {
    RegexBuilder::new(source).backtrack_limit(BACKTRACK_LIMIT).build().map_err(|e| e.to_string())
}

impl Engine {
    fn variant(&self, mode: Mode) -> Result<&Regex, String> {
        let (cell, text) = match mode {
            Mode::Search => return Ok(&self.search),
            Mode::Anchored => (&self.anchored, format!("\\G(?:{})", self.source)),
            Mode::Full => (&self.full, format!("\\G(?:{})\\z", self.source)),
            Mode::NonEmpty => (&self.nonempty, format!("(?:{})(?!\\G)", self.source)),
        };
        if let Some(re) = cell.get() {
            return Ok(re);
        }
        let re = build(&text)?;
        Ok(cell.get_or_init(|| re))
    }
}

#[derive(Clone, Copy)]
enum Mode {
    Search,
    Anchored,
    Full,
    NonEmpty,
}

/// The haystack as UTF-8 text, and the map between its byte offsets and
/// Python's character positions. An ASCII str is used in place; other
/// text is prepared once (bytes become Latin-1 text, non-ASCII text gets
/// its table of character starts) and kept for the next call on the same
/// object, since `json` and tokenizers match one long string at many
/// positions.
enum Haystack<'a> {
    Ascii(&'a str),
    Mapped(Rc<Prepared>),
}

struct Prepared {
    text: String,
    /// Byte offset of each character, plus the length.
    starts: Vec<usize>,
}

impl Prepared {
    fn new(text: String) -> Prepared {
        let starts = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
        Prepared { text, starts }
    }
}

/// A prepared haystack and the object it came from.
type PreparedFor = (Obj, Rc<Prepared>);

/// The last immutable haystack prepared, with the object it came from.
static LAST_PREPARED: ferropy_runtime::gil::GilLocal<RefCell<Option<PreparedFor>>> =
    ferropy_runtime::gil::GilLocal::new(RefCell::new(None));

impl Haystack<'_> {
    fn text(&self) -> &str {
        match self {
            Haystack::Ascii(s) => s,
            Haystack::Mapped(p) => &p.text,
        }
    }

    fn chars(&self) -> usize {
        match self {
            Haystack::Ascii(s) => s.len(),
            Haystack::Mapped(p) => p.starts.len() - 1,
        }
    }

    fn byte_of(&self, pos: usize) -> usize {
        match self {
            Haystack::Ascii(_) => pos,
            Haystack::Mapped(p) => p.starts[pos],
        }
    }

    fn char_of(&self, byte: usize) -> usize {
        match self {
            Haystack::Ascii(_) => byte,
            Haystack::Mapped(p) => p.starts.partition_point(|&b| b < byte),
        }
    }
}

fn engine<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Engine> {
    if let Some(Payload::Native(n)) = v.payload() {
        if let Some(e) = n.as_any().downcast_ref::<Engine>() {
            return Ok(e);
        }
    }
    Err(vm.type_error("expected a _regex.Engine"))
}

/// The haystack of a call, refused with CPython's messages when its kind
/// (str or bytes) is not the pattern's.
fn haystack_for<'a>(vm: &mut Vm, e: &Engine, v: &'a Value) -> PyResult<Haystack<'a>> {
    match (v.payload(), e.is_bytes) {
        (Some(Payload::Str(_)), true) => Err(vm.type_error("cannot use a bytes pattern on a string-like object")),
        (Some(Payload::Bytes(_) | Payload::ByteArray(_)), false) => {
            Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        (Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)), _) => haystack(vm, v),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("expected string or bytes-like object, got '{tn}'")))
        }
    }
}

fn haystack<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Haystack<'a>> {
    let (Value::Obj(obj), Some(payload)) = (v, v.payload()) else {
        return Err(vm.type_error("expected string or bytes-like object"));
    };
    let prepare = || match payload {
        Payload::Str(s) => Some(s.as_str().to_string()),
        // Bytes are matched as Latin-1 text: one character per byte.
        Payload::Bytes(b) => Some(b.iter().map(|&c| c as char).collect()),
        _ => None,
    };
    match payload {
        Payload::Str(s) if s.is_ascii() => return Ok(Haystack::Ascii(s.as_str())),
        Payload::ByteArray(b) => {
            // Mutable: prepared afresh every time.
            let text = b.borrow().iter().map(|&c| c as char).collect();
            return Ok(Haystack::Mapped(Rc::new(Prepared::new(text))));
        }
        _ => {}
    }
    let cached =
        LAST_PREPARED.with(|last| last.borrow().as_ref().filter(|(o, _)| Obj::ptr_eq(o, obj)).map(|(_, p)| p.clone()));
    if let Some(p) = cached {
        return Ok(Haystack::Mapped(p));
    }
    let Some(text) = prepare() else {
        return Err(vm.type_error("expected string or bytes-like object"));
    };
    let prepared = Rc::new(Prepared::new(text));
    LAST_PREPARED.with(|last| *last.borrow_mut() = Some((obj.clone(), prepared.clone())));
    Ok(Haystack::Mapped(prepared))
}

fn position(vm: &mut Vm, v: &Value, len: usize) -> PyResult<usize> {
    let n = ferropy_runtime::protocol::number::as_index(vm, v)?.ok_or_else(|| vm.type_error("expected an int"))?;
    Ok(n.clamp(0, len as i64) as usize)
}

fn spans(vm: &mut Vm, hay: &Haystack<'_>, caps: &Captures<str>) -> Value {
    let mut items = Vec::with_capacity(caps.len() * 2);
    for i in 0..caps.len() {
        match caps.get(i) {
            Some(m) => {
                items.push(Value::Int(hay.char_of(m.start()) as i64));
                items.push(Value::Int(hay.char_of(m.end()) as i64));
            }
            None => items.extend([Value::Int(-1), Value::Int(-1)]),
        }
    }
    vm.new_tuple(items)
}

/// Runs `re` on `text` from byte `from` and hands the captures to `f`.
fn with_captures<T>(
    vm: &mut Vm,
    re: Result<&Regex, String>,
    text: &str,
    from: usize,
    f: impl FnOnce(&mut Vm, Option<&Captures<str>>) -> T,
) -> PyResult<T> {
    let re = re.map_err(|e| vm.value_error(e))?;
    match re.captures_from_pos(text, from) {
        Ok(caps) => Ok(f(vm, caps.as_ref())),
        Err(e) => Err(vm.runtime_error(format!("regular expression could not be matched: {e}"))),
    }
}

/// `Engine.search(text, pos, endpos, mode)`.
fn engine_search(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "search", a, 5, 5)?;
    let e = engine(vm, &a[0])?;
    let hay = haystack_for(vm, e, &a[1])?;
    let len = hay.chars();
    let pos = position(vm, &a[2], len)?;
    let endpos = position(vm, &a[3], len)?;
    if pos > endpos {
        return Ok(Value::None);
    }
    let mode = match ferropy_runtime::protocol::number::as_index(vm, &a[4])? {
        Some(1) => Mode::Anchored,
        Some(2) => Mode::Full,
        _ => Mode::Search,
    };
    let text = &hay.text()[..hay.byte_of(endpos)];
    let from = hay.byte_of(pos);
    with_captures(vm, e.variant(mode), text, from, |vm, caps| match caps {
        Some(c) => spans(vm, &hay, c),
        None => Value::None,
    })
}

/// The matches `finditer` gives from byte `from` of `text` (at most
/// `limit` when it is positive), each handed to `found` with its span.
/// After an empty match the next one may not be empty at the same place:
/// Python's rule, kept by the `(?!\G)` variant.
fn each_match(
    vm: &mut Vm,
    e: &Engine,
    text: &str,
    mut from: usize,
    limit: i64,
    spans_only: bool,
    mut found: impl FnMut(&mut Vm, Option<&Captures<str>>, usize, usize),
) -> PyResult<usize> {
    let mut count = 0usize;
    let mut after_empty = false;
    while from <= text.len() && (limit <= 0 || (count as i64) < limit) {
        let re = e.variant(if after_empty { Mode::NonEmpty } else { Mode::Search }).map_err(|m| vm.value_error(m))?;
        let (start, end) = if spans_only {
            match re.find_from_pos(text, from) {
                Ok(Some(m)) => (m.start(), m.end()),
                Ok(None) => break,
                Err(err) => return Err(match_failed(vm, err)),
            }
        } else {
            match re.captures_from_pos(text, from) {
                Ok(Some(c)) => {
                    let whole = c.get(0).expect("group 0 takes part in every match");
                    let span = (whole.start(), whole.end());
                    found(vm, Some(&c), span.0, span.1);
                    count += 1;
                    after_empty = span.0 == span.1;
                    from = span.1;
                    continue;
                }
                Ok(None) => break,
                Err(err) => return Err(match_failed(vm, err)),
            }
        };
        found(vm, None, start, end);
        count += 1;
        after_empty = start == end;
        from = end;
    }
    Ok(count)
}

fn match_failed(vm: &mut Vm, err: fancy_regex::Error) -> ferropy_runtime::PyErr {
    vm.runtime_error(format!("regular expression could not be matched: {err}"))
}

/// The common arguments of the scanning methods: engine, haystack, and
/// the text cut at `endpos` with the byte where scanning starts.
fn scan_args<'a>(
    vm: &mut Vm,
    a: &'a [Value],
    name: &str,
    n: usize,
) -> PyResult<(&'a Engine, Haystack<'a>, usize, usize)> {
    args::check_positional(vm, name, a, n, n)?;
    let e = engine(vm, &a[0])?;
    let hay = haystack_for(vm, e, &a[1])?;
    let len = hay.chars();
    let pos = position(vm, &a[2], len)?;
    let endpos = position(vm, &a[3], len)?.max(pos);
    let (from, end) = (hay.byte_of(pos), hay.byte_of(endpos));
    Ok((e, hay, from, end))
}

/// The text of `hay` between two byte offsets as the haystack's type
/// (str, or bytes for bytes and bytearray).
fn piece(vm: &mut Vm, original: &Value, hay: &Haystack, start: usize, end: usize) -> Value {
    let text = &hay.text()[start..end];
    match original.payload() {
        Some(Payload::Str(_)) => vm.new_str(text),
        _ => ferropy_runtime::types::bytes::new_bytes(text.chars().map(|c| c as u8).collect()),
    }
}

/// `Engine.scan(text, pos, endpos, limit)`: the span tuples of the
/// matches `finditer` gives.
fn engine_scan(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (e, hay, from, end) = scan_args(vm, a, "scan", 5)?;
    let limit = ferropy_runtime::protocol::number::as_index(vm, &a[4])?.unwrap_or(0);
    let mut found = Vec::new();
    each_match(vm, e, &hay.text()[..end], from, limit, false, |vm, caps, _, _| {
        found.push(spans(vm, &hay, caps.expect("captures were asked for")));
    })?;
    Ok(vm.new_list(found))
}

/// `Engine.matched(text, pos, endpos)`: the text of every match (what
/// `findall` returns for a pattern without groups).
fn engine_matched(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (e, hay, from, end) = scan_args(vm, a, "matched", 4)?;
    let mut found = Vec::new();
    each_match(vm, e, &hay.text()[..end], from, 0, true, |vm, _, s, t| found.push(piece(vm, &a[1], &hay, s, t)))?;
    Ok(vm.new_list(found))
}

/// `Engine.pieces(text, limit)`: the text between matches (`split` for a
/// pattern without groups), at most `limit` splits when positive.
fn engine_pieces(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (e, hay, from, end) = scan_args(vm, a, "pieces", 5)?;
    let limit = ferropy_runtime::protocol::number::as_index(vm, &a[4])?.unwrap_or(0);
    let mut found = Vec::new();
    let mut last = 0;
    each_match(vm, e, &hay.text()[..end], from, limit, true, |vm, _, s, t| {
        found.push(piece(vm, &a[1], &hay, last, s));
        last = t;
    })?;
    let rest = piece(vm, &a[1], &hay, last, hay.text().len());
    found.push(rest);
    Ok(vm.new_list(found))
}

/// `Engine.replace(text, replacement, limit)`: (new text, count) with a
/// literal replacement (`sub` with a template that names no group).
fn engine_replace(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "replace", a, 4, 4)?;
    let e = engine(vm, &a[0])?;
    let hay = haystack_for(vm, e, &a[1])?;
    let replacement = haystack(vm, &a[2])?;
    let limit = ferropy_runtime::protocol::number::as_index(vm, &a[3])?.unwrap_or(0);
    let mut out = String::with_capacity(hay.text().len());
    let mut last = 0;
    let count = each_match(vm, e, hay.text(), 0, limit, true, |_, _, s, t| {
        out.push_str(&hay.text()[last..s]);
        out.push_str(replacement.text());
        last = t;
    })?;
    out.push_str(&hay.text()[last..]);
    let result = match a[1].payload() {
        Some(Payload::Str(_)) => vm.new_str(out),
        _ => ferropy_runtime::types::bytes::new_bytes(out.chars().map(|c| c as u8).collect()),
    };
    Ok(vm.new_tuple(vec![result, Value::Int(count as i64)]))
}

/// `compile(text, is_bytes)`: an Engine for a pattern already in
/// fancy-regex syntax.
fn compile(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "compile", a, 2, 2)?;
    let is_bytes = vm.truthy(&a[1])?;
    let text = &a[0];
    let Some(Payload::Str(source)) = text.payload() else {
        return Err(vm.type_error("compile() expects a str"));
    };
    let source = source.as_str().to_string();
    let search = build(&source).map_err(|e| vm.value_error(e))?;
    let cls = ferropy_runtime::types::module::class_in_module(vm, "_regex", "Engine")?;
    let engine = Engine {
        source,
        is_bytes,
        search,
        anchored: OnceCell::new(),
        full: OnceCell::new(),
        nonempty: OnceCell::new(),
    };
    let obj = ferropy_runtime::types::object::alloc_instance(vm, &cls, Payload::Native(Box::new(engine)));
    Ok(Value::Obj(obj))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let module = ferropy_runtime::types::module::new_native_module(vm, "_regex", &[("compile", compile)])?;
    let ns = vm.new_dict();
    let m = vm.new_str("_regex");
    vm.dict_set_str(&ns, "__module__", m)?;
    let meta = vm.types.type_.clone();
    let object = vm.types.object.clone();
    let ty = vm.new_class(&meta, "Engine", vec![object], &ns, &[])?;
    let methods: &[(&'static str, NativeFn)] = &[
        ("search", engine_search),
        ("scan", engine_scan),
        ("matched", engine_matched),
        ("pieces", engine_pieces),
        ("replace", engine_replace),
    ];
    for (name, f) in methods {
        vm.add_method(&ty, name, *f);
    }
    let dict = module.dict.clone().expect("modules have dicts");
    vm.dict_set_str(&dict, "Engine", Value::Obj(ty))?;
    Ok(module)
}
