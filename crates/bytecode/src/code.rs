//! The code object: canonical wordcode plus everything needed to run it and
//! to show it (`co_*` attributes, `dis`).

use crate::{decode, Constant, Instruction};

/// `co_flags` bits, with CPython's values.
pub struct CodeFlags;

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    /// Not set since Python 3.10 (kept for `dis.pretty_flags`).
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// The source span of one instruction: lines are 1-based, columns are
/// 0-based UTF-8 byte offsets within their line, as in CPython 3.11.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table entry: an exception raised by an instruction whose
/// byte offset is in `start..end` pops the stack to `depth` items, pushes the
/// offset of the raising instruction if `push_lasti`, pushes the exception
/// and continues at `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compiled code object.
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    /// Canonical wordcode (`co_code`).
    pub code: Vec<u8>,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub stacksize: u32,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    /// One location per two-byte unit of `code`.
    pub locations: Vec<Location>,
    /// Sorted by `start`; entries never overlap.
    pub exception_table: Vec<ExceptionEntry>,
}

impl CodeObject {
    /// Whether two code objects are equal as `==` on code compares them in
    /// CPython: everything but the file name and qualified name, with
    /// constants compared by type and value (`0.0` is not `-0.0`) and
    /// nested code compared the same way.
    pub fn same_code(&self, other: &CodeObject) -> bool {
        let same_consts = self.consts.len() == other.consts.len()
            && self.consts.iter().zip(&other.consts).all(|pair| match pair {
                (Constant::Code(a), Constant::Code(b)) => a.same_code(b),
                (a, b) => a.same_as(b),
            });
        self.name == other.name
            && self.argcount == other.argcount
            && self.posonlyargcount == other.posonlyargcount
            && self.kwonlyargcount == other.kwonlyargcount
            && self.flags == other.flags
            && self.firstlineno == other.firstlineno
            && self.code == other.code
            && self.names == other.names
            && self.varnames == other.varnames
            && self.cellvars == other.cellvars
            && self.freevars == other.freevars
            && self.locations == other.locations
            && self.exception_table == other.exception_table
            && same_consts
    }

    /// The instructions, with `EXTENDED_ARG` folded in. The compiler only
    /// produces valid code, so decoding cannot fail for its output.
    pub fn instructions(&self) -> Vec<Instruction> {
        decode(&self.code).unwrap_or_default()
    }

    /// The source location of the instruction at a byte offset.
    pub fn location_at(&self, offset: usize) -> Location {
        self.locations.get(offset / 2).copied().unwrap_or_default()
    }

    /// The handler covering the instruction at a byte offset.
    pub fn handler_at(&self, offset: usize) -> Option<&ExceptionEntry> {
        let offset = offset as u32;
        self.exception_table.iter().find(|e| e.start <= offset && offset < e.end)
    }

    /// Number of fast locals (`co_nlocals`).
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// Total positional and keyword parameters, not counting `*args` and
    /// `**kwargs`.
    pub fn total_args(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR) != 0
    }
}
