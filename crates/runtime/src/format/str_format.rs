//! `str.format` and `str.format_map`.

use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

enum Source<'a> {
    Args { args: &'a [Value], kwargs: KwArgs<'a> },
    Map(&'a Value),
}

struct State {
    auto: Option<usize>,
    manual: bool,
}

pub fn format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: KwArgs) -> PyResult<String> {
    let mut state = State { auto: Some(0), manual: false };
    render(vm, fmt, &Source::Args { args, kwargs }, &mut state, 0)
}

pub fn format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut state = State { auto: Some(0), manual: false };
    render(vm, fmt, &Source::Map(mapping), &mut state, 0)
}

fn render(vm: &mut Vm, fmt: &str, src: &Source, state: &mut State, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // A replacement field: find its matching brace.
        let start = i + 1;
        let mut j = start;
        let mut nest = 1;
        while j < chars.len() {
            match chars[j] {
                '{' => nest += 1,
                '}' => {
                    nest -= 1;
                    if nest == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(vm.value_error(if nest > 1 {
                "expected '}' before end of string"
            } else {
                "Single '{' encountered in format string"
            }));
        }
        let field: String = chars[start..j].iter().collect();
        i = j + 1;
        out.push_str(&render_field(vm, &field, src, state, depth)?);
    }
    Ok(out)
}

fn render_field(vm: &mut Vm, field: &str, src: &Source, state: &mut State, depth: usize) -> PyResult<String> {
    // field_name [! conversion] [: format_spec], where the name part ends
    // at the first '!' or ':' outside brackets.
    let chars: Vec<char> = field.chars().collect();
    let mut k = 0;
    let mut in_bracket = false;
    while k < chars.len() {
        match chars[k] {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => break,
            _ => {}
        }
        k += 1;
    }
    let name: String = chars[..k].iter().collect();
    let mut conversion = None;
    let mut spec = String::new();
    if k < chars.len() && chars[k] == '!' {
        conversion = chars.get(k + 1).copied();
        k += 2;
        if k < chars.len() && chars[k] != ':' {
            return Err(vm.value_error("expected ':' after conversion specifier"));
        }
    }
    if k < chars.len() && chars[k] == ':' {
        spec = chars[k + 1..].iter().collect();
    }
    let value = resolve(vm, &name, src, state)?;
    let value = match conversion {
        None => value,
        Some('r') => vm.repr(&value)?,
        Some('s') => vm.str_value(&value)?,
        Some('a') => {
            let s = vm.ascii_string(&value)?;
            vm.new_str(s)
        }
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') { render(vm, &spec, src, state, depth + 1)? } else { spec };
    let spec_value = vm.new_str(spec);
    let r = super::format_value(vm, &value, Some(&spec_value))?;
    Ok(crate::types::str::as_str(&r).unwrap_or("").to_string())
}

fn resolve(vm: &mut Vm, name: &str, src: &Source, state: &mut State) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if state.manual {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        let n = state.auto.unwrap_or(0);
        state.auto = Some(n + 1);
        positional(vm, src, n)?
    } else if let Ok(n) = first.parse::<usize>() {
        if state.auto.is_some_and(|a| a > 0) {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        state.manual = true;
        positional(vm, src, n)?
    } else {
        let key = vm.new_str(first);
        match src {
            Source::Args { kwargs, .. } => {
                match kwargs.iter().find(|(k, _)| crate::types::str::as_str(k) == Some(first)) {
                    Some((_, v)) => v.clone(),
                    None => return Err(vm.key_error(key)),
                }
            }
            Source::Map(m) => vm.get_item(m, &key)?,
        }
    };
    // Attribute and index lookups.
    let rest: Vec<char> = name[first_end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        match rest[i] {
            '.' => {
                let start = i + 1;
                let mut j = start;
                while j < rest.len() && rest[j] != '.' && rest[j] != '[' {
                    j += 1;
                }
                let attr: String = rest[start..j].iter().collect();
                if attr.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                value = vm.get_attr_str(&value, &attr)?;
                i = j;
            }
            '[' => {
                let start = i + 1;
                let mut j = start;
                while j < rest.len() && rest[j] != ']' {
                    j += 1;
                }
                if j >= rest.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                let key: String = rest[start..j].iter().collect();
                let key_value = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => vm.new_str(key),
                };
                value = vm.get_item(&value, &key_value)?;
                i = j + 1;
            }
            _ => return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier")),
        }
    }
    Ok(value)
}

fn positional(vm: &mut Vm, src: &Source, n: usize) -> PyResult<Value> {
    match src {
        Source::Args { args, .. } => match args.get(n) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.index_error(format!("Replacement index {n} out of range for positional args tuple"))),
        },
        Source::Map(_) => Err(vm.value_error("Format string contains positional fields")),
    }
}
