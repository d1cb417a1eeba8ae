//! `hash()`.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's pointer hash: the address rotated right by four bits.
pub fn hash_pointer(id: i64) -> i64 {
    let y = id as u64;
    let h = y.rotate_right(4);
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

impl Vm {
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => return Ok(crate::types::int::hash_int(&crate::types::int::IntVal::Small(*i))),
            Value::Float(f) => return Ok(crate::types::float::hash_float(f.get())),
            Value::Bool(b) => return Ok(b.get() as i64),
            Value::None => return Ok(hash_pointer(0x099c_3ea0)),
            Value::Undef => return Ok(0),
            Value::Obj(o) if o.class().is_none() => match &o.payload {
                Payload::Str(s) => return Ok(s.hash()),
                Payload::Int(b) => return Ok(crate::types::int::hash_int(&crate::types::int::IntVal::Big(b.clone()))),
                Payload::Tuple(items) => {
                    let items = items.to_vec();
                    self.enter_native_recursion()?;
                    let r = crate::types::tuple::hash_items(self, &items);
                    self.leave_native_recursion();
                    return r;
                }
                Payload::Bytes(b) => return Ok(crate::types::bytes::hash_bytes(b)),
                Payload::FrozenSet(s) => return Ok(s.borrow().hash()),
                Payload::Type(_)
                | Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::Module(_)
                | Payload::Instance => return Ok(hash_pointer(v.id())),
                Payload::Code(c) => return Ok(crate::types::code::hash_code(c)),
                _ => {}
            },
            _ => {}
        }
        let name = self.names.__hash__.clone();
        match crate::protocol::attr::call_special(self, v, &name, &[])? {
            Some(r) => match crate::types::int::as_int(&r) {
                Some(i) => Ok(match i {
                    crate::types::int::IntVal::Small(h) => {
                        if h == -1 {
                            -2
                        } else {
                            h
                        }
                    }
                    big => crate::types::int::hash_int(&big),
                }),
                None => Err(self.type_error("__hash__ method should return an integer")),
            },
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("unhashable type: '{tn}'")))
            }
        }
    }
}
