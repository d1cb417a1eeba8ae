//! The opcode table. Every fact about an instruction lives in the single
//! `opcodes!` invocation below; the enum, `name`, `from_u8`, `stack_effect`
//! and `arg_kind` are all generated from it, so adding an instruction is one
//! line here plus its implementation in the compiler and the VM.

/// Opcodes below this number take no argument (their argument byte is 0).
pub const HAVE_ARGUMENT: u8 = 90;

/// The comparison operators of `COMPARE_OP`, indexed by its argument
/// (the CPython 3.6 `dis.cmp_op` table).
pub const COMPARE_OPS: [&str; 10] = ["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"];

/// What an instruction's argument refers to; `dis` uses it to print the
/// argument's meaning in parentheses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument.
    None,
    /// A plain number (a count, flags, ...).
    Number,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names`.
    Name,
    /// An index into `co_varnames`.
    Local,
    /// An index into `co_cellvars + co_freevars`.
    Free,
    /// A jump relative to the next instruction, in bytes.
    JumpRelative,
    /// A jump to an absolute byte offset.
    JumpAbsolute,
    /// An index into [`COMPARE_OPS`].
    Compare,
}

macro_rules! opcodes {
    ($( $name:ident = $num:literal, $kind:ident, |$a:pat_param, $j:pat_param| $effect:expr; )*) => {
        /// A canonical opcode. Variant names are the names `dis` prints.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode { $( $name = $num, )* }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[ $( Opcode::$name, )* ];

            /// The opcode with this number, if there is one.
            #[inline]
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                match byte { $( $num => Some(Opcode::$name), )* _ => None }
            }

            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }

            /// What the argument means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $( Opcode::$name => ArgKind::$kind, )* }
            }

            /// The net change in stack depth when this instruction runs with
            /// argument `arg`; `jump` selects the effect when the instruction
            /// branches (it matters only for conditional jumps and `FOR_ITER`).
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self { $( Opcode::$name => { let $a = arg as i32; let $j = jump; $effect } )* }
            }
        }
    };
}

opcodes! {
    POP_TOP = 1, None, |_, _| -1;
    ROT_TWO = 2, None, |_, _| 0;
    ROT_THREE = 3, None, |_, _| 0;
    DUP_TOP = 4, None, |_, _| 1;
    DUP_TOP_TWO = 5, None, |_, _| 2;
    ROT_FOUR = 6, None, |_, _| 0;
    NOP = 9, None, |_, _| 0;
    UNARY_POSITIVE = 10, None, |_, _| 0;
    UNARY_NEGATIVE = 11, None, |_, _| 0;
    UNARY_NOT = 12, None, |_, _| 0;
    UNARY_INVERT = 15, None, |_, _| 0;
    BINARY_MATRIX_MULTIPLY = 16, None, |_, _| -1;
    INPLACE_MATRIX_MULTIPLY = 17, None, |_, _| -1;
    BINARY_POWER = 19, None, |_, _| -1;
    BINARY_MULTIPLY = 20, None, |_, _| -1;
    BINARY_MODULO = 22, None, |_, _| -1;
    BINARY_ADD = 23, None, |_, _| -1;
    BINARY_SUBTRACT = 24, None, |_, _| -1;
    BINARY_SUBSCR = 25, None, |_, _| -1;
    BINARY_FLOOR_DIVIDE = 26, None, |_, _| -1;
    BINARY_TRUE_DIVIDE = 27, None, |_, _| -1;
    INPLACE_FLOOR_DIVIDE = 28, None, |_, _| -1;
    INPLACE_TRUE_DIVIDE = 29, None, |_, _| -1;
    // Pattern matching (3.10): push a fact about TOS, keeping TOS.
    GET_LEN = 30, None, |_, _| 1;
    MATCH_MAPPING = 31, None, |_, _| 1;
    MATCH_SEQUENCE = 32, None, |_, _| 1;
    // keys on TOS, subject below: push a tuple of the values, or None.
    MATCH_KEYS = 33, None, |_, _| 1;
    // keys on TOS, subject below: replace keys by a dict without them.
    COPY_DICT_WITHOUT_KEYS = 34, None, |_, _| 0;
    // Exception handling (3.11 style, with an exception table):
    // exc on TOS -> previous handled exception, exc; exc becomes handled.
    PUSH_EXC_INFO = 35, None, |_, _| 1;
    // type on TOS, exc below: replace type by `isinstance(exc, type)`.
    CHECK_EXC_MATCH = 36, None, |_, _| 0;
    // except*: (exc, type) -> (rest, match).
    CHECK_EG_MATCH = 37, None, |_, _| 0;
    // exit, prev, exc on the stack: push exit(type, exc, tb).
    WITH_EXCEPT_START = 49, None, |_, _| 1;
    GET_AITER = 50, None, |_, _| 0;
    GET_ANEXT = 51, None, |_, _| 1;
    BEFORE_ASYNC_WITH = 52, None, |_, _| 1;
    // context manager on TOS -> bound __exit__, result of __enter__.
    BEFORE_WITH = 53, None, |_, _| 1;
    END_ASYNC_FOR = 54, None, |_, _| -2;
    INPLACE_ADD = 55, None, |_, _| -1;
    INPLACE_SUBTRACT = 56, None, |_, _| -1;
    INPLACE_MULTIPLY = 57, None, |_, _| -1;
    INPLACE_MODULO = 59, None, |_, _| -1;
    STORE_SUBSCR = 60, None, |_, _| -3;
    DELETE_SUBSCR = 61, None, |_, _| -2;
    BINARY_LSHIFT = 62, None, |_, _| -1;
    BINARY_RSHIFT = 63, None, |_, _| -1;
    BINARY_AND = 64, None, |_, _| -1;
    BINARY_XOR = 65, None, |_, _| -1;
    BINARY_OR = 66, None, |_, _| -1;
    INPLACE_POWER = 67, None, |_, _| -1;
    GET_ITER = 68, None, |_, _| 0;
    GET_YIELD_FROM_ITER = 69, None, |_, _| 0;
    PRINT_EXPR = 70, None, |_, _| -1;
    LOAD_BUILD_CLASS = 71, None, |_, _| 1;
    YIELD_FROM = 72, None, |_, _| -1;
    GET_AWAITABLE = 73, None, |_, _| 0;
    LOAD_ASSERTION_ERROR = 74, None, |_, _| 1;
    INPLACE_LSHIFT = 75, None, |_, _| -1;
    INPLACE_RSHIFT = 76, None, |_, _| -1;
    INPLACE_AND = 77, None, |_, _| -1;
    INPLACE_XOR = 78, None, |_, _| -1;
    INPLACE_OR = 79, None, |_, _| -1;
    LIST_TO_TUPLE = 82, None, |_, _| 0;
    RETURN_VALUE = 83, None, |_, _| -1;
    IMPORT_STAR = 84, None, |_, _| -1;
    SETUP_ANNOTATIONS = 85, None, |_, _| 0;
    YIELD_VALUE = 86, None, |_, _| 0;
    // Async generators: mark TOS as a value yielded to the iterating code
    // rather than to the event loop.
    ASYNC_GEN_WRAP = 87, None, |_, _| 0;
    // Pops the previous handled exception and makes it current again.
    // except*: (orig, raised list) -> what to raise, or None.
    PREP_RERAISE_STAR = 88, None, |_, _| -1;
    POP_EXCEPT = 89, None, |_, _| -1;
    STORE_NAME = 90, Name, |_, _| -1;
    DELETE_NAME = 91, Name, |_, _| 0;
    UNPACK_SEQUENCE = 92, Number, |a, _| a - 1;
    FOR_ITER = 93, JumpRelative, |_, j| if j { -1 } else { 1 };
    UNPACK_EX = 94, Number, |a, _| (a & 0xff) + (a >> 8);
    STORE_ATTR = 95, Name, |_, _| -2;
    DELETE_ATTR = 96, Name, |_, _| -1;
    STORE_GLOBAL = 97, Name, |_, _| -1;
    DELETE_GLOBAL = 98, Name, |_, _| 0;
    // Swap TOS with the item `arg` deep (SWAP 2 is ROT_TWO).
    SWAP = 99, Number, |_, _| 0;
    LOAD_CONST = 100, Const, |_, _| 1;
    LOAD_NAME = 101, Name, |_, _| 1;
    BUILD_TUPLE = 102, Number, |a, _| 1 - a;
    BUILD_LIST = 103, Number, |a, _| 1 - a;
    BUILD_SET = 104, Number, |a, _| 1 - a;
    BUILD_MAP = 105, Number, |a, _| 1 - 2 * a;
    LOAD_ATTR = 106, Name, |_, _| 0;
    COMPARE_OP = 107, Compare, |_, _| -1;
    IMPORT_NAME = 108, Name, |_, _| -1;
    IMPORT_FROM = 109, Name, |_, _| 1;
    JUMP_FORWARD = 110, JumpRelative, |_, _| 0;
    JUMP_IF_FALSE_OR_POP = 111, JumpAbsolute, |_, j| if j { 0 } else { -1 };
    JUMP_IF_TRUE_OR_POP = 112, JumpAbsolute, |_, j| if j { 0 } else { -1 };
    JUMP_ABSOLUTE = 113, JumpAbsolute, |_, _| 0;
    POP_JUMP_IF_FALSE = 114, JumpAbsolute, |_, _| -1;
    POP_JUMP_IF_TRUE = 115, JumpAbsolute, |_, _| -1;
    LOAD_GLOBAL = 116, Name, |_, _| 1;
    // Re-raise TOS; with a nonzero argument the traceback's position comes
    // from the saved instruction offset below it.
    RERAISE = 119, Number, |_, _| -1;
    // Push a copy of the item `arg` deep (COPY 1 is DUP_TOP).
    COPY = 120, Number, |_, _| 1;
    LOAD_FAST = 124, Local, |_, _| 1;
    STORE_FAST = 125, Local, |_, _| -1;
    DELETE_FAST = 126, Local, |_, _| 0;
    RAISE_VARARGS = 130, Number, |a, _| -a;
    CALL_FUNCTION = 131, Number, |a, _| -a;
    // Flags: 1 defaults tuple, 2 keyword defaults dict, 4 annotations,
    // 8 closure tuple; the code object is on TOS.
    MAKE_FUNCTION = 132, Number, |a, _| -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1));
    BUILD_SLICE = 133, Number, |a, _| if a == 3 { -2 } else { -1 };
    LOAD_CLOSURE = 135, Free, |_, _| 1;
    LOAD_DEREF = 136, Free, |_, _| 1;
    STORE_DEREF = 137, Free, |_, _| -1;
    DELETE_DEREF = 138, Free, |_, _| 0;
    CALL_FUNCTION_KW = 141, Number, |a, _| -a - 1;
    CALL_FUNCTION_EX = 142, Number, |a, _| -1 - (a & 1);
    EXTENDED_ARG = 144, Number, |_, _| 0;
    LIST_APPEND = 145, Number, |_, _| -1;
    SET_ADD = 146, Number, |_, _| -1;
    MAP_ADD = 147, Number, |_, _| -2;
    LOAD_CLASSDEREF = 148, Free, |_, _| 1;
    // subject, class, attribute names -> tuple of matched attributes, or None.
    MATCH_CLASS = 152, Number, |_, _| -2;
    // Flags: low 2 bits conversion (1 str, 2 repr, 3 ascii), 4 has a spec.
    FORMAT_VALUE = 155, Number, |a, _| if a & 4 != 0 { -1 } else { 0 };
    BUILD_CONST_KEY_MAP = 156, Number, |a, _| -a;
    BUILD_STRING = 157, Number, |a, _| 1 - a;
    LOAD_METHOD = 160, Name, |_, _| 1;
    CALL_METHOD = 161, Number, |a, _| -a - 1;
    LIST_EXTEND = 162, Number, |_, _| -1;
    SET_UPDATE = 163, Number, |_, _| -1;
    DICT_MERGE = 164, Number, |_, _| -1;
    DICT_UPDATE = 165, Number, |_, _| -1;
    // Superinstructions: never in `co_code`, never emitted by the compiler.
    // The runtime fuses common sequences into them when it loads code (see
    // runtime/src/types/code.rs); the instructions they cover stay in place
    // behind them, so jumps and exception handlers see the canonical code.
    // arg: local | second local << 16.
    LOAD_FAST_LOAD_FAST = 230, Number, |_, _| 2;
    // arg: local (a sequence) | local (an index) << 16; LOAD_FAST x2 + BINARY_SUBSCR.
    SUBSCR_FAST_FAST = 231, Number, |_, _| 1;
    // arg: local (an index); LOAD_FAST + BINARY_SUBSCR on the top of stack.
    SUBSCR_TOS_FAST = 232, Number, |_, _| 0;
    // arg: the loop's exit (as FOR_ITER); FOR_ITER + STORE_FAST (the
    // local is the covered STORE_FAST's arg).
    FOR_ITER_STORE_FAST = 233, JumpAbsolute, |_, _| 0;
    // DUP_TOP_TWO + BINARY_SUBSCR: push TOS1[TOS], keeping both.
    SUBSCR_KEEP = 234, Number, |_, _| 1;
    // ROT_THREE + STORE_SUBSCR: [c, i, v] -> c[i] = v.
    STORE_SUBSCR_AUG = 235, Number, |_, _| -3;
    // Two arithmetic instructions in a row: arg = the first's index in the
    // runtime's ARITH_OPS (the second stays in place behind it).
    ARITH_ARITH = 236, Number, |_, _| -2;
    // LOAD_FAST a, LOAD_FAST b, BINARY_SUBSCR, LOAD_FAST c, BINARY_SUBSCR:
    // a[b][c]; arg = a | b << 10 | c << 20.
    SUBSCR2_FAST = 237, Number, |_, _| 1;
    // LOAD_FAST + DUP_TOP_TWO + BINARY_SUBSCR; arg: the local.
    LOAD_FAST_SUBSCR_KEEP = 238, Number, |_, _| 2;
    // LOAD_FAST a, LOAD_FAST b, DUP_TOP_TWO, BINARY_SUBSCR; arg = a | b << 16.
    FAST_FAST_SUBSCR_KEEP = 239, Number, |_, _| 3;
}

impl Opcode {
    /// A runtime superinstruction, not part of the canonical instruction
    /// set (`dis` and `co_code` never show it).
    pub fn is_internal(self) -> bool {
        self as u8 >= 230
    }

    /// Whether the instruction's argument byte is meaningful.
    pub fn has_arg(self) -> bool {
        self as u8 >= HAVE_ARGUMENT
    }

    /// Whether the instruction may transfer control to its target.
    pub fn is_jump(self) -> bool {
        matches!(self.arg_kind(), ArgKind::JumpRelative | ArgKind::JumpAbsolute)
    }

    /// Whether execution never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::RETURN_VALUE
                | Opcode::RAISE_VARARGS
                | Opcode::RERAISE
                | Opcode::JUMP_ABSOLUTE
                | Opcode::JUMP_FORWARD
        )
    }
}

/// One decoded instruction: its byte offset in the canonical code, the
/// offset of the first unit that belongs to it (an `EXTENDED_ARG` prefix, if
/// any), the opcode and the full argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub offset: usize,
    pub start: usize,
    pub opcode: Opcode,
    pub arg: u32,
}

impl Instruction {
    /// Byte offset of the instruction after this one.
    pub fn next_offset(&self) -> usize {
        self.offset + 2
    }

    /// The byte offset a jump instruction targets.
    pub fn jump_target(&self) -> Option<usize> {
        match self.opcode.arg_kind() {
            ArgKind::JumpRelative => Some(self.next_offset() + self.arg as usize),
            ArgKind::JumpAbsolute => Some(self.arg as usize),
            _ => None,
        }
    }
}

/// Decodes canonical wordcode into instructions, folding `EXTENDED_ARG`
/// prefixes into the argument of the instruction they precede. Unknown
/// opcodes are reported as `Err(offset)`.
pub fn decode(code: &[u8]) -> Result<Vec<Instruction>, usize> {
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut ext: u32 = 0;
    let mut start = 0;
    for (index, unit) in code.chunks_exact(2).enumerate() {
        let offset = index * 2;
        let opcode = Opcode::from_u8(unit[0]).ok_or(offset)?;
        let arg = (ext << 8) | unit[1] as u32;
        if opcode == Opcode::EXTENDED_ARG {
            if ext == 0 {
                start = offset;
            }
            ext = arg;
            continue;
        }
        if ext == 0 {
            start = offset;
        }
        out.push(Instruction { offset, start, opcode, arg });
        ext = 0;
    }
    Ok(out)
}

/// How many two-byte units an instruction with this argument occupies
/// (one, plus one `EXTENDED_ARG` per extra argument byte).
pub fn encode_arg_units(arg: u32) -> usize {
    match arg {
        0..=0xff => 1,
        0x100..=0xffff => 2,
        0x1_0000..=0xff_ffff => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
        }
        assert_eq!(Opcode::LOAD_FAST as u8, 124);
        assert_eq!(Opcode::BINARY_MULTIPLY as u8, 20);
        assert_eq!(Opcode::LOAD_CONST as u8, 100);
        assert_eq!(Opcode::BINARY_ADD as u8, 23);
        assert_eq!(Opcode::RETURN_VALUE as u8, 83);
    }

    #[test]
    fn arguments_follow_have_argument() {
        for &op in Opcode::ALL {
            assert_eq!(op.has_arg(), op.arg_kind() != ArgKind::None, "{}", op.name());
        }
    }

    #[test]
    fn decode_folds_extended_arg() {
        let code = [144, 1, 100, 2, 83, 0];
        let ins = decode(&code).unwrap();
        assert_eq!(ins.len(), 2);
        assert_eq!(ins[0].arg, 258);
        assert_eq!(ins[0].start, 0);
        assert_eq!(ins[0].offset, 2);
        assert_eq!(decode(&[255, 0]), Err(0));
    }
}
