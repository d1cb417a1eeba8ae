//! Unicode normalization (UAX #15): NFD/NFKD decompose (canonically or
//! with compatibility mappings too) and put combining marks in canonical
//! order; NFC/NFKC then recompose primary composites. Hangul syllables
//! are decomposed and composed arithmetically.

use super::tables::{COMPOSITIONS, DECOMPOSITIONS};

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The normalization forms.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

pub fn normalize(form: Form, s: &str) -> String {
    let compat = matches!(form, Form::Nfkc | Form::Nfkd);
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        decompose(c, compat, &mut chars);
    }
    canonical_order(&mut chars);
    if matches!(form, Form::Nfc | Form::Nfkc) {
        compose(&mut chars);
    }
    chars.into_iter().collect()
}

/// The mapping of a character's decomposition, if it applies: canonical
/// ones always, `<tag>` (compatibility) ones only when `compat`.
fn mapping(c: char, compat: bool) -> Option<&'static str> {
    let i = DECOMPOSITIONS.binary_search_by_key(&(c as u32), |&(cp, _)| cp).ok()?;
    let d = DECOMPOSITIONS[i].1;
    if d.starts_with('<') {
        if !compat {
            return None;
        }
        return d.split_once("> ").map(|(_, rest)| rest);
    }
    Some(d)
}

fn decompose(c: char, compat: bool, out: &mut Vec<char>) {
    let cp = c as u32;
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let l = L_BASE + s / N_COUNT;
        let v = V_BASE + (s % N_COUNT) / T_COUNT;
        let t = T_BASE + s % T_COUNT;
        out.extend([l, v].into_iter().filter_map(char::from_u32));
        if t != T_BASE {
            out.extend(char::from_u32(t));
        }
        return;
    }
    match mapping(c, compat) {
        Some(d) => {
            for hex in d.split(' ') {
                if let Some(m) = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32) {
                    decompose(m, compat, out);
                }
            }
        }
        None => out.push(c),
    }
}

/// Sorts each run of non-starters by combining class (stable).
fn canonical_order(chars: &mut [char]) {
    let mut i = 0;
    while i < chars.len() {
        if super::combining(chars[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && super::combining(chars[i]) != 0 {
            i += 1;
        }
        chars[start..i].sort_by_key(|&c| super::combining(c));
    }
}

fn compose_pair(a: char, b: char) -> Option<char> {
    let (a, b) = (a as u32, b as u32);
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return char::from_u32(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return char::from_u32(a + (b - T_BASE));
    }
    let i = COMPOSITIONS.binary_search_by_key(&(a, b), |&(x, y, _)| (x, y)).ok()?;
    char::from_u32(COMPOSITIONS[i].2)
}

/// Canonical composition: each character joins the last starter when
/// nothing between them blocks it (a character between blocks unless its
/// combining class is non-zero and below the candidate's).
fn compose(chars: &mut Vec<char>) {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    let mut last_class = 0u8;
    for &c in chars.iter() {
        let class = super::combining(c);
        if let Some(si) = starter {
            let adjacent = si + 1 == out.len();
            if adjacent || (last_class != 0 && last_class < class) {
                if let Some(composed) = compose_pair(out[si], c) {
                    out[si] = composed;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        last_class = class;
        out.push(c);
    }
    *chars = out;
}
