//! Errors found after parsing (scoping rules, misplaced statements): CPython
//! reports them as SyntaxError too.

use ferropy_syntax::{ErrorKind, SyntaxError};
use ruff_text_size::TextRange;

#[derive(Clone, Debug)]
pub struct CompileError {
    pub msg: String,
    pub range: TextRange,
}

impl CompileError {
    pub fn new(msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError { msg: msg.into(), range }
    }

    pub fn into_syntax_error(self, source: &str) -> SyntaxError {
        let mut e = SyntaxError::at(ErrorKind::SyntaxError, self.msg, source, self.range);
        if self.range == TextRange::default() && !source.is_empty() {
            e.lineno = 1;
        }
        e.from_compiler = true;
        e
    }
}

pub type CompileResult<T> = Result<T, CompileError>;
