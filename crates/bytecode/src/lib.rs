//! ferropy's bytecode: one opcode table from which everything about an
//! instruction is derived (enum, name, number, stack effect, argument kind),
//! and the code object the compiler produces and the runtime loads.
//!
//! The canonical form is CPython 3.6 style wordcode: two bytes per
//! instruction (opcode, argument), with `EXTENDED_ARG` prefixes for arguments
//! above 255. Opcodes that exist in CPython 3.6 keep their 3.6 names and
//! numbers so that a classroom `dis.dis` listing reproduces exactly; opcodes
//! for later language features take numbers that 3.6 left free.

mod code;
mod constant;
mod opcode;
pub mod serial;

pub use code::{CodeFlags, CodeObject, ExceptionEntry, Location};
pub use constant::Constant;
pub use opcode::{decode, encode_arg_units, ArgKind, Instruction, Opcode, COMPARE_OPS, HAVE_ARGUMENT};
