//! Rich comparison: `<`, `<=`, `==`, `!=`, `>`, `>=`.

use std::cmp::Ordering;

use crate::object::{Obj, Payload};
use crate::types::builtin_function::KwArgs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        Some(match arg {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub fn holds(self, ord: Ordering) -> bool {
        match self {
            CompareOp::Lt => ord == Ordering::Less,
            CompareOp::Le => ord != Ordering::Greater,
            CompareOp::Eq => ord == Ordering::Equal,
            CompareOp::Ne => ord != Ordering::Equal,
            CompareOp::Gt => ord == Ordering::Greater,
            CompareOp::Ge => ord != Ordering::Less,
        }
    }

    fn name(self, vm: &Vm) -> Obj {
        let n = &vm.names;
        match self {
            CompareOp::Lt => n.__lt__.clone(),
            CompareOp::Le => n.__le__.clone(),
            CompareOp::Eq => n.__eq__.clone(),
            CompareOp::Ne => n.__ne__.clone(),
            CompareOp::Gt => n.__gt__.clone(),
            CompareOp::Ge => n.__ge__.clone(),
        }
    }
}

/// Comparison of two built-in numbers; `None` when not both numbers (or
/// an ordering of complex numbers, which is not defined).
pub fn numeric_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
    use crate::types::int::as_int;
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return Ok(Some(op.holds(crate::types::float::compare_ints(&x, &y))));
    }
    let fa = crate::types::float::as_float(a);
    let fb = crate::types::float::as_float(b);
    let ord = match (fa, fb, as_int(a), as_int(b)) {
        (Some(x), Some(y), _, _) => x.partial_cmp(&y),
        (Some(x), None, _, Some(y)) => crate::types::float::compare_int_float(&y, x).map(Ordering::reverse),
        (None, Some(y), Some(x), _) => crate::types::float::compare_int_float(&x, y),
        _ => {
            let ca = crate::types::complex::as_complex(a);
            let cb = crate::types::complex::as_complex(b);
            if ca.is_none() && cb.is_none() {
                return Ok(None);
            }
            if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
                return Ok(None);
            }
            let (Some(x), Some(y)) =
                (crate::types::complex::to_complex(vm, a)?, crate::types::complex::to_complex(vm, b)?)
            else {
                return Ok(None);
            };
            let eq = x == y;
            return Ok(Some(if op == CompareOp::Eq { eq } else { !eq }));
        }
    };
    Ok(Some(match ord {
        Some(o) => op.holds(o),
        None => op == CompareOp::Ne,
    }))
}

fn is_not_implemented(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if Obj::ptr_eq(o, &vm.not_implemented))
}

/// `a <op> b` as a value.
pub fn rich_compare(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(Value::bool(op.holds(x.cmp(y)))),
        (Value::Float(x), Value::Float(y)) => {
            return Ok(Value::bool(match x.get().partial_cmp(&y.get()) {
                Some(o) => op.holds(o),
                None => op == CompareOp::Ne,
            }))
        }
        (Value::Obj(x), Value::Obj(y)) if x.class().is_none() && y.class().is_none() => {
            if let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) {
                return Ok(Value::bool(op.holds(crate::types::str::cmp_text(s.as_str(), t.as_str()))));
            }
        }
        _ => {}
    }
    if let (Value::Int(_) | Value::Float(_) | Value::Bool(_), Value::Int(_) | Value::Float(_) | Value::Bool(_)) = (a, b)
    {
        if let Some(r) = numeric_compare(vm, a, b, op)? {
            return Ok(Value::bool(r));
        }
    }
    vm.enter_native_recursion_in(" in comparison")?;
    let result = rich_compare_slow(vm, a, b, op);
    vm.leave_native_recursion();
    result
}

fn rich_compare_slow(vm: &mut Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let ta = vm.class_of(a).clone();
    let tb = vm.class_of(b).clone();
    let name = op.name(vm);
    let swapped = op.swapped().name(vm);
    let mut tried_reflected = false;
    if !Obj::ptr_eq(&ta, &tb)
        && crate::types::type_::is_subtype(&tb, &ta)
        && crate::types::type_::lookup(&tb, &swapped).is_some()
    {
        tried_reflected = true;
        if let Some(r) = crate::protocol::attr::call_special(vm, b, &swapped, std::slice::from_ref(a))? {
            if !is_not_implemented(vm, &r) {
                return Ok(r);
            }
        }
    }
    if let Some(r) = crate::protocol::attr::call_special(vm, a, &name, std::slice::from_ref(b))? {
        if !is_not_implemented(vm, &r) {
            return Ok(r);
        }
    }
    if !tried_reflected {
        if let Some(r) = crate::protocol::attr::call_special(vm, b, &swapped, std::slice::from_ref(a))? {
            if !is_not_implemented(vm, &r) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(Value::bool(a.is(b))),
        CompareOp::Ne => Ok(Value::bool(!a.is(b))),
        _ => {
            let (x, y) = (vm.type_name(a), vm.type_name(b));
            Err(vm.type_error(format!("'{}' not supported between instances of '{x}' and '{y}'", op.symbol())))
        }
    }
}

impl Vm {
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        rich_compare(self, a, b, op)
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::types::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = rich_compare(self, a, b, CompareOp::Eq)?;
        self.truthy(&r)
    }

    /// `a < b` as a bool.
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = rich_compare(self, a, b, CompareOp::Lt)?;
        match r {
            Value::Bool(b) => Ok(b.get()),
            other => self.truthy(&other),
        }
    }
}

macro_rules! compare_wrappers {
    ($( $name:ident $dunder:literal => $op:ident; )*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
                if a.len() != 2 {
                    return Err(vm.type_error("expected 1 argument"));
                }
                match numeric_compare(vm, &a[0], &a[1], CompareOp::$op)? {
                    Some(r) => Ok(Value::bool(r)),
                    None => Ok(Value::Obj(vm.not_implemented.clone())),
                }
            }
        )*

        /// Registers `__eq__`, `__lt__`, ... on a numeric built-in type.
        pub fn add_compare_wrappers(vm: &mut Vm, ty: &Obj) {
            $( vm.add_method(ty, $dunder, $name); )*
        }
    };
}

compare_wrappers! {
    cmp_lt "__lt__" => Lt;
    cmp_le "__le__" => Le;
    cmp_eq "__eq__" => Eq;
    cmp_ne "__ne__" => Ne;
    cmp_gt "__gt__" => Gt;
    cmp_ge "__ge__" => Ge;
}
