//! `_json`: the JSON scanner in Rust, for `json.decoder` (lib/json).
//!
//! `scan_once(decoder, s, idx)` decodes the value starting at character
//! `idx` of `s` and returns `(value, end)`, exactly as the Python
//! scanner it replaces: the decoder's hooks (object_hook,
//! object_pairs_hook, parse_float, parse_int, parse_constant) are called
//! when set, CPython's JSONDecodeError messages and positions otherwise.
//!
//! The text is scanned as UTF-8 bytes (JSON's syntax is ASCII); byte
//! offsets become character offsets only where Python sees them (the end
//! returned, error positions).

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::value::Bool64;
use ferropy_runtime::{Obj, PyErr, PyResult, Value, Vm};

/// What the decoder asks for, read once per call.
struct Hooks {
    strict: bool,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    /// None where the decoder uses the built-in float / int / constants.
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    doc: Value,
    hooks: Hooks,
    /// Nesting left before RecursionError, as CPython's C scanner.
    depth_left: usize,
}

fn char_offset(text: &str, byte: usize) -> usize {
    let prefix = &text.as_bytes()[..byte.min(text.len())];
    if prefix.is_ascii() {
        return prefix.len();
    }
    prefix.iter().filter(|b| (**b & 0xC0) != 0x80).count()
}

fn byte_offset(text: &str, chars: usize) -> Option<usize> {
    if text.is_ascii() {
        return (chars <= text.len()).then_some(chars);
    }
    if chars == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(chars).map(|(i, _)| i)
}

impl Scanner<'_> {
    fn error(&self, vm: &mut Vm, msg: &str, byte: usize) -> PyErr {
        let pos = char_offset(self.text, byte);
        let cls = match ferropy_runtime::types::module::class_in_module(vm, "json.decoder", "JSONDecodeError") {
            Ok(c) => c,
            Err(e) => return e,
        };
        let msg = vm.new_str(msg);
        match vm.call(&Value::Obj(cls), &[msg, self.doc.clone(), Value::Int(pos as i64)]) {
            Ok(Value::Obj(exc)) => PyErr { exc },
            Ok(_) => vm.type_error("JSONDecodeError() did not make an exception"),
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(i) {
            i += 1;
        }
        i
    }

    fn value(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes;
        let Some(&c) = b.get(i) else {
            return Err(self.error(vm, "Expecting value", i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(vm, i + 1)?;
                Ok((vm.new_str(s), end))
            }
            b'{' => self.nested(vm, i, true),
            b'[' => self.nested(vm, i, false),
            b'n' if b[i..].starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if b[i..].starts_with(b"true") => Ok((Value::TRUE, i + 4)),
            b'f' if b[i..].starts_with(b"false") => Ok((Value::FALSE, i + 5)),
            b'N' if b[i..].starts_with(b"NaN") => self.constant(vm, "NaN", i + 3),
            b'I' if b[i..].starts_with(b"Infinity") => self.constant(vm, "Infinity", i + 8),
            b'-' if b[i..].starts_with(b"-Infinity") => self.constant(vm, "-Infinity", i + 9),
            b'-' | b'0'..=b'9' => match self.number(vm, i)? {
                Some(found) => Ok(found),
                None => Err(self.error(vm, "Expecting value", i)),
            },
            _ => Err(self.error(vm, "Expecting value", i)),
        }
    }

    fn nested(&mut self, vm: &mut Vm, i: usize, object: bool) -> PyResult<(Value, usize)> {
        if self.depth_left == 0 {
            let what = if object { "object" } else { "array" };
            let ty = vm.exc.recursion_error.clone();
            return Err(vm.new_error(
                &ty,
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            ));
        }
        self.depth_left -= 1;
        let result = if object { self.object(vm, i + 1) } else { self.array(vm, i + 1) };
        self.depth_left += 1;
        result
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, end: usize) -> PyResult<(Value, usize)> {
        let value = match &self.hooks.parse_constant {
            Some(hook) => {
                let arg = vm.new_str(name);
                vm.call(&hook.clone(), &[arg])?
            }
            None => Value::float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }),
        };
        Ok((value, end))
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, or None.
    fn number(&mut self, vm: &mut Vm, start: usize) -> PyResult<Option<(Value, usize)>> {
        let b = self.bytes;
        let digits = |mut i: usize| {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut i = start;
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits(i),
            _ => return Ok(None),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i = digits(i + 1);
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                i = digits(j);
                is_float = true;
            }
        }
        let text = &self.text[start..i];
        let hook = if is_float { &self.hooks.parse_float } else { &self.hooks.parse_int };
        let value = match hook {
            Some(hook) => {
                let arg = vm.new_str(text);
                vm.call(&hook.clone(), &[arg])?
            }
            None if is_float => Value::float(text.parse::<f64>().unwrap_or(f64::NAN)),
            None => match text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => match ferropy_runtime::types::int::parse_int(vm, text, 10) {
                    Ok(big) => ferropy_runtime::types::int::big_to_value(big),
                    Err(Some(e)) => return Err(e),
                    Err(None) => Value::Int(0),
                },
            },
        };
        Ok(Some((value, i)))
    }

    /// The string whose opening quote is just before `i`: (text, end).
    fn string(&mut self, vm: &mut Vm, i: usize) -> PyResult<(String, usize)> {
        let b = self.bytes;
        let begin = i - 1;
        let mut out = String::new();
        let mut run = i;
        let mut j = i;
        loop {
            let Some(&c) = b.get(j) else {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            };
            match c {
                b'"' => {
                    out.push_str(&self.text[run..j]);
                    return Ok((out, j + 1));
                }
                b'\\' => {
                    out.push_str(&self.text[run..j]);
                    j = self.escape(vm, j, begin, &mut out)?;
                    run = j;
                }
                0..=0x1f => {
                    if self.hooks.strict {
                        return Err(self.error(vm, "Invalid control character at", j));
                    }
                    j += 1;
                }
                _ => j += 1,
            }
        }
    }

    /// One escape sequence at `j` (the backslash): appends what it stands
    /// for, returns where the string goes on.
    fn escape(&mut self, vm: &mut Vm, j: usize, begin: usize, out: &mut String) -> PyResult<usize> {
        let Some(&e) = self.bytes.get(j + 1) else {
            return Err(self.error(vm, "Unterminated string starting at", begin));
        };
        let simple = match e {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let mut code = self.hex4(vm, j + 1)?;
                let mut end = j + 6;
                if (0xd800..=0xdbff).contains(&code) && self.bytes[end..].starts_with(b"\\u") {
                    let low = self.hex4(vm, end + 1)?;
                    if (0xdc00..=0xdfff).contains(&low) {
                        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                        end += 6;
                    }
                }
                out.push(ferropy_runtime::unicode::char_for(vm, code)?);
                return Ok(end);
            }
            _ => return Err(self.error(vm, "Invalid \\escape", j)),
        };
        out.push(simple);
        Ok(j + 2)
    }

    /// The four hex digits after the `u` at `j`.
    fn hex4(&self, vm: &mut Vm, j: usize) -> PyResult<u32> {
        let digits = self.bytes.get(j + 1..j + 5).filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        match digits {
            Some(d) => Ok(u32::from_str_radix(std::str::from_utf8(d).unwrap_or("0"), 16).unwrap_or(0)),
            None => Err(self.error(vm, "Invalid \\uXXXX escape", j)),
        }
    }

    fn object(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes;
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(i);
        if b.get(i) != Some(&b'"') {
            if b.get(i) == Some(&b'}') {
                return Ok((self.finish_object(vm, pairs)?, i + 1));
            }
            return Err(self.error(vm, "Expecting property name enclosed in double quotes", i));
        }
        loop {
            let (key, after) = self.string(vm, i + 1)?;
            i = self.skip_ws(after);
            if b.get(i) != Some(&b':') {
                return Err(self.error(vm, "Expecting ':' delimiter", i));
            }
            i = self.skip_ws(i + 1);
            let (value, after) = self.value(vm, i)?;
            pairs.push((vm.new_str(key), value));
            i = self.skip_ws(after);
            match b.get(i) {
                Some(b'}') => return Ok((self.finish_object(vm, pairs)?, i + 1)),
                Some(b',') => {}
                _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
            }
            i = self.skip_ws(i + 1);
            if b.get(i) != Some(&b'"') {
                return Err(self.error(vm, "Expecting property name enclosed in double quotes", i));
            }
        }
    }

    fn finish_object(&mut self, vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        if let Some(hook) = self.hooks.object_pairs_hook.clone() {
            let items: Vec<Value> = pairs.into_iter().map(|(k, v)| vm.new_tuple(vec![k, v])).collect();
            let list = vm.new_list(items);
            return vm.call(&hook, &[list]);
        }
        let dict = vm.new_dict();
        let target = Value::Obj(dict);
        for (k, v) in pairs {
            vm.set_item(&target, k, v)?;
        }
        match self.hooks.object_hook.clone() {
            Some(hook) => vm.call(&hook, &[target]),
            None => Ok(target),
        }
    }

    fn array(&mut self, vm: &mut Vm, i: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes;
        let mut values = Vec::new();
        let mut i = self.skip_ws(i);
        if b.get(i) == Some(&b']') {
            return Ok((vm.new_list(values), i + 1));
        }
        loop {
            let (value, after) = self.value(vm, i)?;
            values.push(value);
            i = self.skip_ws(after);
            match b.get(i) {
                Some(b']') => return Ok((vm.new_list(values), i + 1)),
                Some(b',') => {}
                _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
            }
            i = self.skip_ws(i + 1);
        }
    }
}

/// A decoder attribute, or None where it is unset or the built-in default.
fn hook(vm: &mut Vm, decoder: &Value, name: &str, default: Option<&Value>) -> PyResult<Option<Value>> {
    let v = vm.get_attr_str(decoder, name)?;
    if v.is_none() {
        return Ok(None);
    }
    if let (Some(Value::Obj(d)), Value::Obj(o)) = (default, &v) {
        if Obj::ptr_eq(o, d) {
            return Ok(None);
        }
    }
    Ok(Some(v))
}

fn scan_once(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "scan_once", a, 4, 4)?;
    let (decoder, doc, idx, default_constant) = (&a[0], &a[1], &a[2], &a[3]);
    let Some(text) = ferropy_runtime::types::str::as_str(doc) else {
        let tn = vm.type_name(doc);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    let idx = ferropy_runtime::protocol::number::index_i64(vm, idx)?;
    let strict_v = vm.get_attr_str(decoder, "strict")?;
    let float_type = Value::Obj(vm.types.float.clone());
    let int_type = Value::Obj(vm.types.int.clone());
    let hooks = Hooks {
        strict: vm.truthy(&strict_v)?,
        object_hook: hook(vm, decoder, "object_hook", None)?,
        object_pairs_hook: hook(vm, decoder, "object_pairs_hook", None)?,
        parse_float: hook(vm, decoder, "parse_float", Some(&float_type))?,
        parse_int: hook(vm, decoder, "parse_int", Some(&int_type))?,
        parse_constant: hook(vm, decoder, "parse_constant", Some(default_constant))?,
    };
    let text: &str = text;
    let depth_left = vm.recursion_limit().saturating_sub(vm.depth);
    let mut scanner = Scanner { text, bytes: text.as_bytes(), doc: doc.clone(), hooks, depth_left };
    let start = match usize::try_from(idx).ok().and_then(|i| byte_offset(text, i)) {
        Some(b) => b,
        None => {
            // Past the end: CPython reports the index it was given.
            let cls = ferropy_runtime::types::module::class_in_module(vm, "json.decoder", "JSONDecodeError")?;
            let msg = vm.new_str("Expecting value");
            let exc = vm.call(&Value::Obj(cls), &[msg, doc.clone(), Value::Int(idx)])?;
            return match exc {
                Value::Obj(exc) => Err(PyErr { exc }),
                _ => Err(vm.type_error("JSONDecodeError() did not make an exception")),
            };
        }
    };
    let (value, end) = scanner.value(vm, start)?;
    let end = char_offset(text, end) as i64;
    Ok(vm.new_tuple(vec![value, Value::Int(end)]))
}

/// `scanstring(s, end, strict=True)`: the JSON string whose opening quote
/// is just before character `end`, as (text, end after the closing quote).
fn scanstring(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let p = args::parse(vm, "scanstring", a, kw, &["s", "end", "strict"], 2)?;
    let Some(text) = ferropy_runtime::types::str::as_str(&p[0]) else {
        let tn = vm.type_name(&p[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    let end = ferropy_runtime::protocol::number::index_i64(vm, &p[1])?;
    let strict = p[2].is_undef() || vm.truthy(&p[2])?;
    let start = match usize::try_from(end).ok().filter(|e| *e >= 1).and_then(|e| byte_offset(text, e)) {
        Some(b) => b,
        None => return Err(vm.value_error("end is out of bounds")),
    };
    let hooks = Hooks {
        strict,
        object_hook: None,
        object_pairs_hook: None,
        parse_float: None,
        parse_int: None,
        parse_constant: None,
    };
    let mut scanner = Scanner { text, bytes: text.as_bytes(), doc: p[0].clone(), hooks, depth_left: 0 };
    let (value, after) = scanner.string(vm, start)?;
    let value = vm.new_str(value);
    Ok(vm.new_tuple(vec![value, Value::Int(char_offset(text, after) as i64)]))
}

/// Index of the first non-whitespace character at or after `idx`.
fn skip_whitespace(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "skip_whitespace", a, 2, 2)?;
    let Some(text) = ferropy_runtime::types::str::as_str(&a[0]) else {
        return Err(vm.type_error("expected a str"));
    };
    let idx = ferropy_runtime::protocol::number::index_i64(vm, &a[1])?.max(0) as usize;
    let Some(start) = byte_offset(text, idx) else {
        return Ok(Value::Int(idx as i64));
    };
    let skipped = text.as_bytes()[start..].iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')).count();
    Ok(Value::Int((idx + skipped) as i64))
}

// ----- Encoding ------------------------------------------------------------

/// What `json.encoder` asks the native writer for (see `encode`).
struct Writer {
    out: String,
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    /// Containers being written, when checking for cycles.
    markers: Option<Vec<usize>>,
    default: Value,
    depth_left: usize,
}

fn push_escaped(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let plain = match c {
            '"' | '\\' => false,
            c if (c as u32) < 0x20 => false,
            c if ensure_ascii => (c as u32) < 0x7f,
            _ => true,
        };
        if plain {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + c.len_utf8();
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            // A lone surrogate is written as its own escape, as CPython.
            c if ferropy_runtime::unicode::code_points::ord(c) < 0x10000 => {
                out.push_str(&format!("\\u{:04x}", ferropy_runtime::unicode::code_points::ord(c)))
            }
            c => {
                let n = c as u32 - 0x10000;
                out.push_str(&format!("\\u{:04x}\\u{:04x}", 0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)));
            }
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

impl Writer {
    fn float_text(&self, vm: &mut Vm, f: f64) -> PyResult<String> {
        let special = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(ferropy_runtime::format::float_repr::repr(f));
        };
        if !self.allow_nan {
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(special.to_string())
    }

    /// Writes a scalar if `v` is one; false otherwise.
    fn scalar(&mut self, vm: &mut Vm, v: &Value) -> PyResult<bool> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(Bool64::TRUE) => self.out.push_str("true"),
            Value::Bool(Bool64::FALSE) => self.out.push_str("false"),
            _ => {
                if let Some(s) = ferropy_runtime::types::str::as_str(v) {
                    push_escaped(&mut self.out, s, self.ensure_ascii);
                } else if let Some(i) = ferropy_runtime::types::int::as_int(v) {
                    let text = ferropy_runtime::types::int::to_decimal(vm, &i)?;
                    self.out.push_str(&text);
                } else if let Some(f) = ferropy_runtime::types::float::as_float(v) {
                    let text = self.float_text(vm, f)?;
                    self.out.push_str(&text);
                } else {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        if self.scalar(vm, v)? {
            return Ok(());
        }
        if self.depth_left == 0 {
            let ty = vm.exc.recursion_error.clone();
            return Err(vm.new_error(&ty, "maximum recursion depth exceeded while encoding a JSON object"));
        }
        self.depth_left -= 1;
        let result = self.container(vm, v, level);
        self.depth_left += 1;
        result
    }

    fn container(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        let (list, tuple, dict) = (vm.types.list.clone(), vm.types.tuple.clone(), vm.types.dict.clone());
        if vm.is_instance(v, &list) || vm.is_instance(v, &tuple) {
            let items = vm.collect(v)?;
            return self.guarded(vm, v, |w, vm| w.array(vm, &items, level));
        }
        if vm.is_instance(v, &dict) {
            let items = match v {
                Value::Obj(o) if Obj::ptr_eq(vm.class_of(v), &dict) => ferropy_runtime::types::dict::dict_items(o),
                _ => {
                    let view = vm.call_method(v, "items", &[])?;
                    let mut pairs = Vec::new();
                    for pair in vm.collect(&view)? {
                        let kv = vm.collect(&pair)?;
                        if kv.len() == 2 {
                            pairs.push((kv[0].clone(), kv[1].clone()));
                        }
                    }
                    pairs
                }
            };
            return self.guarded(vm, v, |w, vm| w.object(vm, items, level));
        }
        let default = self.default.clone();
        self.guarded(vm, v, |w, vm| {
            let replacement = vm.call(&default, std::slice::from_ref(v))?;
            w.value(vm, &replacement, level)
        })
    }

    /// Writes a container, refusing one already being written.
    fn guarded(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        write: impl FnOnce(&mut Writer, &mut Vm) -> PyResult<()>,
    ) -> PyResult<()> {
        let id = match v {
            Value::Obj(o) => Obj::as_ptr(o) as usize,
            _ => 0,
        };
        if let Some(markers) = &mut self.markers {
            if markers.contains(&id) {
                return Err(vm.value_error("Circular reference detected"));
            }
            markers.push(id);
        }
        let result = write(self, vm);
        if let Some(markers) = &mut self.markers {
            markers.pop();
        }
        result
    }

    fn newline(&mut self, level: usize) {
        if let Some(indent) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(indent);
            }
        }
    }

    fn array(&mut self, vm: &mut Vm, items: &[Value], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.out.push('[');
        self.newline(level + 1);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                let sep = self.item_separator.clone();
                self.out.push_str(&sep);
                self.newline(level + 1);
            }
            self.value(vm, item, level + 1)?;
        }
        self.newline(level);
        self.out.push(']');
        Ok(())
    }

    fn key_text(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<String>> {
        Ok(Some(match key {
            Value::None => "null".to_string(),
            Value::Bool(b) => b.get().to_string(),
            _ => {
                if let Some(s) = ferropy_runtime::types::str::as_str(key) {
                    s.to_string()
                } else if let Some(f) = ferropy_runtime::types::float::as_float(key) {
                    self.float_text(vm, f)?
                } else if let Some(i) = ferropy_runtime::types::int::as_int(key) {
                    ferropy_runtime::types::int::to_decimal(vm, &i)?
                } else if self.skipkeys {
                    return Ok(None);
                } else {
                    let tn = vm.type_name(key);
                    return Err(vm.type_error(format!("keys must be str, int, float, bool or None, not {tn}")));
                }
            }
        }))
    }

    fn object(&mut self, vm: &mut Vm, mut items: Vec<(Value, Value)>, level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        if self.sort_keys {
            // Sorted as Python sorts the (key, value) pairs.
            let pairs: Vec<Value> = items.iter().map(|(k, v)| vm.new_tuple(vec![k.clone(), v.clone()])).collect();
            let list = vm.new_list(pairs);
            vm.call_method(&list, "sort", &[])?;
            items = Vec::with_capacity(items.len());
            for pair in vm.collect(&list)? {
                let kv = vm.collect(&pair)?;
                items.push((kv[0].clone(), kv[1].clone()));
            }
        }
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (key, value) in &items {
            let Some(key) = self.key_text(vm, key)? else {
                continue;
            };
            if !first {
                let sep = self.item_separator.clone();
                self.out.push_str(&sep);
                self.newline(level + 1);
            }
            first = false;
            push_escaped(&mut self.out, &key, self.ensure_ascii);
            let sep = self.key_separator.clone();
            self.out.push_str(&sep);
            self.value(vm, value, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        Ok(())
    }
}

fn str_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<String> {
    let v = vm.get_attr_str(obj, name)?;
    vm.str_string(&v)
}

fn bool_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<bool> {
    let v = vm.get_attr_str(obj, name)?;
    vm.truthy(&v)
}

/// `encode(encoder, obj, indent)`: the JSON text of obj as the encoder's
/// settings say (`indent` already a string, or None).
fn encode(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "encode", a, 3, 3)?;
    let (encoder, obj) = (&a[0], &a[1]);
    let indent = if a[2].is_none() { None } else { Some(vm.str_string(&a[2])?) };
    let mut writer = Writer {
        out: String::new(),
        indent,
        item_separator: str_attr(vm, encoder, "item_separator")?,
        key_separator: str_attr(vm, encoder, "key_separator")?,
        sort_keys: bool_attr(vm, encoder, "sort_keys")?,
        skipkeys: bool_attr(vm, encoder, "skipkeys")?,
        ensure_ascii: bool_attr(vm, encoder, "ensure_ascii")?,
        allow_nan: bool_attr(vm, encoder, "allow_nan")?,
        markers: if bool_attr(vm, encoder, "check_circular")? { Some(Vec::new()) } else { None },
        default: vm.get_attr_str(encoder, "default")?,
        depth_left: vm.recursion_limit().saturating_sub(vm.depth),
    };
    writer.value(vm, obj, 0)?;
    Ok(vm.new_str(writer.out))
}

/// `encode_basestring(s, ensure_ascii)`: s as a JSON string literal.
fn encode_string(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "encode_string", a, 2, 2)?;
    let Some(s) = ferropy_runtime::types::str::as_str(&a[0]) else {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    let mut out = String::with_capacity(s.len() + 2);
    let ensure_ascii = vm.truthy(&a[1])?;
    push_escaped(&mut out, s, ensure_ascii);
    Ok(vm.new_str(out))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("scan_once", scan_once),
        ("skip_whitespace", skip_whitespace),
        ("scanstring", scanstring),
        ("encode", encode),
        ("encode_string", encode_string),
    ];
    ferropy_runtime::types::module::new_native_module(vm, "_json", functions)
}
