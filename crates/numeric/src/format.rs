//! numpy 1.26's printing of arrays and their elements: `repr` and `str`
//! text, element formats chosen from all the elements (common widths,
//! positional or scientific floats with the shortest unique digits up to
//! `precision`), `...` summaries and line wrapping.

use crate::array::NdArray;
use crate::dtype::{DType, Kind};
use crate::element::Scalar;

/// `np.set_printoptions`' settings.
#[derive(Clone, Debug, PartialEq)]
pub struct PrintOptions {
    pub precision: usize,
    pub threshold: usize,
    pub edgeitems: usize,
    pub linewidth: usize,
    pub suppress: bool,
    pub nanstr: String,
    pub infstr: String,
    /// '-', '+' or ' '.
    pub sign: char,
    /// "maxprec", "fixed", "unique" or "maxprec_equal".
    pub floatmode: String,
}

impl Default for PrintOptions {
    fn default() -> Self {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
            nanstr: "nan".into(),
            infstr: "inf".into(),
            sign: '-',
            floatmode: "maxprec".into(),
        }
    }
}

/// Decimal digits of a finite float's magnitude: 0.DIGITS x 10^point.
#[derive(Clone, Debug)]
struct Digits {
    digits: Vec<u8>,
    point: i32,
}

/// Parses Rust's `{:e}` text ("-1.2345e-7") into digits.
fn parse_exponential(text: &str) -> Digits {
    let body = text.trim_start_matches('-');
    let (mantissa, exponent) = body.split_once('e').unwrap_or((body, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits == [b'0'] {
        return Digits { digits: Vec::new(), point: 1 };
    }
    Digits { digits, point: exponent + 1 }
}

/// Parses Rust's `{:.N}` text ("-12.3400") into digits.
fn parse_fixed(text: &str) -> Digits {
    let body = text.trim_start_matches('-');
    let (int_part, frac_part) = body.split_once('.').unwrap_or((body, ""));
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let mut point = int_part.len() as i32;
    while digits.first() == Some(&b'0') {
        digits.remove(0);
        point -= 1;
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        point = 1;
    }
    Digits { digits, point }
}

/// The shortest digits that read back as `x` (in its own precision).
fn shortest(x: f64, single: bool) -> Digits {
    if single {
        parse_exponential(&format!("{:e}", x as f32))
    } else {
        parse_exponential(&format!("{x:e}"))
    }
}

/// How a float is written: numpy's `dragon4_positional` and
/// `dragon4_scientific` options.
#[derive(Clone, Copy, Debug)]
pub struct FloatStyle {
    pub precision: Option<usize>,
    pub unique: bool,
    /// '.', 'k', '0' or '-' (numpy's `trim`).
    pub trim: char,
    pub sign: bool,
    pub pad_left: usize,
    pub pad_right: usize,
    pub min_digits: usize,
    pub exp_digits: usize,
}

impl Default for FloatStyle {
    fn default() -> Self {
        FloatStyle {
            precision: None,
            unique: true,
            trim: '.',
            sign: false,
            pad_left: 0,
            pad_right: 0,
            min_digits: 0,
            exp_digits: 2,
        }
    }
}

fn fraction_digits(d: &Digits) -> usize {
    (d.digits.len() as i32 - d.point).max(0) as usize
}

/// Zeros after the last digit up to the digits the style asks for.
fn pad_fraction(frac: &mut String, style: &FloatStyle) {
    let wanted = if style.unique { style.min_digits } else { style.precision.unwrap_or(0).max(style.min_digits) };
    while frac.len() < wanted {
        frac.push('0');
    }
}

/// The sign and integer part, spaces before them up to `pad_left`.
fn signed_and_padded(negative: bool, int_part: &str, style: &FloatStyle) -> String {
    let sign = if negative {
        "-"
    } else if style.sign {
        "+"
    } else {
        ""
    };
    format!("{:>width$}", format!("{sign}{int_part}"), width = style.pad_left)
}

/// `np.format_float_positional`.
pub fn format_positional(x: f64, single: bool, style: FloatStyle) -> String {
    let d = match (style.unique, style.precision) {
        (true, None) => shortest(x, single),
        (true, Some(p)) => {
            let d = shortest(x, single);
            if fraction_digits(&d) > p {
                parse_fixed(&format!("{x:.p$}"))
            } else {
                d
            }
        }
        (false, p) => parse_fixed(&format!("{:.*}", p.unwrap_or(0), x)),
    };
    let negative = x.is_sign_negative();
    let mut int_part = String::new();
    if d.point <= 0 || d.digits.is_empty() {
        int_part.push('0');
    } else {
        for i in 0..d.point as usize {
            int_part.push(*d.digits.get(i).unwrap_or(&b'0') as char);
        }
    }
    let mut frac = String::new();
    if !d.digits.is_empty() {
        for _ in d.point..0 {
            frac.push('0');
        }
        let start = d.point.max(0) as usize;
        for &c in d.digits.iter().skip(start) {
            frac.push(c as char);
        }
    }
    pad_fraction(&mut frac, &style);
    let mut text = signed_and_padded(negative, &int_part, &style);
    let frac_text = if frac.is_empty() {
        match style.trim {
            '-' => String::new(),
            '0' => ".0".to_string(),
            _ => ".".to_string(),
        }
    } else {
        format!(".{frac}")
    };
    text.push_str(&frac_text);
    let frac_len = frac_text.len().saturating_sub(1);
    for _ in frac_len..style.pad_right {
        text.push(' ');
    }
    text
}

/// `np.format_float_scientific`.
pub fn format_scientific(x: f64, single: bool, style: FloatStyle) -> String {
    let d = match (style.unique, style.precision) {
        (true, None) => shortest(x, single),
        (true, Some(p)) => {
            let d = shortest(x, single);
            if d.digits.len() > p + 1 {
                parse_exponential(&format!("{x:.p$e}"))
            } else {
                d
            }
        }
        (false, p) => parse_exponential(&format!("{:.*e}", p.unwrap_or(0), x)),
    };
    let negative = x.is_sign_negative();
    let (first, rest, exponent) = if d.digits.is_empty() {
        ('0', String::new(), 0)
    } else {
        (d.digits[0] as char, d.digits[1..].iter().map(|&c| c as char).collect::<String>(), d.point - 1)
    };
    let mut frac = rest;
    pad_fraction(&mut frac, &style);
    let mut text = signed_and_padded(negative, &first.to_string(), &style);
    if frac.is_empty() {
        match style.trim {
            '-' => {}
            '0' => text.push_str(".0"),
            _ => text.push('.'),
        }
    } else {
        text.push('.');
        text.push_str(&frac);
    }
    let exp_sign = if exponent < 0 { '-' } else { '+' };
    let digits = exponent.unsigned_abs().to_string();
    text.push('e');
    text.push(exp_sign);
    for _ in digits.len()..style.exp_digits.max(1) {
        text.push('0');
    }
    text.push_str(&digits);
    text
}

/// The repr of a numpy float scalar (`repr(np.float32(0.1))`): Python's
/// float repr rules, with the shortest digits of the scalar's own type.
pub fn scalar_float_repr(x: f64, single: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf".into() } else { "inf".into() };
    }
    let magnitude = x.abs();
    if x == 0.0 || (1e-4..1e16).contains(&magnitude) {
        format_positional(x, single, FloatStyle { trim: '0', ..FloatStyle::default() })
    } else {
        format_scientific(x, single, FloatStyle { trim: '-', ..FloatStyle::default() })
    }
}

/// The format of the floats of one array (numpy's FloatingFormat).
#[derive(Clone, Debug)]
struct FloatFormat {
    single: bool,
    exp_format: bool,
    style: FloatStyle,
    nanstr: String,
    infstr: String,
}

impl FloatFormat {
    fn new(values: &[f64], single: bool, options: &PrintOptions, sign: char) -> FloatFormat {
        let finite: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
        let non_zero: Vec<f64> = finite.iter().filter(|&&x| x != 0.0).map(|x| x.abs()).collect();
        let mut exp_format = false;
        if !non_zero.is_empty() {
            let max = non_zero.iter().copied().fold(f64::MIN, f64::max);
            let min = non_zero.iter().copied().fold(f64::MAX, f64::min);
            if max >= 1e8 || (!options.suppress && (min < 0.0001 || max / min > 1000.0)) {
                exp_format = true;
            }
        }
        let fixed = options.floatmode == "fixed";
        let unique_mode = options.floatmode == "unique";
        let precision = if unique_mode { None } else { Some(options.precision) };
        let mut style = FloatStyle { precision, sign: sign == '+', ..FloatStyle::default() };
        if finite.is_empty() {
            style.pad_left = 0;
            style.pad_right = 0;
        } else if exp_format {
            let (trim, unique) = if fixed { ('k', false) } else { ('.', true) };
            let first = FloatStyle { precision, unique, trim, sign: sign == '+', ..FloatStyle::default() };
            let texts: Vec<String> = finite.iter().map(|&x| format_scientific(x, single, first)).collect();
            let mut int_len = 0;
            let mut frac_len = 0;
            let mut exp_len = 0;
            for t in &texts {
                let (mantissa, exp) = t.split_once('e').unwrap_or((t, ""));
                let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
                int_len = int_len.max(int_part.len());
                frac_len = frac_len.max(frac_part.len());
                exp_len = exp_len.max(exp.len());
            }
            style.exp_digits = exp_len.saturating_sub(1);
            style.trim = 'k';
            style.precision = Some(frac_len);
            style.min_digits = frac_len;
            style.unique = unique;
            style.pad_left = int_len;
            style.pad_right = style.exp_digits + 2 + frac_len;
        } else {
            let (trim, unique) = if fixed { ('k', false) } else { ('.', true) };
            let first = FloatStyle { precision, unique, trim, sign: sign == '+', ..FloatStyle::default() };
            let texts: Vec<String> = finite.iter().map(|&x| format_positional(x, single, first)).collect();
            let mut int_len = 0;
            let mut frac_len = 0;
            for t in &texts {
                let (int_part, frac_part) = t.split_once('.').unwrap_or((t, ""));
                int_len = int_len.max(int_part.len());
                frac_len = frac_len.max(frac_part.len());
            }
            style.pad_left = int_len;
            style.pad_right = frac_len;
            style.unique = unique;
            if fixed || options.floatmode == "maxprec_equal" {
                style.precision = Some(frac_len);
                style.min_digits = frac_len;
                style.trim = 'k';
            } else {
                style.trim = '.';
                style.min_digits = 0;
            }
        }
        if sign == ' ' && !finite.iter().any(|x| x.is_sign_negative()) {
            style.pad_left += 1;
        }
        if finite.len() != values.len() {
            let neg_inf = sign != '-' || values.iter().any(|&x| x.is_infinite() && x < 0.0);
            let offset = style.pad_right + 1;
            let nan_len = options.nanstr.len();
            let inf_len = options.infstr.len() + neg_inf as usize;
            style.pad_left = style.pad_left.max(nan_len.saturating_sub(offset)).max(inf_len.saturating_sub(offset));
        }
        FloatFormat { single, exp_format, style, nanstr: options.nanstr.clone(), infstr: options.infstr.clone() }
    }

    fn format(&self, x: f64) -> String {
        if !x.is_finite() {
            let text = if x.is_nan() {
                format!("{}{}", if self.style.sign { "+" } else { "" }, self.nanstr)
            } else {
                let sign = if x < 0.0 {
                    "-"
                } else if self.style.sign {
                    "+"
                } else {
                    ""
                };
                format!("{sign}{}", self.infstr)
            };
            let width = self.style.pad_left + self.style.pad_right + 1;
            return format!("{text:>width$}");
        }
        if self.exp_format {
            format_scientific(x, self.single, self.style)
        } else {
            format_positional(x, self.single, self.style)
        }
    }
}

/// How each element of one array is written.
enum ElementFormat {
    Bool { in_array: bool },
    Int { width: usize },
    Float(FloatFormat),
    Complex { real: FloatFormat, imag: FloatFormat },
}

impl ElementFormat {
    fn new(dtype: DType, values: &[Scalar], options: &PrintOptions, zero_d: bool) -> ElementFormat {
        match dtype.kind() {
            Kind::Bool => ElementFormat::Bool { in_array: !zero_d },
            Kind::Int | Kind::UInt => {
                let width = values.iter().map(|v| int_text(*v).len()).max().unwrap_or(0);
                ElementFormat::Int { width }
            }
            Kind::Float => {
                let xs: Vec<f64> = values.iter().map(|v| v.as_f64()).collect();
                ElementFormat::Float(FloatFormat::new(&xs, dtype == DType::Float32, options, options.sign))
            }
            Kind::Complex => {
                let single = dtype == DType::Complex64;
                let re: Vec<f64> = values.iter().map(|v| v.as_complex().re).collect();
                let im: Vec<f64> = values.iter().map(|v| v.as_complex().im).collect();
                ElementFormat::Complex {
                    real: FloatFormat::new(&re, single, options, options.sign),
                    imag: FloatFormat::new(&im, single, options, '+'),
                }
            }
        }
    }

    fn format(&self, v: Scalar) -> String {
        match self {
            ElementFormat::Bool { in_array } => match (v.is_true(), in_array) {
                (true, true) => " True".into(),
                (true, false) => "True".into(),
                (false, _) => "False".into(),
            },
            ElementFormat::Int { width } => format!("{:>width$}", int_text(v)),
            ElementFormat::Float(f) => f.format(v.as_f64()),
            ElementFormat::Complex { real, imag } => {
                let c = v.as_complex();
                let r = real.format(c.re);
                let i = imag.format(c.im);
                let end = i.trim_end().len();
                format!("{r}{}j{}", &i[..end], &i[end..])
            }
        }
    }
}

fn int_text(v: Scalar) -> String {
    match v {
        Scalar::Int(i) => i.to_string(),
        Scalar::UInt(u) => u.to_string(),
        Scalar::Bool(b) => (b as u8).to_string(),
        other => other.as_f64().to_string(),
    }
}

/// The elements a summarised array shows: `edge` from each end of every
/// axis longer than 2*edge.
fn shown_values(a: &NdArray, summarise: bool, edge: usize) -> Vec<Scalar> {
    if !summarise {
        return a.scalars();
    }
    let mut parts = vec![a.clone()];
    for axis in 0..a.ndim() {
        let n = a.shape[axis];
        if n > 2 * edge {
            let mut next = Vec::new();
            for part in &parts {
                for start in [0, n - edge] {
                    let mut shape = part.shape.clone();
                    shape[axis] = edge;
                    let offset = (part.offset as isize + start as isize * part.strides[axis]) as usize;
                    next.push(part.view(shape, part.strides.clone(), offset));
                }
            }
            parts = next;
        }
    }
    parts.iter().flat_map(NdArray::scalars).collect()
}

/// numpy's `_formatArray`: the text of `a` with each element written by
/// `format`, rows wrapped to `linewidth`, and `...` in place of the
/// middle of long axes when `summarise`.
fn format_array(
    a: &NdArray,
    format: &dyn Fn(Scalar) -> String,
    linewidth: usize,
    next_line_prefix: &str,
    separator: &str,
    edge: usize,
    summarise: bool,
) -> String {
    fn extend_line(s: &mut String, line: &mut String, word: &str, width: usize, prefix: &str) {
        let needs_wrap = line.len() + word.len() > width && line.len() > prefix.len();
        if needs_wrap {
            s.push_str(line.trim_end());
            s.push('\n');
            *line = prefix.to_string();
        }
        line.push_str(word);
    }

    #[allow(clippy::too_many_arguments)]
    fn recurse(
        a: &NdArray,
        index: &mut Vec<usize>,
        hanging: &str,
        width: usize,
        format: &dyn Fn(Scalar) -> String,
        separator: &str,
        edge: usize,
        summarise: bool,
    ) -> String {
        let axis = index.len();
        let left = a.ndim() - axis;
        if left == 0 {
            return format(a.get(index));
        }
        let next_hanging = format!("{hanging} ");
        let next_width = width - 1;
        let n = a.shape[axis];
        let show_summary = summarise && 2 * edge < n;
        let (leading, trailing) = if show_summary { (edge, edge) } else { (0, n) };
        let mut s = String::new();
        if left == 1 {
            let elem_width = width - separator.trim_end().len().max(1);
            let mut line = hanging.to_string();
            for i in 0..leading {
                index.push(i);
                let word = recurse(a, index, &next_hanging, next_width, format, separator, edge, summarise);
                index.pop();
                extend_line(&mut s, &mut line, &word, elem_width, hanging);
                line.push_str(separator);
            }
            if show_summary {
                extend_line(&mut s, &mut line, "...", elem_width, hanging);
                line.push_str(separator);
            }
            for i in (2..=trailing).rev() {
                index.push(n - i);
                let word = recurse(a, index, &next_hanging, next_width, format, separator, edge, summarise);
                index.pop();
                extend_line(&mut s, &mut line, &word, elem_width, hanging);
                line.push_str(separator);
            }
            index.push(n - 1);
            let word = recurse(a, index, &next_hanging, next_width, format, separator, edge, summarise);
            index.pop();
            extend_line(&mut s, &mut line, &word, elem_width, hanging);
            s.push_str(&line);
        } else {
            let line_sep = format!("{}{}", separator.trim_end(), "\n".repeat(left - 1));
            for i in 0..leading {
                index.push(i);
                let nested = recurse(a, index, &next_hanging, next_width, format, separator, edge, summarise);
                index.pop();
                s.push_str(hanging);
                s.push_str(&nested);
                s.push_str(&line_sep);
            }
            if show_summary {
                s.push_str(hanging);
                s.push_str("...");
                s.push_str(&line_sep);
            }
            for i in (2..=trailing).rev() {
                index.push(n - i);
                let nested = recurse(a, index, &next_hanging, next_width, format, separator, edge, summarise);
                index.pop();
                s.push_str(hanging);
                s.push_str(&nested);
                s.push_str(&line_sep);
            }
            index.push(n - 1);
            let nested = recurse(a, index, &next_hanging, next_width, format, separator, edge, summarise);
            index.pop();
            s.push_str(hanging);
            s.push_str(&nested);
        }
        format!("[{}]", &s[hanging.len()..])
    }

    recurse(a, &mut Vec::new(), next_line_prefix, linewidth, format, separator, edge, summarise)
}

/// `np.array2string(a, separator=..., prefix=..., suffix=...)`.
pub fn array2string(a: &NdArray, options: &PrintOptions, separator: &str, prefix: &str, suffix: &str) -> String {
    if a.size() == 0 {
        return "[]".into();
    }
    let summarise = a.size() > options.threshold;
    let values = shown_values(a, summarise, options.edgeitems);
    let element = ElementFormat::new(a.dtype(), &values, options, a.ndim() == 0);
    let format = |v: Scalar| element.format(v);
    let next_line_prefix = format!(" {}", " ".repeat(prefix.len()));
    let width = options.linewidth.saturating_sub(suffix.len());
    format_array(a, &format, width, &next_line_prefix, separator, options.edgeitems, summarise)
}

/// Whether `repr` leaves the dtype out (numpy's `dtype_is_implied`).
fn dtype_is_implied(dtype: DType) -> bool {
    matches!(dtype, DType::Float64 | DType::Int64 | DType::Bool | DType::Complex128)
}

/// `repr(a)` for an ndarray: `array([...], dtype=...)`.
pub fn array_repr(a: &NdArray, options: &PrintOptions) -> String {
    let class_name = "array";
    let skip_dtype = dtype_is_implied(a.dtype()) && a.size() > 0;
    let prefix = format!("{class_name}(");
    let suffix = if skip_dtype { ")" } else { "," };
    let list = if a.size() > 0 || a.shape == [0] {
        array2string(a, options, ", ", &prefix, suffix)
    } else {
        format!("[], shape={}", crate::error::shape_repr(&a.shape))
    };
    let text = format!("{prefix}{list}{suffix}");
    if skip_dtype {
        return text;
    }
    let dtype_text = format!("dtype={})", a.dtype().name());
    let last_line = text.len() - text.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if last_line + dtype_text.len() + 1 > options.linewidth {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".to_string()
    };
    format!("{text}{spacer}{dtype_text}")
}

/// `str(a)` for an ndarray of one or more dimensions.
pub fn array_str(a: &NdArray, options: &PrintOptions) -> String {
    array2string(a, options, " ", "", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn floats(values: &[f64]) -> NdArray {
        NdArray::from_vec(values.to_vec(), vec![values.len()])
    }

    #[test]
    fn arrays_print_as_numpy() {
        let o = PrintOptions::default();
        // Each expectation is numpy 1.26's repr of the same array.
        assert_eq!(array_repr(&floats(&[1e-5, 1.5]), &o), "array([1.0e-05, 1.5e+00])");
        assert_eq!(array_repr(&floats(&[0.0, 1e10]), &o), "array([0.e+00, 1.e+10])");
        assert_eq!(array_repr(&floats(&[1.5, f64::NAN, f64::NEG_INFINITY]), &o), "array([ 1.5,  nan, -inf])");
        assert_eq!(array_repr(&floats(&[-0.0, 1.0]), &o), "array([-0.,  1.])");
        assert_eq!(array_str(&floats(&[f64::INFINITY, 1e-10]), &o), "[   inf 1.e-10]");
        let ints = NdArray::from_vec((0..2000i64).collect(), vec![2000]);
        assert_eq!(array_repr(&ints, &o), "array([   0,    1,    2, ..., 1997, 1998, 1999])");
        let m = NdArray::from_vec(vec![1.5, 2.0, 3.0, 4.0], vec![2, 2]);
        assert_eq!(array_repr(&m, &o), "array([[1.5, 2. ],\n       [3. , 4. ]])");
        assert_eq!(scalar_float_repr(1.0 / 3.0, true), "0.33333334");
        assert_eq!(scalar_float_repr(1e16, false), "1e+16");
        assert_eq!(scalar_float_repr(1e-5, true), "1e-05");
    }
}
