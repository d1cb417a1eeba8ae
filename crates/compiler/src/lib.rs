//! The compiler stage: a ruff AST in, a ferropy code object out.
//!
//! `symtable` decides the scope of every name; `codegen` walks the tree and
//! emits instructions with symbolic labels and exception handlers;
//! `assemble` lays them out as canonical wordcode, resolving jumps and
//! building the line and exception tables. The compiler knows nothing of the
//! runtime: constants are `ferropy_bytecode::Constant`s.

mod assemble;
mod codegen;
mod error;
pub mod future;
mod symtable;

pub use symtable::mangle;

use std::rc::Rc;

use ferropy_bytecode::{CodeObject, Constant};
pub use ferropy_syntax::{ErrorKind, SyntaxError};

/// What kind of source is compiled, as in CPython's `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` source.
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// One interactive statement: expression results are printed.
    Single,
}

/// Options that change code generation.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// `-O`: drop `assert` statements and make `__debug__` false.
    pub optimize: u8,
    /// Future features already in force (`future::FEATURES` bits), as
    /// `compile()` inherits them from its caller or the REPL from earlier
    /// input.
    pub flags: u32,
    /// A constant's Python repr, for annotations kept as strings (the
    /// runtime owns Unicode printability and float formatting); without
    /// it, a plain rendering.
    pub constant_repr: Option<fn(&Constant) -> String>,
}

/// The constant a literal expression stands for (numbers, strings,
/// bytes, True/False/None/...), as the compiler folds it; None for other
/// expressions. The `ast` module builds its Constant nodes from this.
pub fn literal_constant(expr: &ferropy_syntax::ast::Expr) -> Option<Constant> {
    match expr {
        ferropy_syntax::ast::Expr::Tuple(_) | ferropy_syntax::ast::Expr::UnaryOp(_) => None,
        other => codegen::expr::constant_of(other),
    }
}

/// A warning the compiler reports (CPython's SyntaxWarning).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub msg: String,
    pub lineno: u32,
}

/// Compiles source text to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode, options: Options) -> Result<Rc<CodeObject>, SyntaxError> {
    compile_with_warnings(source, filename, mode, options).map(|(code, _)| code)
}

/// Compiles source text, also returning the SyntaxWarnings found.
pub fn compile_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
    options: Options,
) -> Result<(Rc<CodeObject>, Vec<CompileWarning>), SyntaxError> {
    // Line endings are `\n` from here on, whatever the source used.
    let source = &*ferropy_syntax::encoding::normalize_newlines(source);
    match mode {
        Mode::Eval => {
            let expr = ferropy_syntax::parse_expression(source)?;
            codegen::compile_expression(source, filename, &expr, options)
        }
        Mode::Exec | Mode::Single => {
            let module = ferropy_syntax::parse_module(source)?;
            codegen::compile_module(source, filename, &module, mode == Mode::Single, options)
        }
    }
}

/// Compiles a module tree built elsewhere (`compile()` of an `ast` tree);
/// `source` is the text the tree's ranges point into.
pub fn compile_module_tree(
    source: &str,
    filename: &str,
    module: &ferropy_syntax::ast::ModModule,
    interactive: bool,
    options: Options,
) -> Result<(Rc<CodeObject>, Vec<CompileWarning>), SyntaxError> {
    codegen::compile_module(source, filename, module, interactive, options)
}

/// `compile_module_tree` for an expression tree (`eval` mode).
pub fn compile_expression_tree(
    source: &str,
    filename: &str,
    expr: &ferropy_syntax::ast::ModExpression,
    options: Options,
) -> Result<(Rc<CodeObject>, Vec<CompileWarning>), SyntaxError> {
    codegen::compile_expression(source, filename, expr, options)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn function_code(source: &str) -> Rc<CodeObject> {
        let module = compile(source, "t.py", Mode::Exec, Options::default()).expect("compiles");
        module
            .consts
            .iter()
            .find_map(|c| match c {
                Constant::Code(code) => Some(code.clone()),
                _ => None,
            })
            .expect("a function")
    }

    #[test]
    fn seminar_foo_bytecode() {
        let code = function_code("def foo(x, y):\n    return x * y + 17\n");
        let hex: Vec<String> = code.code.iter().map(|b| format!("{b:#x}")).collect();
        assert_eq!(hex, ["0x7c", "0x0", "0x7c", "0x1", "0x14", "0x0", "0x64", "0x1", "0x17", "0x0", "0x53", "0x0"]);
        assert_eq!(code.varnames, ["x", "y"]);
        assert!(matches!(code.consts[..], [Constant::None, Constant::Int(17)]));
        assert_eq!(code.locations[0].line, 2);
    }

    #[test]
    fn scoping_errors() {
        let err = |src: &str| compile(src, "t.py", Mode::Exec, Options::default()).unwrap_err().msg;
        assert_eq!(err("return 1"), "'return' outside function");
        assert_eq!(err("break"), "'break' outside loop");
        assert_eq!(err("def f(a, a): pass"), "duplicate argument 'a' in function definition");
        assert_eq!(err("nonlocal x"), "nonlocal declaration not allowed at module level");
        assert_eq!(err("def f():\n  x = 1\n  global x"), "name 'x' is assigned to before global declaration");
        assert_eq!(err("f(a=1, a=2)"), "keyword argument repeated: a");
    }

    #[test]
    fn closures_get_cells() {
        let code = function_code("def outer(a):\n    def inner():\n        return a\n    return inner\n");
        assert_eq!(code.cellvars, ["a"]);
        let inner =
            code.consts.iter().find_map(|c| if let Constant::Code(c) = c { Some(c.clone()) } else { None }).unwrap();
        assert_eq!(inner.freevars, ["a"]);
    }
}
