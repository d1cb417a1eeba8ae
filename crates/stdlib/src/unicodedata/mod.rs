//! The `unicodedata` module: the Unicode Character Database as CPython
//! 3.11 has it (Unicode 14.0.0), from tables generated out of CPython's
//! own module (tools/gen_unicodedata.py), and normalization.

mod normalize;
mod tables;

use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

use tables::*;

/// The property run holding a code point.
fn properties(c: char) -> (u8, u8, u8, u8, bool) {
    let cp = ferropy_runtime::unicode::code_points::ord(c);
    let i = PROPERTIES.partition_point(|&(first, ..)| first <= cp) - 1;
    let (_, _, cat, bidi, eaw, comb, mirrored) = PROPERTIES[i];
    (cat, bidi, eaw, comb, mirrored)
}

pub(crate) fn combining(c: char) -> u8 {
    properties(c).3
}

/// The one character a function takes (CPython's wording of the error).
fn one_char(vm: &mut Vm, func: &str, v: &Value) -> PyResult<char> {
    match ferropy_runtime::types::str::as_str(v) {
        Some(s) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(vm.type_error(format!("{func}() argument must be a unicode character, not str"))),
            }
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{func}() argument must be a unicode character, not {tn}")))
        }
    }
}

fn char_arg(vm: &mut Vm, func: &str, a: &[Value], max: usize) -> PyResult<char> {
    args::check_positional(vm, func, a, 1, max)?;
    one_char(vm, func, &a[0])
}

fn category(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "category", a, 1)?;
    Ok(vm.new_str(CATEGORIES[properties(c).0 as usize]))
}

fn bidirectional(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "bidirectional", a, 1)?;
    Ok(vm.new_str(BIDIRECTIONAL[properties(c).1 as usize]))
}

fn east_asian_width(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "east_asian_width", a, 1)?;
    Ok(vm.new_str(EAST_ASIAN_WIDTH[properties(c).2 as usize]))
}

fn combining_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "combining", a, 1)?;
    Ok(Value::Int(combining(c) as i64))
}

fn mirrored(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "mirrored", a, 1)?;
    Ok(Value::Int(properties(c).4 as i64))
}

fn decomposition(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "decomposition", a, 1)?;
    let d = DECOMPOSITIONS.binary_search_by_key(&(c as u32), |&(cp, _)| cp).map_or("", |i| DECOMPOSITIONS[i].1);
    Ok(vm.new_str(d))
}

/// decimal/digit/numeric: the value, the default, or ValueError.
fn value_or_default(vm: &mut Vm, a: &[Value], found: Option<Value>, msg: &str) -> PyResult<Value> {
    match found {
        Some(v) => Ok(v),
        None if a.len() > 1 => Ok(a[1].clone()),
        None => Err(vm.value_error(msg)),
    }
}

fn decimal(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "decimal", a, 2)?;
    let found =
        DECIMALS.binary_search_by_key(&(c as u32), |&(cp, _)| cp).ok().map(|i| Value::Int(DECIMALS[i].1 as i64));
    value_or_default(vm, a, found, "not a decimal")
}

fn digit(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "digit", a, 2)?;
    let found = DIGITS.binary_search_by_key(&(c as u32), |&(cp, _)| cp).ok().map(|i| Value::Int(DIGITS[i].1 as i64));
    value_or_default(vm, a, found, "not a digit")
}

fn numeric(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "numeric", a, 2)?;
    let found = NUMERICS.binary_search_by_key(&(c as u32), |&(cp, _)| cp).ok().map(|i| Value::float(NUMERICS[i].1));
    value_or_default(vm, a, found, "not a numeric character")
}

// Hangul syllable names are built from the jamo's short names (Unicode
// chapter 3.12).
const JAMO_L: [&str; 19] =
    ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU",
    "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
    "SS", "NG", "J", "C", "K", "T", "P", "H",
];

fn name_of(c: char) -> Option<String> {
    let cp = ferropy_runtime::unicode::code_points::ord(c);
    if (0xAC00..0xAC00 + 11172).contains(&cp) {
        let s = (cp - 0xAC00) as usize;
        return Some(format!("HANGUL SYLLABLE {}{}{}", JAMO_L[s / 588], JAMO_V[(s % 588) / 28], JAMO_T[s % 28]));
    }
    if let Some(&(_, _, prefix)) = ALGORITHMIC_NAMES.iter().find(|&&(a, b, _)| (a..=b).contains(&cp)) {
        return Some(format!("{prefix}{cp:04X}"));
    }
    let i = NAMED.binary_search(&cp).ok()?;
    stored_names().get(i).map(|n| n.to_string())
}

/// The stored names, split once (NAMED[i]'s name is the i-th).
fn stored_names() -> &'static [&'static str] {
    static SPLIT: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    SPLIT.get_or_init(|| NAMES.lines().collect())
}

fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(rest) = upper.strip_prefix("HANGUL SYLLABLE ") {
        for s in 0..11172usize {
            let n = format!("{}{}{}", JAMO_L[s / 588], JAMO_V[(s % 588) / 28], JAMO_T[s % 28]);
            if n == rest {
                return char::from_u32(0xAC00 + s as u32);
            }
        }
        return None;
    }
    for &(a, b, prefix) in ALGORITHMIC_NAMES {
        if let Some(hex) = upper.strip_prefix(prefix) {
            if let Ok(cp) = u32::from_str_radix(hex, 16) {
                if (a..=b).contains(&cp) && hex.len() >= 4 {
                    return char::from_u32(cp);
                }
            }
        }
    }
    stored_names().iter().position(|n| *n == upper).and_then(|i| char::from_u32(NAMED[i]))
}

fn name(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let c = char_arg(vm, "name", a, 2)?;
    match name_of(c) {
        Some(n) => Ok(vm.new_str(n)),
        None if a.len() > 1 => Ok(a[1].clone()),
        None => Err(vm.value_error("no such name")),
    }
}

fn lookup(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "lookup", a, 1, 1)?;
    let n = match ferropy_runtime::types::str::as_str(&a[0]) {
        Some(s) => s.to_string(),
        None => match ferropy_runtime::types::bytes::as_bytes_like(&a[0]) {
            Some(b) => String::from_utf8_lossy(&b).to_string(),
            None => {
                let tn = vm.type_name(&a[0]);
                return Err(vm.type_error(format!("lookup() argument must be str, not {tn}")));
            }
        },
    };
    match lookup_name(&n) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => {
            let ty = vm.exc.key_error.clone();
            let msg = vm.new_str(format!("undefined character name '{n}'"));
            Err(vm.new_exception(&ty, vec![msg]))
        }
    }
}

fn form_and_text(vm: &mut Vm, func: &str, a: &[Value]) -> PyResult<(normalize::Form, String)> {
    args::check_positional(vm, func, a, 2, 2)?;
    let Some(form) = ferropy_runtime::types::str::as_str(&a[0]).map(str::to_string) else {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("{func}() argument 1 must be str, not {tn}")));
    };
    let Some(text) = ferropy_runtime::types::str::as_str(&a[1]).map(str::to_string) else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("{func}() argument 2 must be str, not {tn}")));
    };
    let form = match form.as_str() {
        "NFC" => normalize::Form::Nfc,
        "NFD" => normalize::Form::Nfd,
        "NFKC" => normalize::Form::Nfkc,
        "NFKD" => normalize::Form::Nfkd,
        _ => return Err(vm.value_error("invalid normalization form")),
    };
    Ok((form, text))
}

fn normalize_fn(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, "normalize", a)?;
    if text.is_ascii() {
        return Ok(a[1].clone());
    }
    let result = normalize::normalize(form, &text);
    if result == text {
        return Ok(a[1].clone());
    }
    Ok(vm.new_str(result))
}

fn is_normalized(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (form, text) = form_and_text(vm, "is_normalized", a)?;
    Ok(Value::bool(text.is_ascii() || normalize::normalize(form, &text) == text))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("category", category),
        ("bidirectional", bidirectional),
        ("east_asian_width", east_asian_width),
        ("combining", combining_fn),
        ("mirrored", mirrored),
        ("decomposition", decomposition),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("name", name),
        ("lookup", lookup),
        ("normalize", normalize_fn),
        ("is_normalized", is_normalized),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "unicodedata", functions)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let version = vm.new_str(UNIDATA_VERSION);
    vm.dict_set_str(&dict, "unidata_version", version)?;
    Ok(module)
}
