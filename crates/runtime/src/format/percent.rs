//! printf-style formatting: `"%5.2f" % x`, for str and bytes.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

struct Conversion {
    key: Option<String>,
    flags: String,
    width: Option<usize>,
    precision: Option<usize>,
    kind: char,
}

/// The arguments of a `%` format: a tuple, or a single value (which
/// `%(key)s` conversions look keys up in, when it is a mapping).
enum Args {
    Tuple(Vec<Value>, usize),
    Single(Option<Value>),
}

impl Args {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self {
            Args::Tuple(items, i) => {
                let v = items.get(*i).cloned();
                *i += 1;
                v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
            }
            Args::Single(v) => v.take().ok_or_else(|| vm.type_error("not enough arguments for format string")),
        }
    }
}

fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)) => false,
        Some(Payload::Dict(_)) => true,
        Some(_) => crate::types::type_::lookup(vm.class_of(v), &vm.names.__getitem__).is_some(),
        None => false,
    }
}

fn parse_conversions(vm: &mut Vm, fmt: &[char]) -> PyResult<Vec<Result<String, Conversion>>> {
    let mut out = Vec::new();
    let mut literal = String::new();
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != '%' {
            literal.push(fmt[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= fmt.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let mut key = None;
        if fmt[i] == '(' {
            let mut depth = 1;
            let k_start = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                if fmt[i] == '(' {
                    depth += 1;
                } else if fmt[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            key = Some(fmt[k_start..i - 1].iter().collect::<String>());
        }
        let mut flags = String::new();
        while i < fmt.len() && matches!(fmt[i], '-' | '+' | ' ' | '#' | '0') {
            flags.push(fmt[i]);
            i += 1;
        }
        let mut width = None;
        if i < fmt.len() && fmt[i] == '*' {
            width = Some(usize::MAX);
            i += 1;
        } else {
            let s = i;
            while i < fmt.len() && fmt[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                width = fmt[s..i].iter().collect::<String>().parse().ok();
            }
        }
        let mut precision = None;
        if i < fmt.len() && fmt[i] == '.' {
            i += 1;
            if i < fmt.len() && fmt[i] == '*' {
                precision = Some(usize::MAX);
                i += 1;
            } else {
                let s = i;
                while i < fmt.len() && fmt[i].is_ascii_digit() {
                    i += 1;
                }
                precision = Some(fmt[s..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < fmt.len() && matches!(fmt[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= fmt.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let kind = fmt[i];
        i += 1;
        if kind == '%' && key.is_none() && flags.is_empty() && width.is_none() && precision.is_none() {
            literal.push('%');
            continue;
        }
        if !matches!(
            kind,
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' | 'r' | 's' | 'a' | '%' | 'b'
        ) {
            return Err(vm.value_error(format!(
                "unsupported format character '{}' ({:#x}) at index {}",
                kind,
                kind as u32,
                i - 1
            )));
        }
        let _ = start;
        if !literal.is_empty() {
            out.push(Ok(std::mem::take(&mut literal)));
        }
        out.push(Err(Conversion { key, flags, width, precision, kind }));
    }
    if !literal.is_empty() {
        out.push(Ok(literal));
    }
    Ok(out)
}

fn pad(text: String, width: Option<usize>, left: bool, zero: bool) -> String {
    let width = width.unwrap_or(0);
    let len = text.chars().count();
    if len >= width {
        return text;
    }
    let n = width - len;
    if left {
        return format!("{text}{}", " ".repeat(n));
    }
    if zero {
        let (sign, rest) = match text.chars().next() {
            Some(c @ ('-' | '+' | ' ')) => (c.to_string(), text[1..].to_string()),
            _ => (String::new(), text.clone()),
        };
        let (prefix, digits) = if rest.starts_with("0x") || rest.starts_with("0X") || rest.starts_with("0o") {
            (rest[..2].to_string(), rest[2..].to_string())
        } else {
            (String::new(), rest)
        };
        return format!("{sign}{prefix}{}{digits}", "0".repeat(n));
    }
    format!("{}{text}", " ".repeat(n))
}

fn format_one(vm: &mut Vm, conv: &Conversion, value: &Value, for_bytes: bool) -> PyResult<String> {
    let flags = &conv.flags;
    let plus = flags.contains('+');
    let space = flags.contains(' ');
    let alt = flags.contains('#');
    let left = flags.contains('-');
    let zero = flags.contains('0') && !left;
    let sign = |negative: bool| {
        if negative {
            "-"
        } else if plus {
            "+"
        } else if space {
            " "
        } else {
            ""
        }
    };
    let body = match conv.kind {
        's' | 'r' | 'a' | 'b' => {
            let s = match conv.kind {
                's' if for_bytes => match crate::types::bytes::as_bytes_like(value) {
                    Some(b) => b.iter().map(|&c| c as char).collect(),
                    None => vm.str_string(value)?,
                },
                's' => vm.str_string(value)?,
                'b' => match crate::types::bytes::as_bytes_like(value) {
                    Some(b) => b.iter().map(|&c| c as char).collect(),
                    None => {
                        let tn = vm.type_name(value);
                        return Err(vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                        )));
                    }
                },
                'r' => vm.repr_string(value)?,
                _ => vm.ascii_string(value)?,
            };
            let s: String = match conv.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            };
            return Ok(pad(s, conv.width, left, false));
        }
        'c' => {
            let c = match value {
                v if crate::types::str::as_str(v).is_some_and(|s| s.chars().count() == 1) => {
                    crate::types::str::as_str(v).unwrap_or(" ").to_string()
                }
                v => match crate::types::int::as_int(v) {
                    Some(crate::types::int::IntVal::Small(n)) if (0..0x110000).contains(&n) => {
                        crate::unicode::char_for(vm, n as u32)?.to_string()
                    }
                    Some(_) => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    _ => return Err(vm.type_error("%c requires int or char")),
                },
            };
            return Ok(pad(c, conv.width, left, false));
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let int_value = if matches!(conv.kind, 'd' | 'i' | 'u') {
                if crate::types::int::as_int(value).is_some() || crate::types::float::as_float(value).is_some() {
                    crate::types::int::int_from_value(vm, value)?
                } else {
                    let int_name = vm.names.__int__.clone();
                    match crate::protocol::attr::call_special(vm, value, &int_name, &[])? {
                        Some(v) => v,
                        None => {
                            let tn = vm.type_name(value);
                            return Err(
                                vm.type_error(format!("%{} format: a real number is required, not {tn}", conv.kind))
                            );
                        }
                    }
                }
            } else {
                match crate::protocol::number::as_index_value(vm, value)? {
                    Some(v) => v,
                    None => {
                        let tn = vm.type_name(value);
                        return Err(vm.type_error(format!("%{} format: an integer is required, not {tn}", conv.kind)));
                    }
                }
            };
            let iv = crate::types::int::as_int(&int_value).unwrap_or(crate::types::int::IntVal::Small(0));
            let negative = iv.is_negative();
            let mag = iv.to_big();
            let mag = if negative { -mag } else { mag };
            let mut digits = match conv.kind {
                'o' => mag.to_str_radix(8),
                'x' => mag.to_str_radix(16),
                'X' => mag.to_str_radix(16).to_uppercase(),
                _ => mag.to_str_radix(10),
            };
            if let Some(p) = conv.precision {
                while digits.len() < p {
                    digits.insert(0, '0');
                }
            }
            let prefix = match (conv.kind, alt) {
                ('o', true) => "0o",
                ('x', true) => "0x",
                ('X', true) => "0X",
                _ => "",
            };
            format!("{}{prefix}{digits}", sign(negative))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match crate::types::float::as_float(value) {
                Some(f) => f,
                None => match crate::types::int::as_int(value) {
                    Some(i) => crate::types::int::to_f64(vm, &i)?,
                    None => {
                        let float_name = vm.names.__float__.clone();
                        match crate::protocol::attr::call_special(vm, value, &float_name, &[])? {
                            Some(v) => crate::types::float::as_float(&v).unwrap_or(0.0),
                            None => {
                                let tn = vm.type_name(value);
                                return Err(vm.type_error(format!("must be real number, not {tn}")));
                            }
                        }
                    }
                },
            };
            let mut spec = String::new();
            if alt {
                spec.push('#');
            }
            spec.push('.');
            spec.push_str(&conv.precision.unwrap_or(6).to_string());
            spec.push(conv.kind);
            let s = super::spec::format_float(vm, f.abs(), &spec, "float")?;
            let negative = f.is_sign_negative() && !f.is_nan();
            format!("{}{s}", sign(negative))
        }
        _ => return Ok("%".into()),
    };
    Ok(pad(body, conv.width, left, zero))
}

fn run(vm: &mut Vm, fmt: &str, arg: &Value, for_bytes: bool) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let parts = parse_conversions(vm, &chars)?;
    let uses_keys = parts.iter().any(|p| matches!(p, Err(c) if c.key.is_some()));
    if uses_keys && !is_mapping(vm, arg) {
        return Err(vm.type_error("format requires a mapping"));
    }
    let mut args = match arg.payload() {
        Some(Payload::Tuple(t)) if !uses_keys => Args::Tuple(t.to_vec(), 0),
        _ => Args::Single(Some(arg.clone())),
    };
    let mut out = String::new();
    for part in parts {
        match part {
            Ok(lit) => out.push_str(&lit),
            Err(mut conv) => {
                if conv.width == Some(usize::MAX) {
                    let w = args.next(vm)?;
                    let w = crate::protocol::number::as_index(vm, &w)?.ok_or_else(|| vm.type_error("* wants int"))?;
                    if w < 0 {
                        conv.flags.push('-');
                    }
                    conv.width = Some(w.unsigned_abs() as usize);
                }
                if conv.precision == Some(usize::MAX) {
                    let p = args.next(vm)?;
                    let p = crate::protocol::number::as_index(vm, &p)?.ok_or_else(|| vm.type_error("* wants int"))?;
                    // CPython reads a `*` precision as a C int.
                    if i32::try_from(p).is_err() {
                        return Err(vm.overflow_error("Python int too large to convert to C int"));
                    }
                    conv.precision = Some(p.max(0) as usize);
                }
                vm.check_alloc(conv.width.unwrap_or(0))?;
                let value = match (&conv.key, &mut args) {
                    // As in CPython, once a key was looked up the mapping
                    // no longer serves as a positional argument.
                    (Some(k), Args::Single(single)) => {
                        *single = None;
                        // bytes formats (read as Latin-1 text) look up bytes keys.
                        let key = if for_bytes {
                            crate::types::bytes::new_bytes(k.chars().map(|c| c as u32 as u8).collect())
                        } else {
                            vm.new_str(k.clone())
                        };
                        vm.get_item(arg, &key)?
                    }
                    _ if conv.kind == '%' => Value::None,
                    _ => args.next(vm)?,
                };
                if conv.kind == '%' {
                    out.push_str(&pad("%".into(), conv.width, conv.flags.contains('-'), false));
                    continue;
                }
                out.push_str(&format_one(vm, &conv, &value, for_bytes)?);
            }
        }
    }
    let leftover = match &args {
        Args::Tuple(items, i) => *i < items.len(),
        Args::Single(Some(_)) => !is_mapping(vm, arg),
        _ => false,
    };
    if leftover {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

pub fn format_str(vm: &mut Vm, fmt: &str, arg: &Value) -> PyResult<String> {
    run(vm, fmt, arg, false)
}

pub fn format_bytes(vm: &mut Vm, fmt: &[u8], arg: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = run(vm, &text, arg, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}
