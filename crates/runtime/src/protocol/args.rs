//! Argument checking for native functions, with CPython's messages.

use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Exactly one positional argument (METH_O functions).
pub fn exactly_one(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("{name}() takes exactly one argument ({} given)", args.len())));
    }
    Ok(args[0].clone())
}

/// No arguments (METH_NOARGS functions).
pub fn check_no_args(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<()> {
    if !args.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

/// Between `min` and `max` positional arguments.
pub fn check_positional(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            format!("{name} expected {min} argument{}, got {n}", plural(min))
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", plural(min))
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", plural(max))
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

/// No keyword arguments.
pub fn no_kwargs(vm: &mut Vm, name: &str, kwargs: KwArgs) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Binds positional and keyword arguments to `names`; missing optional
/// arguments are `Value::Undef`. The first `required` names must be given.
pub fn parse(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Value>> {
    parse_with_posonly(vm, name, args, kwargs, names, 0, required)
}

/// Like `parse`, with the first `posonly` names positional-only.
pub fn parse_with_posonly(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
    names: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Value>> {
    if args.len() > names.len() {
        let n = names.len();
        return Err(vm.type_error(format!("{name}() takes at most {n} argument{} ({} given)", plural(n), args.len())));
    }
    let mut out: Vec<Value> = vec![Value::Undef; names.len()];
    out[..args.len()].clone_from_slice(args);
    for (k, v) in kwargs {
        let key = crate::types::str::as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= posonly => {
                if !out[i].is_undef() {
                    return Err(vm.type_error(format!(
                        "argument for {name}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = v.clone();
            }
            _ => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        }
    }
    for (i, v) in out.iter().enumerate().take(required) {
        if v.is_undef() {
            return Err(vm.type_error(format!("{name}() missing required argument '{}' (pos {})", names[i], i + 1)));
        }
    }
    Ok(out)
}

/// Keyword-only arguments.
pub fn parse_kwonly(vm: &mut Vm, name: &str, kwargs: KwArgs, names: &[&str]) -> PyResult<Vec<Value>> {
    let mut out = vec![Value::Undef; names.len()];
    for (k, v) in kwargs {
        let key = crate::types::str::as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) => out[i] = v.clone(),
            None => return Err(vm.type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        }
    }
    Ok(out)
}
