//! A byte format for code objects: what `marshal` writes for code and what
//! the build embeds for the library's precompiled modules.
//!
//! The format is ferropy's own (CPython's marshal format for code is
//! CPython-specific too). It starts with a magic and a format version, so
//! bytes from an incompatible build are refused rather than misread. All
//! integers are little-endian; lengths are u32. Decoding never trusts its
//! input: every length is checked against the bytes left, and `verify`
//! checks that the instructions only index what the code object has.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::{decode, ArgKind, CodeObject, Constant, ExceptionEntry, Location, COMPARE_OPS};

/// The first bytes of every encoded code object.
const MAGIC: &[u8; 4] = b"FPYC";
/// Bumped whenever the layout below or the meaning of the bytecode changes.
const FORMAT_VERSION: u32 = 1;
/// What the build of this crate and the compiler is (crates/bytecode/
/// build.rs hashes their sources): bytes written by another build are
/// refused, since the same opcodes may mean other things there.
pub const FINGERPRINT: u64 = match u64::from_str_radix(env!("FERROPY_CODE_FINGERPRINT"), 10) {
    Ok(n) => n,
    Err(_) => panic!("FERROPY_CODE_FINGERPRINT is not a number"),
};
/// Nesting deeper than this is refused (a crafted input could otherwise
/// recurse without end).
const MAX_DEPTH: usize = 200;

/// Why bytes could not be decoded into a code object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError(pub &'static str);

/// Encodes a code object (with the code objects among its constants).
pub fn encode(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::with_capacity(code.code.len() * 4 + 64);
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, FORMAT_VERSION);
    out.extend_from_slice(&FINGERPRINT.to_le_bytes());
    put_code(&mut out, code);
    out
}

/// Decodes what `encode` wrote, checking it on the way.
pub fn decode_code(data: &[u8]) -> Result<CodeObject, FormatError> {
    let mut r = Reader { data, pos: 0 };
    if r.take(4)? != MAGIC {
        return Err(FormatError("not a ferropy code object"));
    }
    if r.u32()? != FORMAT_VERSION {
        return Err(FormatError("code object from an incompatible ferropy build"));
    }
    if r.take(8)? != FINGERPRINT.to_le_bytes() {
        return Err(FormatError("code object from another ferropy build"));
    }
    let code = r.code(0)?;
    if r.pos != data.len() {
        return Err(FormatError("trailing bytes after the code object"));
    }
    Ok(code)
}

fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_len(out: &mut Vec<u8>, n: usize) {
    put_u32(out, u32::try_from(n).expect("code objects stay below 4 GiB"));
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    put_len(out, b.len());
    out.extend_from_slice(b);
}

fn put_strs(out: &mut Vec<u8>, items: &[String]) {
    put_len(out, items.len());
    for s in items {
        put_bytes(out, s.as_bytes());
    }
}

fn put_code(out: &mut Vec<u8>, c: &CodeObject) {
    put_bytes(out, &c.code);
    put_len(out, c.consts.len());
    for k in &c.consts {
        put_constant(out, k);
    }
    for list in [&c.names, &c.varnames, &c.cellvars, &c.freevars] {
        put_strs(out, list);
    }
    for n in [c.argcount, c.posonlyargcount, c.kwonlyargcount, c.flags, c.stacksize, c.firstlineno] {
        put_u32(out, n);
    }
    for s in [&c.name, &c.qualname, &c.filename] {
        put_bytes(out, s.as_bytes());
    }
    put_len(out, c.locations.len());
    for l in &c.locations {
        for n in [l.line, l.end_line, l.col, l.end_col] {
            put_u32(out, n);
        }
    }
    put_len(out, c.exception_table.len());
    for e in &c.exception_table {
        for n in [e.start, e.end, e.target, e.depth, e.push_lasti as u32] {
            put_u32(out, n);
        }
    }
}

fn put_constant(out: &mut Vec<u8>, k: &Constant) {
    match k {
        Constant::None => out.push(b'N'),
        Constant::Ellipsis => out.push(b'.'),
        Constant::Bool(b) => out.push(if *b { b'T' } else { b'F' }),
        Constant::Int(i) => {
            out.push(b'i');
            out.extend_from_slice(&i.to_le_bytes());
        }
        Constant::BigInt(i) => {
            out.push(b'l');
            put_bytes(out, &i.to_signed_bytes_le());
        }
        Constant::Float(f) => {
            out.push(b'g');
            out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        Constant::Complex { real, imag } => {
            out.push(b'y');
            out.extend_from_slice(&real.to_bits().to_le_bytes());
            out.extend_from_slice(&imag.to_bits().to_le_bytes());
        }
        Constant::Str(s) => {
            out.push(b'u');
            put_bytes(out, s.as_bytes());
        }
        Constant::Bytes(b) => {
            out.push(b's');
            put_bytes(out, b);
        }
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            out.push(if matches!(k, Constant::Tuple(_)) { b'(' } else { b'>' });
            put_len(out, items.len());
            for item in items.iter() {
                put_constant(out, item);
            }
        }
        Constant::Code(code) => {
            out.push(b'c');
            put_code(out, code);
        }
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let end = self.pos.checked_add(n).filter(|&end| end <= self.data.len());
        let end = end.ok_or(FormatError("truncated code object"))?;
        let bytes = &self.data[self.pos..end];
        self.pos = end;
        Ok(bytes)
    }

    fn u8(&mut self) -> Result<u8, FormatError> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("four bytes")))
    }

    fn u64(&mut self) -> Result<u64, FormatError> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into().expect("eight bytes")))
    }

    /// A count of items each at least `min_size` bytes long: refused when
    /// the bytes left cannot hold that many, so a crafted count cannot make
    /// us reserve gigabytes.
    fn count(&mut self, min_size: usize) -> Result<usize, FormatError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size) > self.data.len() - self.pos {
            return Err(FormatError("truncated code object"));
        }
        Ok(n)
    }

    fn bytes(&mut self) -> Result<&'a [u8], FormatError> {
        let n = self.u32()? as usize;
        self.take(n)
    }

    fn string(&mut self) -> Result<String, FormatError> {
        let b = self.bytes()?;
        std::str::from_utf8(b).map(str::to_string).map_err(|_| FormatError("bad UTF-8 in code object"))
    }

    fn strings(&mut self) -> Result<Vec<String>, FormatError> {
        let n = self.count(4)?;
        (0..n).map(|_| self.string()).collect()
    }

    fn code(&mut self, depth: usize) -> Result<CodeObject, FormatError> {
        if depth > MAX_DEPTH {
            return Err(FormatError("code object nested too deeply"));
        }
        let code = self.bytes()?.to_vec();
        let nconsts = self.count(1)?;
        let consts = (0..nconsts).map(|_| self.constant(depth + 1)).collect::<Result<Vec<_>, _>>()?;
        let names = self.strings()?;
        let varnames = self.strings()?;
        let cellvars = self.strings()?;
        let freevars = self.strings()?;
        let mut nums = [0u32; 6];
        for n in &mut nums {
            *n = self.u32()?;
        }
        let [argcount, posonlyargcount, kwonlyargcount, flags, stacksize, firstlineno] = nums;
        let name = self.string()?;
        let qualname = self.string()?;
        let filename = self.string()?;
        let nlocations = self.count(16)?;
        let mut locations = Vec::with_capacity(nlocations);
        for _ in 0..nlocations {
            locations.push(Location {
                line: self.u32()?,
                end_line: self.u32()?,
                col: self.u32()?,
                end_col: self.u32()?,
            });
        }
        let nentries = self.count(20)?;
        let mut exception_table = Vec::with_capacity(nentries);
        for _ in 0..nentries {
            let (start, end, target, depth) = (self.u32()?, self.u32()?, self.u32()?, self.u32()?);
            let push_lasti = match self.u32()? {
                0 => false,
                1 => true,
                _ => return Err(FormatError("bad exception table entry")),
            };
            exception_table.push(ExceptionEntry { start, end, target, depth, push_lasti });
        }
        let code = CodeObject {
            code,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            stacksize,
            name,
            qualname,
            filename,
            firstlineno,
            locations,
            exception_table,
        };
        verify(&code)?;
        Ok(code)
    }

    fn constant(&mut self, depth: usize) -> Result<Constant, FormatError> {
        if depth > MAX_DEPTH {
            return Err(FormatError("constant nested too deeply"));
        }
        Ok(match self.u8()? {
            b'N' => Constant::None,
            b'.' => Constant::Ellipsis,
            b'T' => Constant::Bool(true),
            b'F' => Constant::Bool(false),
            b'i' => Constant::Int(self.u64()? as i64),
            b'l' => Constant::BigInt(BigInt::from_signed_bytes_le(self.bytes()?)),
            b'g' => Constant::Float(f64::from_bits(self.u64()?)),
            b'y' => Constant::Complex { real: f64::from_bits(self.u64()?), imag: f64::from_bits(self.u64()?) },
            b'u' => Constant::Str(Rc::from(self.string()?)),
            b's' => Constant::Bytes(Rc::from(self.bytes()?)),
            kind @ (b'(' | b'>') => {
                let n = self.count(1)?;
                let items = (0..n).map(|_| self.constant(depth + 1)).collect::<Result<Vec<_>, _>>()?;
                if kind == b'(' {
                    Constant::Tuple(Rc::from(items))
                } else {
                    Constant::FrozenSet(Rc::from(items))
                }
            }
            b'c' => Constant::Code(Rc::new(self.code(depth + 1)?)),
            _ => return Err(FormatError("unknown constant kind in code object")),
        })
    }
}

/// Checks what the interpreter relies on without checking again: the
/// wordcode decodes, every argument indexes within its table, jumps and
/// handlers land on instructions, and there is one location per unit.
/// (Like CPython, it does not prove the stack discipline of hand-made
/// bytecode; the interpreter checks its value stack as it runs.)
pub fn verify(code: &CodeObject) -> Result<(), FormatError> {
    let bad = |what| Err(FormatError(what));
    if !code.code.len().is_multiple_of(2) || code.locations.len() != code.code.len() / 2 {
        return bad("code and location table disagree");
    }
    let instructions = decode(&code.code).map_err(|_| FormatError("unknown opcode in code object"))?;
    let units = code.code.len();
    let nfree = code.cellvars.len() + code.freevars.len();
    for ins in &instructions {
        let arg = ins.arg as usize;
        let in_range = match ins.opcode.arg_kind() {
            ArgKind::Const => arg < code.consts.len(),
            ArgKind::Name => arg < code.names.len(),
            ArgKind::Local => arg < code.varnames.len(),
            ArgKind::Free => arg < nfree,
            ArgKind::Compare => arg < COMPARE_OPS.len(),
            ArgKind::JumpRelative | ArgKind::JumpAbsolute => ins.jump_target().is_some_and(|t| t < units),
            ArgKind::None | ArgKind::Number => true,
        };
        if !in_range {
            return bad("instruction argument out of range in code object");
        }
    }
    if code.exception_table.iter().any(|e| e.start > e.end || e.end as usize > units || e.target as usize >= units) {
        return bad("exception table entry out of range");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CodeObject {
        let inner = CodeObject {
            code: vec![crate::Opcode::LOAD_CONST as u8, 0, crate::Opcode::RETURN_VALUE as u8, 0],
            consts: vec![Constant::BigInt(BigInt::from(-1) << 80)],
            locations: vec![Location { line: 2, end_line: 2, col: 4, end_col: 9 }; 2],
            name: "f".into(),
            qualname: "f".into(),
            filename: "t.py".into(),
            ..CodeObject::default()
        };
        CodeObject {
            code: vec![crate::Opcode::LOAD_CONST as u8, 1, crate::Opcode::RETURN_VALUE as u8, 0],
            consts: vec![
                Constant::Code(Rc::new(inner)),
                Constant::Tuple(Rc::from(vec![Constant::Float(-0.0), Constant::Str("é".into()), Constant::None])),
            ],
            names: vec!["x".into()],
            locations: vec![Location::default(); 2],
            exception_table: vec![ExceptionEntry { start: 0, end: 2, target: 2, depth: 0, push_lasti: true }],
            name: "<module>".into(),
            filename: "t.py".into(),
            ..CodeObject::default()
        }
    }

    #[test]
    fn round_trip_keeps_everything() {
        let code = sample();
        let back = decode_code(&encode(&code)).unwrap();
        assert!(back.same_code(&code));
        assert_eq!(back.filename, "t.py");
        assert_eq!(back.exception_table, code.exception_table);
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = encode(&sample());
        for n in 0..bytes.len() {
            assert!(decode_code(&bytes[..n]).is_err(), "prefix of {n} bytes");
        }
    }

    #[test]
    fn out_of_range_arguments_are_refused() {
        let mut code = sample();
        code.code[1] = 7; // LOAD_CONST 7 with two constants
        let err = decode_code(&encode(&code)).err();
        assert_eq!(err, Some(FormatError("instruction argument out of range in code object")));
        let mut bytes = encode(&sample());
        bytes[4] = 99;
        assert!(decode_code(&bytes).is_err());
    }
}
