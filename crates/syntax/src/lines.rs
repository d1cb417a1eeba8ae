//! Byte offsets to lines and columns.

/// The start offset of every line of a source text.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// 1-based line and 0-based byte column of an offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        ((line + 1) as u32, (offset - self.starts[line]) as u32)
    }

    /// 1-based line and 0-based character column of an offset.
    pub fn line_col_chars(&self, source: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(source.len());
        let (line, col) = self.line_col(offset);
        let start = self.starts[line as usize - 1];
        let chars = source.get(start..start + col as usize).map_or(col as usize, |s| s.chars().count());
        (line, chars as u32)
    }

    /// The text of a 1-based line, with its line ending.
    pub fn line_text<'a>(&self, source: &'a str, line: u32) -> Option<&'a str> {
        let index = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(index)?;
        let end = self.starts.get(index + 1).copied().unwrap_or(source.len());
        source.get(start..end)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}
