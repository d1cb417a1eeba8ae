//! The text-like methods bytes and bytearray share with str, with ASCII
//! meaning: case changes, padding, partitioning, line splitting and
//! translation.

use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::types::bytes::{as_bytes_like, new_bytes, same_kind, this};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    as_bytes_like(v).ok_or_else(|| {
        let tn = vm.type_name(v);
        vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
    })
}

fn capitalize(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let out = data
        .iter()
        .enumerate()
        .map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
        .collect();
    Ok(same_kind(&a[0], out))
}

fn title(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let mut previous_cased = false;
    let mut out = Vec::with_capacity(data.len());
    for b in data {
        out.push(if previous_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() });
        previous_cased = b.is_ascii_alphabetic();
    }
    Ok(same_kind(&a[0], out))
}

fn swapcase(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let out = data
        .iter()
        .map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() })
        .collect();
    Ok(same_kind(&a[0], out))
}

fn islower(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    Ok(Value::bool(data.iter().any(u8::is_ascii_lowercase) && !data.iter().any(u8::is_ascii_uppercase)))
}

fn isupper(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    Ok(Value::bool(data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase)))
}

fn istitle(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let (mut cased, mut previous_cased) = (false, false);
    for b in data {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return Ok(Value::FALSE);
            }
            previous_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(Value::FALSE);
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

/// Width and fill byte for center/ljust/rjust.
fn pad_args(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<(Vec<u8>, usize, u8)> {
    let data = this(vm, a)?;
    args::check_positional(vm, name, &a[1..], 1, 2)?;
    let width = crate::protocol::number::index_i64(vm, &a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        None => b' ',
        Some(v) => match as_bytes_like(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {tn}")));
            }
        },
    };
    vm.check_alloc(width)?;
    Ok((data, width, fill))
}

fn pad(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    let (data, width, fill) = pad_args(vm, a, name)?;
    if width <= data.len() {
        return Ok(same_kind(&a[0], data));
    }
    let extra = width - data.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => extra,
        // As CPython: odd padding goes left when the width is odd.
        _ => extra / 2 + (extra & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width, fill);
    Ok(same_kind(&a[0], out))
}

fn center(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad(vm, a, "center")
}
fn ljust(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad(vm, a, "ljust")
}
fn rjust(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    pad(vm, a, "rjust")
}

fn zfill(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let width_value = args::exactly_one(vm, "zfill", &a[1..])?;
    let width = crate::protocol::number::index_i64(vm, &width_value)?.max(0) as usize;
    if width <= data.len() {
        return Ok(same_kind(&a[0], data));
    }
    let signed = matches!(data.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if signed {
        out.push(data[0]);
    }
    out.resize(out.len() + width - data.len(), b'0');
    out.extend_from_slice(&data[signed as usize..]);
    Ok(same_kind(&a[0], out))
}

fn expandtabs(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let parsed = args::parse(vm, "expandtabs", &a[1..], kwargs, &["tabsize"], 0)?;
    let tabsize = if parsed[0].is_undef() { 8 } else { crate::protocol::number::index_i64(vm, &parsed[0])? };
    let mut out = Vec::with_capacity(data.len());
    let mut column = 0i64;
    for b in data {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    out.resize(out.len() + n as usize, b' ');
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(same_kind(&a[0], out))
}

fn partition_impl(vm: &mut Vm, a: &[Value], from_right: bool) -> PyResult<Value> {
    let data = this(vm, a)?;
    let sep_value = args::exactly_one(vm, "partition", &a[1..])?;
    let sep = bytes_arg(vm, &sep_value)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if from_right {
        data.windows(sep.len()).rposition(|w| w == sep.as_slice())
    } else {
        data.windows(sep.len()).position(|w| w == sep.as_slice())
    };
    let parts = match found {
        Some(i) => vec![data[..i].to_vec(), sep.clone(), data[i + sep.len()..].to_vec()],
        None if from_right => vec![Vec::new(), Vec::new(), data],
        None => vec![data, Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| same_kind(&a[0], p)).collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, a, false)
}
fn rpartition(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

fn rsplit(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let parsed = args::parse(vm, "rsplit", &a[1..], kwargs, &["sep", "maxsplit"], 0)?;
    let maxsplit = if parsed[1].is_undef() { -1 } else { crate::protocol::number::index_i64(vm, &parsed[1])? };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match &parsed[0] {
        Value::Undef | Value::None => {
            let is_space = |b: u8| matches!(b, b' ' | b'\t'..=b'\r');
            let mut end = data.len();
            loop {
                while end > 0 && is_space(data[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if maxsplit >= 0 && parts.len() as i64 >= maxsplit {
                    let start = data[..end].iter().take_while(|b| is_space(**b)).count();
                    parts.push(data[start..end].to_vec());
                    break;
                }
                let mut start = end;
                while start > 0 && !is_space(data[start - 1]) {
                    start -= 1;
                }
                parts.push(data[start..end].to_vec());
                end = start;
            }
        }
        sep => {
            let sep = bytes_arg(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut end = data.len();
            while maxsplit < 0 || (parts.len() as i64) < maxsplit {
                match data[..end].windows(sep.len()).rposition(|w| w == sep.as_slice()) {
                    Some(i) => {
                        parts.push(data[i + sep.len()..end].to_vec());
                        end = i;
                    }
                    None => break,
                }
            }
            parts.push(data[..end].to_vec());
        }
    }
    parts.reverse();
    let items = parts.into_iter().map(|p| same_kind(&a[0], p)).collect();
    Ok(vm.new_list(items))
}

fn splitlines(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let parsed = args::parse(vm, "splitlines", &a[1..], kwargs, &["keepends"], 0)?;
    let keepends = !parsed[0].is_undef() && vm.truthy(&parsed[0])?;
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keepends { i + eol } else { i };
        lines.push(same_kind(&a[0], data[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < data.len() {
        lines.push(same_kind(&a[0], data[start..].to_vec()));
    }
    Ok(vm.new_list(lines))
}

fn removeprefix(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let prefix_value = args::exactly_one(vm, "removeprefix", &a[1..])?;
    let prefix = bytes_arg(vm, &prefix_value)?;
    let out = data.strip_prefix(prefix.as_slice()).map(<[u8]>::to_vec).unwrap_or(data);
    Ok(same_kind(&a[0], out))
}

fn removesuffix(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let suffix_value = args::exactly_one(vm, "removesuffix", &a[1..])?;
    let suffix = bytes_arg(vm, &suffix_value)?;
    let out = data.strip_suffix(suffix.as_slice()).map(<[u8]>::to_vec).unwrap_or(data);
    Ok(same_kind(&a[0], out))
}

fn translate(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let data = this(vm, a)?;
    let parsed = args::parse(vm, "translate", &a[1..], kwargs, &["table", "delete"], 1)?;
    let table = match &parsed[0] {
        Value::None => None,
        v => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = if parsed[1].is_undef() { Vec::new() } else { bytes_arg(vm, &parsed[1])? };
    let out =
        data.into_iter().filter(|b| !delete.contains(b)).map(|b| table.as_ref().map_or(b, |t| t[b as usize])).collect();
    Ok(same_kind(&a[0], out))
}

fn maketrans(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "maketrans", a, 2, 2)?;
    let from = bytes_arg(vm, &a[0])?;
    let to = bytes_arg(vm, &a[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

fn rmod(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(vm.not_implemented.clone()))
}

pub fn add_text_methods(vm: &mut Vm, t: &crate::object::Obj) {
    vm.add_method(t, "capitalize", capitalize);
    vm.add_method(t, "title", title);
    vm.add_method(t, "swapcase", swapcase);
    vm.add_method(t, "islower", islower);
    vm.add_method(t, "isupper", isupper);
    vm.add_method(t, "istitle", istitle);
    vm.add_method(t, "center", center);
    vm.add_method(t, "ljust", ljust);
    vm.add_method(t, "rjust", rjust);
    vm.add_method(t, "zfill", zfill);
    vm.add_method(t, "expandtabs", expandtabs);
    vm.add_method(t, "partition", partition);
    vm.add_method(t, "rpartition", rpartition);
    vm.add_method(t, "rsplit", rsplit);
    vm.add_method(t, "splitlines", splitlines);
    vm.add_method(t, "removeprefix", removeprefix);
    vm.add_method(t, "removesuffix", removesuffix);
    vm.add_method(t, "translate", translate);
    vm.add_staticmethod(t, "maketrans", maketrans);
    vm.add_method(t, "__rmod__", rmod);
}
