//! Arithmetic operators and index conversion.
//!
//! `binary_op` tries inline fast paths (int and float pairs, str and list
//! concatenation), then CPython's dispatch: the left operand's `__op__`,
//! then the right operand's `__rop__` (first, if the right operand's class
//! is a subclass that overrides it). The numeric built-in types expose the
//! same Rust implementation through `__add__`/`__radd__` wrappers
//! (`add_binop_wrappers`), so subclasses and `int.__add__(1, 2)` behave.

use crate::object::{Obj, Payload};
use crate::types::builtin_function::KwArgs;
use crate::types::int::{as_int, IntVal};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    DivMod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::DivMod => "divmod()",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    fn inplace_symbol(self) -> &'static str {
        match self {
            BinOp::Pow => "**=",
            BinOp::Add => "+=",
            BinOp::Sub => "-=",
            BinOp::Mul => "*=",
            BinOp::MatMul => "@=",
            BinOp::TrueDiv => "/=",
            BinOp::FloorDiv => "//=",
            BinOp::Mod => "%=",
            BinOp::LShift => "<<=",
            BinOp::RShift => ">>=",
            BinOp::And => "&=",
            BinOp::Or => "|=",
            BinOp::Xor => "^=",
            BinOp::DivMod => "divmod()",
        }
    }

    /// (`__op__`, `__rop__`, `__iop__`) names.
    fn names(self, vm: &Vm) -> (Obj, Obj, Option<Obj>) {
        let n = &vm.names;
        match self {
            BinOp::Add => (n.__add__.clone(), n.__radd__.clone(), Some(n.__iadd__.clone())),
            BinOp::Sub => (n.__sub__.clone(), n.__rsub__.clone(), Some(n.__isub__.clone())),
            BinOp::Mul => (n.__mul__.clone(), n.__rmul__.clone(), Some(n.__imul__.clone())),
            BinOp::MatMul => (n.__matmul__.clone(), n.__rmatmul__.clone(), Some(n.__imatmul__.clone())),
            BinOp::TrueDiv => (n.__truediv__.clone(), n.__rtruediv__.clone(), Some(n.__itruediv__.clone())),
            BinOp::FloorDiv => (n.__floordiv__.clone(), n.__rfloordiv__.clone(), Some(n.__ifloordiv__.clone())),
            BinOp::Mod => (n.__mod__.clone(), n.__rmod__.clone(), Some(n.__imod__.clone())),
            BinOp::DivMod => (n.__divmod__.clone(), n.__rdivmod__.clone(), None),
            BinOp::Pow => (n.__pow__.clone(), n.__rpow__.clone(), Some(n.__ipow__.clone())),
            BinOp::LShift => (n.__lshift__.clone(), n.__rlshift__.clone(), Some(n.__ilshift__.clone())),
            BinOp::RShift => (n.__rshift__.clone(), n.__rrshift__.clone(), Some(n.__irshift__.clone())),
            BinOp::And => (n.__and__.clone(), n.__rand__.clone(), Some(n.__iand__.clone())),
            BinOp::Or => (n.__or__.clone(), n.__ror__.clone(), Some(n.__ior__.clone())),
            BinOp::Xor => (n.__xor__.clone(), n.__rxor__.clone(), Some(n.__ixor__.clone())),
        }
    }
}

/// Arithmetic on the built-in numbers (bool, int, float, complex);
/// `None` means NotImplemented.
pub fn numeric_binop(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return crate::types::int::int_binop(vm, op, &x, &y).map(Some);
    }
    let is_complex = |v: &Value| crate::types::complex::as_complex(v).is_some();
    if is_complex(a) || is_complex(b) {
        let (Some(x), Some(y)) = (crate::types::complex::to_complex(vm, a)?, crate::types::complex::to_complex(vm, b)?)
        else {
            return Ok(None);
        };
        return crate::types::complex::complex_binop(vm, op, x, y).map(Some);
    }
    let to_f = |vm: &mut Vm, v: &Value| -> PyResult<Option<f64>> {
        if let Some(f) = crate::types::float::as_float(v) {
            return Ok(Some(f));
        }
        match as_int(v) {
            Some(i) => crate::types::float::int_as_f64(vm, &i).map(Some),
            None => Ok(None),
        }
    };
    if crate::types::float::as_float(a).is_none() && crate::types::float::as_float(b).is_none() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (to_f(vm, a)?, to_f(vm, b)?) else {
        return Ok(None);
    };
    let r = crate::types::float::float_binop(vm, op, x, y)?;
    if matches!(&r, Value::Obj(o) if Obj::ptr_eq(o, &vm.not_implemented)) {
        return Ok(None);
    }
    Ok(Some(r))
}

fn is_not_implemented(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if Obj::ptr_eq(o, &vm.not_implemented))
}

/// `a <op> b`.
pub fn binary_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    // Inline fast paths.
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let r = match op {
                BinOp::Add => x.checked_add(*y),
                BinOp::Sub => x.checked_sub(*y),
                BinOp::Mul => x.checked_mul(*y),
                _ => None,
            };
            if let Some(r) = r {
                return Ok(Value::Int(r));
            }
            return crate::types::int::int_binop(vm, op, &IntVal::Small(*x), &IntVal::Small(*y));
        }
        (Value::Float(x), Value::Float(y)) => return crate::types::float::float_binop(vm, op, x.get(), y.get()),
        (Value::Float(x), Value::Int(y)) => return crate::types::float::float_binop(vm, op, x.get(), *y as f64),
        (Value::Int(x), Value::Float(y)) => return crate::types::float::float_binop(vm, op, *x as f64, y.get()),
        (Value::Obj(x), Value::Obj(y)) if x.class().is_none() && y.class().is_none() => {
            match (&x.payload, &y.payload, op) {
                (Payload::Str(s), Payload::Str(t), BinOp::Add) => {
                    return crate::types::str::concat(vm, s.as_str(), t.as_str())
                }
                (Payload::List(l), Payload::List(m), BinOp::Add) => {
                    let mut result = l.borrow().clone();
                    result.extend_storage(&m.borrow());
                    return Ok(vm.new_list_storage(result));
                }
                (Payload::Tuple(l), Payload::Tuple(m), BinOp::Add) => {
                    let mut items = l.to_vec();
                    items.extend_from_slice(m);
                    return Ok(vm.new_tuple(items));
                }
                (Payload::Str(s), _, BinOp::Mod) => {
                    let text = s.as_str().to_string();
                    let out = crate::format::percent::format_str(vm, &text, b)?;
                    return Ok(vm.new_str(out));
                }
                _ => {}
            }
        }
        (Value::Obj(x), Value::Int(n)) if x.class().is_none() && op == BinOp::Mul => match &x.payload {
            Payload::Str(s) => return crate::types::str::repeat(vm, s.as_str(), *n),
            Payload::List(_) => {
                let s = crate::types::list::repeat(vm, x, *n)?;
                return Ok(vm.new_list_storage(s));
            }
            _ => {}
        },
        (Value::Obj(x), _) if x.class().is_none() && op == BinOp::Mod => {
            if let Payload::Str(s) = &x.payload {
                let text = s.as_str().to_string();
                let out = crate::format::percent::format_str(vm, &text, b)?;
                return Ok(vm.new_str(out));
            }
        }
        _ => {}
    }
    if let Some(r) = binary_op1(vm, a, b, op)? {
        return Ok(r);
    }
    Err(unsupported(vm, a, b, op, false))
}

/// The dispatch of `binary_op` without fast paths; `None` if both
/// operands returned NotImplemented.
pub fn binary_op1(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (lname, rname, _) = op.names(vm);
    let ta = vm.class_of(a).clone();
    let tb = vm.class_of(b).clone();
    let same = Obj::ptr_eq(&ta, &tb);
    let left = crate::types::type_::lookup(&ta, &lname);
    let mut right = if same { None } else { crate::types::type_::lookup(&tb, &rname) };
    // Sequence concatenation and repetition come after the other operand's
    // numeric method in CPython (`[1] + UserList()` asks UserList first).
    if matches!(op, BinOp::Add | BinOp::Mul) && is_sequence_kind(a.payload()).is_some() {
        if let Some(r) = right.take().filter(|r| !r.is_none()) {
            let _ = r;
            if let Some(res) = crate::protocol::attr::call_special(vm, b, &rname, std::slice::from_ref(a))? {
                if !is_not_implemented(vm, &res) {
                    return Ok(Some(res));
                }
            }
        }
    }
    // A subclass's reflected method goes first if it overrides the base's.
    if let Some(r) = &right {
        if crate::types::type_::is_subtype(&tb, &ta) {
            let base_r = crate::types::type_::lookup(&ta, &rname);
            let overrides = base_r.as_ref().is_none_or(|br| !br.is(r));
            if overrides {
                let result = crate::protocol::attr::call_special(vm, b, &rname, std::slice::from_ref(a))?;
                if let Some(res) = result {
                    if !is_not_implemented(vm, &res) {
                        return Ok(Some(res));
                    }
                }
                if left.is_some() {
                    if let Some(res) = crate::protocol::attr::call_special(vm, a, &lname, std::slice::from_ref(b))? {
                        if !is_not_implemented(vm, &res) {
                            return Ok(Some(res));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    if left.is_some_and(|l| !l.is_none()) {
        if let Some(res) = crate::protocol::attr::call_special(vm, a, &lname, std::slice::from_ref(b))? {
            if !is_not_implemented(vm, &res) {
                return Ok(Some(res));
            }
        }
    }
    if right.is_some_and(|r| !r.is_none()) {
        if let Some(res) = crate::protocol::attr::call_special(vm, b, &rname, std::slice::from_ref(a))? {
            if !is_not_implemented(vm, &res) {
                return Ok(Some(res));
            }
        }
    }
    Ok(None)
}

fn is_sequence_kind(p: Option<&Payload>) -> Option<&'static str> {
    match p {
        Some(Payload::Str(_)) => Some("str"),
        Some(Payload::List(_)) => Some("list"),
        Some(Payload::Tuple(_)) => Some("tuple"),
        Some(Payload::Bytes(_)) => Some("bytes"),
        Some(Payload::ByteArray(_)) => Some("bytearray"),
        _ => None,
    }
}

/// The TypeError for an unsupported operation, worded as CPython does
/// (including the sequence-specific messages for `+` and `*`).
fn unsupported(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> crate::vm::PyErr {
    let ta = vm.type_name(a);
    let tb = vm.type_name(b);
    if op == BinOp::Add {
        if let Some(kind) = is_sequence_kind(a.payload()) {
            let msg = match kind {
                "bytes" | "bytearray" => format!("can't concat {tb} to {ta}"),
                _ => format!("can only concatenate {kind} (not \"{tb}\") to {kind}"),
            };
            return vm.type_error(msg);
        }
    }
    if op == BinOp::Mul {
        if is_sequence_kind(a.payload()).is_some() {
            return vm.type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
        }
        if is_sequence_kind(b.payload()).is_some() {
            return vm.type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
        }
    }
    let symbol = if inplace { op.inplace_symbol() } else { op.symbol() };
    vm.type_error(format!("unsupported operand type(s) for {symbol}: '{ta}' and '{tb}'"))
}

/// `a <op>= b`.
pub fn inplace_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(_), Value::Int(_))
        | (Value::Float(_), Value::Float(_))
        | (Value::Float(_), Value::Int(_))
        | (Value::Int(_), Value::Float(_)) => {
            return binary_op(vm, a, b, op);
        }
        (Value::Obj(x), _) if x.class().is_none() => match (&x.payload, op) {
            (Payload::List(_), BinOp::Add) => {
                crate::types::list::extend(vm, x, b)?;
                return Ok(a.clone());
            }
            (Payload::Str(_) | Payload::Tuple(_) | Payload::Int(_), _) => return binary_op(vm, a, b, op),
            _ => {}
        },
        _ => {}
    }
    let (_, _, iname) = op.names(vm);
    if let Some(iname) = iname {
        if let Some(res) = crate::protocol::attr::call_special(vm, a, &iname, std::slice::from_ref(b))? {
            if !is_not_implemented(vm, &res) {
                return Ok(res);
            }
        }
    }
    if let Some(r) = binary_op1(vm, a, b, op)? {
        return Ok(r);
    }
    Err(unsupported(vm, a, b, op, true))
}

/// `pow(a, b, m)` with a modulus.
pub fn ternary_pow(vm: &mut Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y), Some(z)) = (as_int(a), as_int(b), as_int(m)) {
        return crate::types::int::int_pow(vm, &x, &y, Some(&z));
    }
    let pow = vm.names.__pow__.clone();
    if let Some(r) = crate::protocol::attr::call_special(vm, a, &pow, &[b.clone(), m.clone()])? {
        if !is_not_implemented(vm, &r) {
            return Ok(r);
        }
    }
    if crate::types::float::as_float(a).is_some() || crate::types::float::as_float(b).is_some() {
        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let (ta, tb, tc) = (vm.type_name(a), vm.type_name(b), vm.type_name(m));
    Err(vm.type_error(format!("unsupported operand type(s) for ** or pow(): '{ta}', '{tb}', '{tc}'")))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Abs,
}

pub fn unary_op(vm: &mut Vm, a: &Value, op: UnaryOp) -> PyResult<Value> {
    match (a, op) {
        (Value::Int(i), UnaryOp::Neg) if *i != i64::MIN => return Ok(Value::Int(-i)),
        (Value::Int(i), UnaryOp::Pos) => return Ok(Value::Int(*i)),
        (Value::Int(i), UnaryOp::Invert) => return Ok(Value::Int(!i)),
        (Value::Int(i), UnaryOp::Abs) if *i != i64::MIN => return Ok(Value::Int(i.abs())),
        (Value::Float(f), UnaryOp::Neg) => return Ok(Value::float(-f.get())),
        (Value::Float(f), UnaryOp::Pos) => return Ok(Value::float(f.get())),
        (Value::Float(f), UnaryOp::Abs) => return Ok(Value::float(f.get().abs())),
        (Value::Bool(b), UnaryOp::Neg) => return Ok(Value::Int(-(b.get() as i64))),
        (Value::Bool(b), UnaryOp::Pos | UnaryOp::Abs) => return Ok(Value::Int(b.get() as i64)),
        (Value::Bool(b), UnaryOp::Invert) => return Ok(Value::Int(!(b.get() as i64))),
        _ => {}
    }
    let (name, symbol) = match op {
        UnaryOp::Neg => (vm.names.__neg__.clone(), "unary -"),
        UnaryOp::Pos => (vm.names.__pos__.clone(), "unary +"),
        UnaryOp::Invert => (vm.names.__invert__.clone(), "unary ~"),
        UnaryOp::Abs => (vm.names.__abs__.clone(), "abs()"),
    };
    match crate::protocol::attr::call_special(vm, a, &name, &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(a);
            Err(vm.type_error(format!("bad operand type for {symbol}: '{tn}'")))
        }
    }
}

/// `operator.index(v)` as an i64; `Ok(None)` if `v` has no `__index__`.
pub fn as_index(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Int(i) => return Ok(Some(*i)),
        Value::Bool(b) => return Ok(Some(b.get() as i64)),
        Value::Float(_) | Value::None => return Ok(None),
        _ => {}
    }
    match as_index_value(vm, v)? {
        Some(iv) => match as_int(&iv) {
            Some(IntVal::Small(i)) => Ok(Some(i)),
            Some(IntVal::Big(_)) => {
                let tn = vm.type_name(v);
                Err(vm.new_error(&vm.exc.index_error.clone(), format!("cannot fit '{tn}' into an index-sized integer")))
            }
            None => Ok(None),
        },
        None => Ok(None),
    }
}

/// `operator.index(v)` as an int value (any size).
pub fn as_index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Some(i) = as_int(v) {
        return Ok(Some(i.into_value()));
    }
    let index = vm.names.__index__.clone();
    match crate::protocol::attr::call_special(vm, v, &index, &[])? {
        Some(r) => {
            if as_int(&r).is_none() {
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__index__ returned non-int (type {tn})")));
            }
            Ok(Some(r))
        }
        None => Ok(None),
    }
}

/// An index argument that must be an int.
pub fn index_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_index(vm, v)? {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// An index clamped to i64 range (for slice bounds and str.find).
pub fn index_i64_clamped(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_index_value(vm, v)? {
        Some(iv) => Ok(match as_int(&iv) {
            Some(IntVal::Small(i)) => i,
            Some(IntVal::Big(b)) => {
                if num_traits::Signed::is_negative(&b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            }
            None => 0,
        }),
        None => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// A slice bound: like `index_i64_clamped` with the slice error message.
pub fn index_i64_clamped_slice(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    index_i64_clamped(vm, v)
}

macro_rules! binop_wrappers {
    ($( $op:ident => $fwd:ident $fname:literal, $rev:ident $rname:literal; )*) => {
        $(
            fn $fwd(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
                if a.len() != 2 {
                    return Err(vm.type_error("expected 1 argument"));
                }
                match numeric_binop(vm, BinOp::$op, &a[0], &a[1])? {
                    Some(r) => Ok(r),
                    None => Ok(Value::Obj(vm.not_implemented.clone())),
                }
            }
            fn $rev(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
                if a.len() != 2 {
                    return Err(vm.type_error("expected 1 argument"));
                }
                match numeric_binop(vm, BinOp::$op, &a[1], &a[0])? {
                    Some(r) => Ok(r),
                    None => Ok(Value::Obj(vm.not_implemented.clone())),
                }
            }
        )*

        /// Registers `__add__`, `__radd__`, ... on a numeric built-in type,
        /// for the operators it defines.
        pub fn add_binop_wrappers(vm: &mut Vm, ty: &Obj, ops: &[BinOp]) {
            $(
                if ops.contains(&BinOp::$op) {
                    vm.add_method(ty, $fname, $fwd);
                    vm.add_method(ty, $rname, $rev);
                }
            )*
            vm.add_method(ty, "__pow__", pow_wrapper);
            vm.add_method(ty, "__rpow__", rpow_wrapper);
        }
    };
}

binop_wrappers! {
    Add => w_add "__add__", w_radd "__radd__";
    Sub => w_sub "__sub__", w_rsub "__rsub__";
    Mul => w_mul "__mul__", w_rmul "__rmul__";
    TrueDiv => w_truediv "__truediv__", w_rtruediv "__rtruediv__";
    FloorDiv => w_floordiv "__floordiv__", w_rfloordiv "__rfloordiv__";
    Mod => w_mod "__mod__", w_rmod "__rmod__";
    DivMod => w_divmod "__divmod__", w_rdivmod "__rdivmod__";
    LShift => w_lshift "__lshift__", w_rlshift "__rlshift__";
    RShift => w_rshift "__rshift__", w_rrshift "__rrshift__";
    And => w_and "__and__", w_rand "__rand__";
    Or => w_or "__or__", w_ror "__ror__";
    Xor => w_xor "__xor__", w_rxor "__rxor__";
}

fn pow_wrapper(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match a.len() {
        2 => Ok(numeric_binop(vm, BinOp::Pow, &a[0], &a[1])?.unwrap_or_else(|| Value::Obj(vm.not_implemented.clone()))),
        // A built-in number's own three-argument power: ints only (not
        // ternary_pow, which would call this method again).
        3 if !a[2].is_none() => match (as_int(&a[0]), as_int(&a[1]), as_int(&a[2])) {
            (Some(x), Some(y), Some(z)) => crate::types::int::int_pow(vm, &x, &y, Some(&z)),
            _ if a.iter().any(|v| matches!(v.payload(), Some(crate::object::Payload::Complex(_)))) => {
                Err(vm.value_error("complex modulo"))
            }
            _ if a.iter().any(|v| crate::types::float::as_float(v).is_some() && as_int(v).is_none()) => {
                Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            _ => Ok(Value::Obj(vm.not_implemented.clone())),
        },
        3 => Ok(numeric_binop(vm, BinOp::Pow, &a[0], &a[1])?.unwrap_or_else(|| Value::Obj(vm.not_implemented.clone()))),
        _ => Err(vm.type_error("expected 1 or 2 arguments")),
    }
}

fn rpow_wrapper(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    if a.len() < 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    Ok(numeric_binop(vm, BinOp::Pow, &a[1], &a[0])?.unwrap_or_else(|| Value::Obj(vm.not_implemented.clone())))
}

impl Vm {
    pub fn add(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        binary_op(self, a, b, BinOp::Add)
    }

    pub fn sub(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        binary_op(self, a, b, BinOp::Sub)
    }

    pub fn mul(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        binary_op(self, a, b, BinOp::Mul)
    }

    /// Truth value (`bool(v)`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => return Ok(b.get()),
            Value::None => return Ok(false),
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(f.get() != 0.0),
            Value::Undef => return Ok(false),
            Value::Obj(o) if o.class().is_none() => match &o.payload {
                Payload::Str(s) => return Ok(s.char_len() > 0),
                Payload::List(l) => return Ok(!l.borrow().is_empty()),
                Payload::Tuple(t) => return Ok(!t.is_empty()),
                Payload::Dict(d) => return Ok(!d.borrow().is_empty()),
                Payload::Set(s) | Payload::FrozenSet(s) => return Ok(!s.borrow().is_empty()),
                Payload::Int(b) => return Ok(!num_traits::Zero::is_zero(b)),
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::Type(_)
                | Payload::Module(_)
                | Payload::Method(_) => return Ok(true),
                _ => {}
            },
            _ => {}
        }
        let bool_name = self.names.__bool__.clone();
        if let Some(r) = crate::protocol::attr::call_special(self, v, &bool_name, &[])? {
            return match r {
                Value::Bool(b) => Ok(b.get()),
                other => {
                    let tn = self.type_name(&other);
                    Err(self.type_error(format!("__bool__ should return bool, returned {tn}")))
                }
            };
        }
        let len_name = self.names.__len__.clone();
        if let Some(r) = crate::protocol::attr::call_special(self, v, &len_name, &[])? {
            let n = self.len_result(&r)?;
            return Ok(n > 0);
        }
        Ok(true)
    }
}
