//! Character properties and case mappings exactly as CPython 3.11 has them
//! (Unicode 14.0). `tables.rs` is generated from the oracle's `unicodedata`
//! by `tools/gen_unicode_tables.py`; regenerate it rather than editing it.
//!
//! Rust's `char` methods follow a newer Unicode and define some properties
//! differently (`is_alphabetic` is not `str.isalpha`), so str methods use
//! these functions instead. ASCII is answered without a table lookup.

mod tables;

pub use ferropy_syntax::code_points;

use crate::vm::{PyResult, Vm};

/// The char for a Python code point, or `chr`'s exceptions: ValueError
/// beyond U+10FFFF, NotImplementedError for the reserved plane-13 code
/// points (see `code_points`).
pub fn char_for(vm: &mut Vm, n: u32) -> PyResult<char> {
    match code_points::char_for(n) {
        Ok(c) => Ok(c),
        Err(code_points::NoChar::OutOfRange) => Err(vm.value_error("chr() arg not in range(0x110000)")),
        Err(code_points::NoChar::Reserved) => Err(vm.not_implemented_error(code_points::reserved_message(n))),
    }
}

/// A code point as Python escapes it: `\xNN`, `\uNNNN` or `\UNNNNNNNN`
/// (repr, ascii, backslashreplace, encode errors).
pub fn escape_code_point(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Refuses text from outside (decoded bytes, OS strings) that holds a real
/// character of the reserved range.
pub fn check_outside_text(vm: &mut Vm, text: &str) -> PyResult<()> {
    match code_points::first_reserved(text.as_bytes()) {
        None => Ok(()),
        Some(at) => {
            let c = text[at..].chars().next().unwrap_or('\0');
            Err(vm.not_implemented_error(code_points::reserved_message(c as u32)))
        }
    }
}

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = code_points::ord(c);
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn mapping(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table.binary_search_by_key(&code_points::ord(c), |&(cp, _)| cp).ok().map(|i| table[i].1)
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::ALPHA, c)
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::DIGIT, c)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::NUMERIC, c)
}

pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// `str.isspace` for one character (also what `split()` and `strip()` use).
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f');
    }
    in_ranges(tables::SPACE, c)
}

pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(tables::PRINTABLE, c)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(tables::LOWER, c)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(tables::UPPER, c)
}

pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(tables::TITLE, c)
}

pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::CASED, c)
}

fn is_case_ignorable(c: char) -> bool {
    in_ranges(tables::CASE_IGNORABLE, c)
}

pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(tables::ID_START, c)
}

pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(tables::ID_CONTINUE, c)
}

/// The value of a decimal digit (category Nd), for `int()` and `float()`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let i = tables::DECIMAL.partition_point(|&(_, hi, _)| hi < cp);
    match tables::DECIMAL.get(i) {
        Some(&(lo, _, first)) if lo <= cp => Some(first as u32 + (cp - lo)),
        _ => None,
    }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match mapping(tables::TO_UPPER, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
}

fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        match mapping(tables::TO_TITLE, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
}

/// Lowercases `chars[i]`, applying the final sigma rule for U+03A3.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if c == '\u{3a3}' {
        out.push(if is_final_sigma(chars, i) { '\u{3c2}' } else { '\u{3c3}' });
        return;
    }
    match mapping(tables::TO_LOWER, c) {
        Some(m) => out.push_str(m),
        None => out.push(c),
    }
}

/// Unicode's Final_Sigma condition: a cased letter before (skipping
/// case-ignorable characters) and none after.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let cased_before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
    let cased_after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
    cased_before && !cased_after
}

pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match mapping(tables::CASE_FOLD, c) {
            Some(m) => out.push_str(m),
            None => out.push(c),
        }
    }
    out
}

pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// First character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// Each word's first cased character titlecased, the others lowercased.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

pub fn is_lower_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

pub fn is_upper_str(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

pub fn is_title_str(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_id_start(c) => chars.all(is_id_continue),
        _ => false,
    }
}
