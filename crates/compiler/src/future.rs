//! `from __future__ import ...`: which features a module turns on.
//!
//! Future statements must come first in a module (after its docstring and
//! other future statements). Every feature 3.11 knows is accepted; all but
//! `annotations` are on anyway in Python 3, so only `annotations` (PEP 563:
//! annotations kept as strings) changes code generation. The features are
//! CPython's `CO_FUTURE_*` bits: they go into every code object's
//! `co_flags`, and `compile()` and the REPL pass them on to later code.

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextSize};

use crate::error::CompileError;

/// CPython's compiler flags for the future features, by name.
pub const FEATURES: [(&str, u32); 10] = [
    ("nested_scopes", 0x0010),
    ("generators", 0),
    ("division", 0x2_0000),
    ("absolute_import", 0x4_0000),
    ("with_statement", 0x8_0000),
    ("print_function", 0x10_0000),
    ("unicode_literals", 0x20_0000),
    ("barry_as_FLUFL", 0x40_0000),
    ("generator_stop", 0x80_0000),
    ("annotations", 0x100_0000),
];

/// `CO_FUTURE_ANNOTATIONS`.
pub const ANNOTATIONS: u32 = 0x100_0000;

/// The bits of `co_flags` and `compile()` flags that are future features
/// (`nested_scopes` shares its bit with CO_NESTED, so it is left out).
pub const FUTURE_MASK: u32 = 0x1fe_0000;

/// `ast.PyCF_ALLOW_TOP_LEVEL_AWAIT`: `await`, `async for`, `async with`
/// and asynchronous comprehensions are allowed at module level; a module
/// that uses them compiles to a coroutine (what `python -m asyncio` runs).
pub const ALLOW_TOP_LEVEL_AWAIT: u32 = 0x2000;

/// The future statements at the head of a module.
pub struct Futures {
    /// The CO_FUTURE_* bits they turn on.
    pub flags: u32,
    /// Where each allowed future statement starts; one found elsewhere is
    /// an error.
    pub allowed: Vec<TextSize>,
}

/// Reads the leading future statements of a module body.
pub fn scan(body: &[Stmt]) -> Result<Futures, CompileError> {
    let mut futures = Futures { flags: 0, allowed: Vec::new() };
    let mut rest = body;
    if let Some(Stmt::Expr(e)) = rest.first() {
        if matches!(*e.value, ast::Expr::StringLiteral(_)) {
            rest = &rest[1..];
        }
    }
    for stmt in rest {
        let Stmt::ImportFrom(import) = stmt else { break };
        if !is_future_import(import) {
            break;
        }
        // CPython points at the statement's first character only.
        let at = ruff_text_size::TextRange::empty(import.range.start());
        for alias in &import.names {
            let name = alias.name.id.as_str();
            match FEATURES.iter().find(|(n, _)| *n == name) {
                Some((_, bit)) => futures.flags |= bit,
                None if name == "braces" => return Err(CompileError::new("not a chance", at)),
                None => {
                    return Err(CompileError::new(format!("future feature {name} is not defined"), at));
                }
            }
        }
        futures.allowed.push(import.range.start());
    }
    Ok(futures)
}

/// Whether a statement is `from __future__ import ...`.
pub fn is_future_import(import: &ast::StmtImportFrom) -> bool {
    import.level == 0 && import.module.as_ref().is_some_and(|m| m.id.as_str() == "__future__")
}

/// The error for a future statement that is not at the head of a module.
pub fn misplaced(import: &ast::StmtImportFrom) -> CompileError {
    CompileError::new("from __future__ imports must occur at the beginning of the file", import.range())
}
