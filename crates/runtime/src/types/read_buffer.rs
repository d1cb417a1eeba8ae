//! The read side of a file object's buffer: bytes read from the OS and not
//! yet given to the program.
//!
//! Bytes are taken from the front, so the buffer keeps a start offset
//! instead of shifting what remains (shifting on every `readline` made
//! iterating over a file's lines cost a buffer's length per line). Space
//! before the start is reclaimed when the buffer refills.

use std::io::Read;

/// How much one read from the OS asks for.
const CHUNK: usize = 64 * 1024;

#[derive(Default)]
pub struct ReadBuffer {
    bytes: Vec<u8>,
    start: usize,
}

impl ReadBuffer {
    pub fn len(&self) -> usize {
        self.bytes.len() - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The buffered bytes.
    pub fn as_slice(&self) -> &[u8] {
        &self.bytes[self.start..]
    }

    /// Reads up to one chunk from `source` after what is buffered; the
    /// number of bytes read (0 at end of file).
    /// An interrupted read leaves the buffer as it was.
    pub fn fill_from(&mut self, source: &mut dyn Read) -> std::io::Result<usize> {
        if self.start > 0 && self.start >= self.bytes.len() / 2 {
            self.bytes.drain(..self.start);
            self.start = 0;
        }
        let old = self.bytes.len();
        self.bytes.resize(old + CHUNK, 0);
        let result = source.read(&mut self.bytes[old..]);
        let n = *result.as_ref().unwrap_or(&0);
        self.bytes.truncate(old + n);
        result
    }

    /// Puts bytes back in front of what is buffered (an empty buffer takes
    /// them without a copy).
    pub fn extend_front(&mut self, mut bytes: Vec<u8>) {
        if !self.is_empty() {
            bytes.extend_from_slice(self.as_slice());
        }
        self.bytes = bytes;
        self.start = 0;
    }

    /// Takes the first `n` buffered bytes (fewer if fewer are buffered).
    pub fn take(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.len());
        let out = self.bytes[self.start..self.start + n].to_vec();
        self.start += n;
        if self.start == self.bytes.len() {
            self.clear();
        }
        out
    }

    /// Drops the first `n` buffered bytes (fewer if fewer are buffered).
    pub fn advance(&mut self, n: usize) {
        self.start += n.min(self.len());
        if self.start == self.bytes.len() {
            self.clear();
        }
    }

    /// Takes everything buffered.
    pub fn take_all(&mut self) -> Vec<u8> {
        let mut out = std::mem::take(&mut self.bytes);
        out.drain(..self.start);
        self.start = 0;
        out
    }

    pub fn clear(&mut self) {
        self.bytes.clear();
        self.start = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_from_the_front() {
        let mut b = ReadBuffer::default();
        let mut source: &[u8] = b"line one\nline two\nrest";
        while b.fill_from(&mut source).expect("reads") > 0 {}
        assert_eq!(b.take(9), b"line one\n");
        assert_eq!(b.as_slice(), b"line two\nrest");
        assert_eq!(b.take(100), b"line two\nrest");
        assert!(b.is_empty());
        let mut more: &[u8] = b"abc";
        b.fill_from(&mut more).expect("reads");
        assert_eq!(b.take(1), b"a");
        assert_eq!(b.take_all(), b"bc");
    }
}
