//! `print`, `input` and `open`.

use crate::protocol::args;
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Writes text to `sys.stdout` (whatever object it is now).
pub fn write_to_stdout(vm: &mut Vm, text: &str) -> PyResult<()> {
    let out = vm.sys_attr("stdout")?;
    write_to(vm, &out, text)
}

fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Some(f) = crate::types::file::as_file(file) {
        // UTF-8 text files take the str's bytes as they are (unless the
        // text holds a lone surrogate, which the codec must refuse or
        // escape).
        if !f.closed.get()
            && f.writable
            && !f.binary
            && f.is_utf8()
            && !crate::unicode::code_points::contains_reserved(text.as_bytes())
        {
            return f.write_bytes(text.as_bytes()).map_err(|e| crate::types::file::os_error_from(vm, &e, None));
        }
    }
    let s = vm.new_str(text);
    vm.call_method(file, "write", &[s])?;
    Ok(())
}

pub fn builtin_print(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parsed = args::parse_kwonly(vm, "print", kwargs, &["sep", "end", "file", "flush"])?;
    let sep = match &parsed[0] {
        Value::Undef | Value::None => " ".to_string(),
        v => match crate::types::str::as_str(v) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("sep must be None or a string, not {tn}")));
            }
        },
    };
    let end = match &parsed[1] {
        Value::Undef | Value::None => "\n".to_string(),
        v => match crate::types::str::as_str(v) {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("end must be None or a string, not {tn}")));
            }
        },
    };
    let file = match &parsed[2] {
        Value::Undef | Value::None => vm.sys_attr("stdout")?,
        f => f.clone(),
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    if crate::types::file::as_file(&file).is_some() {
        // Our own files: one write. Pieces already converted are still
        // written if a later `str()` fails, as with separate writes.
        let mut text = String::new();
        for (i, v) in a.iter().enumerate() {
            if i > 0 {
                text.push_str(&sep);
            }
            match vm.str_string(v) {
                Ok(s) => text.push_str(&s),
                Err(e) => {
                    write_to(vm, &file, &text)?;
                    return Err(e);
                }
            }
        }
        text.push_str(&end);
        write_to(vm, &file, &text)?;
    } else {
        // Any other object sees each piece written separately, as CPython does.
        for (i, v) in a.iter().enumerate() {
            if i > 0 {
                write_to(vm, &file, &sep)?;
            }
            let s = vm.str_string(v)?;
            write_to(vm, &file, &s)?;
        }
        write_to(vm, &file, &end)?;
    }
    let flush = match &parsed[3] {
        Value::Undef => false,
        v => vm.truthy(v)?,
    };
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::None)
}

pub fn builtin_input(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "input", a, 0, 1)?;
    let stdout = vm.sys_attr("stdout")?;
    if let Some(prompt) = a.first() {
        let p = vm.str_string(prompt)?;
        write_to(vm, &stdout, &p)?;
    }
    vm.call_method(&stdout, "flush", &[])?;
    let stdin = vm.sys_attr("stdin")?;
    let line = vm.call_method(&stdin, "readline", &[])?;
    let Some(text) = crate::types::str::as_str(&line).map(str::to_string) else {
        return Err(vm.type_error("object.readline() returned non-string"));
    };
    if text.is_empty() {
        let ty = vm.exc.eof_error.clone();
        return Err(vm.new_error(&ty, "EOF when reading a line"));
    }
    let trimmed = text.strip_suffix('\n').unwrap_or(&text).to_string();
    Ok(vm.new_str(trimmed))
}

pub fn builtin_open(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::types::file::open(vm, a, kwargs)
}
