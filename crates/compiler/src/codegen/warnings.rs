//! The SyntaxWarnings CPython's compiler gives for code that is sure to
//! fail at run time because a comma is probably missing: calling a
//! literal (`[1, 2] (3, 4)`), subscripting one that cannot be subscripted,
//! or indexing a sequence literal with a non-integer literal.

use ruff_python_ast::Expr;

use super::expr::constant_of;
use ferropy_bytecode::Constant;

/// The type an expression is sure to have, if the compiler can tell.
fn infer_type(expr: &Expr) -> Option<&'static str> {
    if let Some(c) = constant_of(expr) {
        return Some(constant_type(&c));
    }
    Some(match expr {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        _ => return None,
    })
}

fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::Ellipsis => "ellipsis",
        Constant::Bool(_) => "bool",
        Constant::Int(_) | Constant::BigInt(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex { .. } => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Tuple(_) => "tuple",
        Constant::FrozenSet(_) => "frozenset",
        Constant::Code(_) => "code",
    }
}

/// `func(...)` where `func` is a literal that is never callable.
pub fn check_caller(func: &Expr) -> Option<String> {
    let callable_kind = constant_of(func).is_some()
        || matches!(
            func,
            Expr::Tuple(_)
                | Expr::List(_)
                | Expr::ListComp(_)
                | Expr::Dict(_)
                | Expr::DictComp(_)
                | Expr::Set(_)
                | Expr::SetComp(_)
                | Expr::Generator(_)
                | Expr::FString(_)
        );
    if !callable_kind {
        return None;
    }
    Some(format!("'{}' object is not callable; perhaps you missed a comma?", infer_type(func)?))
}

/// `value[index]` where `value` is a literal that is never subscriptable.
pub fn check_subscripter(value: &Expr) -> Option<String> {
    let unsubscriptable = match constant_of(value) {
        Some(c) => matches!(
            c,
            Constant::None
                | Constant::Ellipsis
                | Constant::Bool(_)
                | Constant::Int(_)
                | Constant::BigInt(_)
                | Constant::Float(_)
                | Constant::Complex { .. }
        ),
        None => matches!(value, Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_)),
    };
    if !unsubscriptable {
        return None;
    }
    Some(format!("'{}' object is not subscriptable; perhaps you missed a comma?", infer_type(value)?))
}

/// `sequence[index]` with a sequence literal and an index literal that is
/// not an integer.
pub fn check_index(value: &Expr, index: &Expr) -> Option<String> {
    let index_type = infer_type(index)?;
    if matches!(index_type, "int" | "bool") || matches!(index, Expr::Slice(_)) {
        return None;
    }
    let is_sequence = match constant_of(value) {
        Some(c) => matches!(c, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)),
        None => matches!(value, Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)),
    };
    if !is_sequence {
        return None;
    }
    let value_type = infer_type(value)?;
    Some(format!("{value_type} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"))
}
