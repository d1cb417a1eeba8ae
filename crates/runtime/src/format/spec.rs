//! The format specification mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.

use crate::types::int::IntVal;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub coerce_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Parses `spec`; `type_name` is the formatted object's type, for messages.
pub fn parse(vm: &mut Vm, spec: &str, type_name: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.coerce_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        let width = w.parse().ok().filter(|w| *w <= isize::MAX as usize);
        let width = width.ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?;
        // The padded result is at least this long.
        vm.check_alloc(width)?;
        s.width = Some(width);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        let p: String = chars[start..i].iter().collect();
        let precision = p.parse().ok().filter(|p| *p <= isize::MAX as usize);
        s.precision = Some(precision.ok_or_else(|| vm.value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(vm.value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
    }
    Ok(s)
}

/// Pads `body` (with `sign_prefix` kept in front for `=` alignment).
fn pad(spec: &Spec, sign_prefix: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() { '=' } else { default_align });
    let len = sign_prefix.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return format!("{sign_prefix}{body}");
    }
    let n = width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign_prefix}{body}{}", fills(n)),
        '^' => format!("{}{sign_prefix}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{sign_prefix}{}{body}", fills(n)),
        _ => format!("{}{sign_prefix}{body}", fills(n)),
    }
}

/// Inserts a separator every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

pub fn format_str(vm: &mut Vm, s: &str, spec: &str, type_name: &str) -> PyResult<String> {
    let sp = parse(vm, spec, type_name)?;
    match sp.ty {
        None | Some('s') => {}
        Some(c) => return Err(vm.value_error(format!("Unknown format code '{c}' for object of type '{type_name}'"))),
    }
    if sp.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if sp.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    if let Some(g) = sp.grouping {
        return Err(vm.value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(&sp, "", &body, '<'))
}

pub fn format_int(vm: &mut Vm, v: &IntVal, spec: &str, type_name: &str) -> PyResult<String> {
    let sp = parse(vm, spec, type_name)?;
    match sp.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = crate::types::int::to_f64(vm, v)?;
            return format_float_spec(vm, f, &sp, type_name);
        }
        Some('n') | None | Some('d' | 'b' | 'o' | 'x' | 'X' | 'c') => {}
        Some(c) => return Err(vm.value_error(format!("Unknown format code '{c}' for object of type '{type_name}'"))),
    }
    if sp.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if sp.ty == Some('c') {
        if sp.sign.is_some() {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        let IntVal::Small(n) = v else {
            return Err(vm.overflow_error("%c arg not in range(0x110000)"));
        };
        let Some(c) = u32::try_from(*n).ok().and_then(|n| crate::unicode::code_points::char_for(n).ok()) else {
            if (0x10F800..0x110000).contains(n) {
                return Err(vm.not_implemented_error(crate::unicode::code_points::reserved_message(*n as u32)));
            }
            return Err(vm.overflow_error("%c arg not in range(0x110000)"));
        };
        return Ok(pad(&sp, "", &c.to_string(), '<'));
    }
    let negative = v.is_negative();
    let magnitude = v.to_big();
    let magnitude = if negative { -magnitude } else { magnitude };
    let (radix, prefix, upper) = match sp.ty {
        Some('b') => (2, "0b", false),
        Some('o') => (8, "0o", false),
        Some('x') => (16, "0x", false),
        Some('X') => (16, "0X", true),
        _ => (10, "", false),
    };
    if radix == 10 {
        crate::types::int::check_str_digits(vm, (magnitude.bits() as f64 * std::f64::consts::LOG10_2) as usize, true)?;
    }
    let mut digits = magnitude.to_str_radix(radix);
    if upper {
        digits = digits.to_uppercase();
    }
    if let Some(g) = sp.grouping {
        if g == ',' && radix != 10 {
            return Err(vm.value_error(format!("Cannot specify ',' with '{}'.", sp.ty.unwrap_or('d'))));
        }
        digits = group(&digits, g, if radix == 10 { 3 } else { 4 });
    }
    let mut sign_prefix = sign_str(negative, sp.sign).to_string();
    if sp.alternate {
        sign_prefix.push_str(prefix);
    }
    // Zero padding with grouping also groups the padding, as CPython does.
    if let (Some(g), true, Some(width)) = (sp.grouping, sp.zero && sp.align.is_none() && sp.fill.is_none(), sp.width) {
        let every = if radix == 10 { 3 } else { 4 };
        let raw: String = digits.chars().filter(|c| *c != g).collect();
        let mut padded = raw.clone();
        loop {
            let grouped = group(&padded, g, every);
            if sign_prefix.len() + grouped.chars().count() >= width {
                return Ok(format!("{sign_prefix}{grouped}"));
            }
            padded.insert(0, '0');
        }
    }
    Ok(pad(&sp, &sign_prefix, &digits, '>'))
}

pub fn format_float(vm: &mut Vm, f: f64, spec: &str, type_name: &str) -> PyResult<String> {
    let sp = parse(vm, spec, type_name)?;
    format_float_spec(vm, f, &sp, type_name)
}

/// Digits with exponent notation in CPython's form (`1.5e+03`).
/// Digits past this many after the point are zeros for every f64 (its
/// exact decimal expansion is shorter), so they are appended, not asked of
/// Rust's formatter, which refuses precisions beyond u16::MAX.
const EXACT_DIGITS: usize = 1100;

/// `x` with `precision` digits after the point.
fn fixed(x: f64, precision: usize) -> String {
    let mut s = format!("{:.*}", precision.min(EXACT_DIGITS), x);
    if precision > EXACT_DIGITS && x.is_finite() {
        s.extend(std::iter::repeat_n('0', precision - EXACT_DIGITS));
    }
    s
}

/// `x` in Rust's exponent form with `precision` digits after the point.
fn scientific(x: f64, precision: usize) -> String {
    let s = format!("{:.*e}", precision.min(EXACT_DIGITS), x);
    if precision <= EXACT_DIGITS || !x.is_finite() {
        return s;
    }
    let at = s.find('e').unwrap_or(s.len());
    let zeros: String = std::iter::repeat_n('0', precision - EXACT_DIGITS).collect();
    format!("{}{zeros}{}", &s[..at], &s[at..])
}

fn exp_form(x: f64, precision: usize, upper: bool) -> String {
    let s = scientific(x, precision);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let sign = if e < 0 { '-' } else { '+' };
    let letter = if upper { 'E' } else { 'e' };
    format!("{mant}{letter}{sign}{:02}", e.abs())
}

/// The `g` presentation: `precision` significant digits, fixed or
/// exponent form by the exponent, trailing zeros removed unless `alt`.
/// `repr_like` is the no-type variant (switches to exponent form one
/// digit earlier and keeps at least one digit after the point).
fn general(x: f64, precision: usize, upper: bool, alt: bool, repr_like: bool) -> String {
    let p = precision.max(1);
    let exp: i32 = if x == 0.0 {
        0
    } else {
        let probe = scientific(x.abs(), p - 1);
        probe.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0)
    };
    let limit = if repr_like { p as i32 - 1 } else { p as i32 };
    let strip = |s: &mut String| {
        if s.contains('.') {
            while s.ends_with('0') {
                s.pop();
            }
            if s.ends_with('.') {
                s.pop();
            }
        }
    };
    if (-4..limit).contains(&exp) {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let mut s = fixed(x, decimals);
        if !alt {
            strip(&mut s);
        }
        if repr_like && !s.contains('.') {
            s.push_str(".0");
        }
        s
    } else {
        let s = exp_form(x, p - 1, upper);
        if alt {
            return s;
        }
        let at = s.find(['e', 'E']).unwrap_or(s.len());
        let (mant, e) = s.split_at(at);
        let mut m = mant.to_string();
        strip(&mut m);
        format!("{m}{e}")
    }
}

pub fn format_float_spec(vm: &mut Vm, f: f64, sp: &Spec, type_name: &str) -> PyResult<String> {
    let ty = sp.ty;
    if let Some(c) = ty {
        if !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(vm.value_error(format!("Unknown format code '{c}' for object of type '{type_name}'")));
        }
    }
    // CPython keeps a float's precision in a C int.
    if let Some(p) = sp.precision {
        if p > i32::MAX as usize {
            return Err(vm.value_error("precision too big"));
        }
        vm.check_alloc(p)?;
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let negative = f.is_sign_negative() && !f.is_nan();
    let x = f.abs();
    let mut body = if x.is_nan() || x.is_infinite() {
        let t = if x.is_nan() { "nan" } else { "inf" };
        let mut t = if upper { t.to_uppercase() } else { t.to_string() };
        if ty == Some('%') {
            t.push('%');
        }
        t
    } else {
        match ty {
            Some('f' | 'F') => {
                let mut s = fixed(x, sp.precision.unwrap_or(6));
                if sp.alternate && !s.contains('.') {
                    s.push('.');
                }
                s
            }
            Some('e' | 'E') => {
                let s = exp_form(x, sp.precision.unwrap_or(6), upper);
                if sp.alternate && sp.precision == Some(0) {
                    s.replacen(['e', 'E'], if upper { ".E" } else { ".e" }, 1)
                } else {
                    s
                }
            }
            Some('g' | 'G' | 'n') => general(x, sp.precision.unwrap_or(6), upper, sp.alternate, false),
            Some('%') => {
                let mut s = fixed(x * 100.0, sp.precision.unwrap_or(6));
                if sp.alternate && !s.contains('.') {
                    s.push('.');
                }
                s.push('%');
                s
            }
            _ => match sp.precision {
                None => super::float_repr::repr(x),
                Some(p) => general(x, p, upper, sp.alternate, true),
            },
        }
    };
    // `z`: a negative zero after rounding prints as zero.
    let mut negative = negative;
    if sp.coerce_zero && negative && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        negative = false;
    }
    if let Some(g) = sp.grouping {
        let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
        let (int_part, rest) = body.split_at(split);
        body = format!("{}{}", group(int_part, g, 3), rest);
    }
    let sign_prefix = sign_str(negative, sp.sign);
    Ok(pad(sp, sign_prefix, &body, '>'))
}

pub fn format_complex(vm: &mut Vm, re: f64, im: f64, spec: &str, type_name: &str) -> PyResult<String> {
    let sp = parse(vm, spec, type_name)?;
    if sp.zero {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let inner = Spec { width: None, fill: None, align: None, ..sp.clone() };
    // No type and no precision: each part as repr() writes it (`1j`,
    // `(3.5-1j)`); otherwise as a float with this spec.
    let part = |vm: &mut Vm, x: f64, spec: &Spec| -> PyResult<String> {
        if spec.ty.is_none() && spec.precision.is_none() {
            let sign = match spec.sign {
                Some('+') if !x.is_sign_negative() || x.is_nan() => "+",
                Some(' ') if !x.is_sign_negative() || x.is_nan() => " ",
                _ => "",
            };
            Ok(format!("{sign}{}", crate::types::complex::repr_component(x)))
        } else if spec.ty.is_none() {
            format_float_spec(vm, x, &Spec { ty: Some('g'), ..spec.clone() }, type_name)
        } else {
            format_float_spec(vm, x, spec, type_name)
        }
    };
    let body = if sp.ty.is_none() && re == 0.0 && re.is_sign_positive() {
        format!("{}j", part(vm, im, &inner)?)
    } else {
        let re_s = part(vm, re, &inner)?;
        let im_s = part(vm, im, &Spec { sign: Some('+'), ..inner })?;
        if sp.ty.is_none() {
            format!("({re_s}{im_s}j)")
        } else {
            format!("{re_s}{im_s}j")
        }
    };
    Ok(pad(&sp, "", &body, '>'))
}
