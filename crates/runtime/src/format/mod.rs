//! Text formatting: float repr, the format-spec mini-language (`format`,
//! f-strings), printf-style `%` and `str.format`.

pub mod float_repr;
pub mod percent;
pub mod spec;
pub mod str_format;

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `format(value, spec)`.
pub fn format_value(vm: &mut Vm, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    let spec_str = match spec {
        None => "",
        Some(s) => match crate::types::str::as_str(s) {
            Some(t) => t,
            None => {
                let tn = vm.type_name(s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
            }
        },
    };
    match v {
        Value::Obj(o) if o.class().is_none() && matches!(o.payload, Payload::Str(_)) && spec_str.is_empty() => {
            return Ok(v.clone())
        }
        Value::Int(i) if spec_str.is_empty() => return Ok(vm.new_str(i.to_string())),
        Value::Int(i) => {
            let spec_owned = spec_str.to_string();
            let s = spec::format_int(vm, &crate::types::int::IntVal::Small(*i), &spec_owned, "int")?;
            return Ok(vm.new_str(s));
        }
        Value::Float(f) => {
            let spec_owned = spec_str.to_string();
            let s = spec::format_float(vm, f.get(), &spec_owned, "float")?;
            return Ok(vm.new_str(s));
        }
        _ => {}
    }
    let spec_value = match spec {
        Some(s) => s.clone(),
        None => vm.new_str(""),
    };
    let name = vm.names.__format__.clone();
    match crate::protocol::attr::call_special(vm, v, &name, &[spec_value])? {
        Some(r) if crate::types::str::as_str(&r).is_some() => Ok(r),
        Some(r) => {
            let tn = vm.type_name(&r);
            Err(vm.type_error(format!("__format__ must return a str, not {tn}")))
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("Type {tn} doesn't define __format__")))
        }
    }
}
