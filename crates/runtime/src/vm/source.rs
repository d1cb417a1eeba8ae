//! Source text to code objects: decoding a file's bytes (PEP 263 coding
//! cookies, the UTF-8 byte order mark), compiling, and turning compiler
//! errors into `SyntaxError` exceptions with CPython's details.

use std::rc::Rc;

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Where source bytes come from: CPython words a decoding error of a file
/// (or stdin) differently from one of bytes given to `compile`/`exec`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SourceOrigin {
    File,
    /// A file CPython cannot seek in (stdin from a pipe): it then cannot
    /// re-open it in the declared encoding and reports an "encoding
    /// problem" for any cookie but UTF-8's.
    Pipe,
    Bytes,
}

/// A source file's text for showing its lines (tracebacks, errors found
/// after parsing): decoded as its coding cookie says where ferropy has the
/// codec, undecodable bytes replaced.
pub fn read_source_lossy(filename: &str) -> Option<String> {
    let bytes = std::fs::read(filename).ok()?;
    let declared = ferropy_syntax::encoding::declared(&bytes);
    let body = if declared.bom { &bytes[ferropy_syntax::encoding::BOM.len()..] } else { &bytes[..] };
    let codec = declared.cookie.as_deref().and_then(crate::codecs::Codec::lookup);
    Some(match codec {
        Some(codec @ (crate::codecs::Codec::Latin1 | crate::codecs::Codec::Charmap(_))) => {
            crate::codecs::decode_single_byte(codec, body)
        }
        _ => String::from_utf8_lossy(body).into_owned(),
    })
}

/// What the compiler's errors say when a statement has simply not ended
/// yet: the prompt then reads another line, and `compile()` with
/// PyCF_ALLOW_INCOMPLETE_INPUT reports "incomplete input".
pub const INCOMPLETE_MESSAGES: [&str; 6] = [
    "was never closed",
    "unexpected EOF",
    "unterminated triple-quoted string",
    "expected an indented block",
    "incomplete input",
    "unexpected end of input",
];

/// `compile()` flags for reading a statement a line at a time (`codeop`).
pub const PYCF_DONT_IMPLY_DEDENT: u32 = 0x200;
pub const PYCF_ALLOW_INCOMPLETE_INPUT: u32 = 0x4000;

/// Whether source read a line at a time has not ended yet, before it is
/// parsed: a backslash continues the last line, and without
/// PYCF_DONT_IMPLY_DEDENT's implied dedent a block (or a compound
/// statement on one line) ends only with a newline.
fn unfinished_source(source: &str, dont_imply_dedent: bool) -> bool {
    // A backslash continues the last line; a decorator awaits its def.
    let body = source.strip_suffix('\n').unwrap_or(source);
    let last_line = body.rsplit('\n').next().unwrap_or("");
    if last_line.ends_with('\\') || last_line.trim_start().starts_with('@') {
        return true;
    }
    if !dont_imply_dedent || source.is_empty() || source.ends_with('\n') {
        return false;
    }
    let last = source.rsplit('\n').next().unwrap_or("");
    let word = last.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
    last.starts_with([' ', '\t'])
        || last.starts_with('@')
        || ["if", "elif", "else", "while", "for", "def", "class", "with", "try", "except", "finally", "async"]
            .contains(&word)
}

impl Vm {
    /// Compiles source for `compile()` with PYCF_ALLOW_INCOMPLETE_INPUT
    /// among `flags`: a statement that has not ended yet is the
    /// SyntaxError "incomplete input", at its last line.
    pub fn compile_maybe_incomplete(
        &mut self,
        source: &str,
        filename: &str,
        mode: ferropy_compiler::Mode,
        flags: u32,
    ) -> PyResult<Rc<crate::types::code::Code>> {
        let incomplete = |vm: &mut Vm| {
            let line = source.lines().count().max(1) as i64;
            let place = [Value::Int(line), Value::Int(0), Value::None, Value::None, Value::None];
            vm.syntax_error_with("incomplete input".into(), filename, place)
        };
        // The implied dedent matters at a prompt ("single"), not for a
        // whole module.
        let dedent = flags & PYCF_DONT_IMPLY_DEDENT != 0 && mode == ferropy_compiler::Mode::Single;
        let unfinished = match mode {
            // An expression not begun yet awaits its first line.
            ferropy_compiler::Mode::Eval => {
                source.lines().all(|line| line.trim().is_empty() || line.trim_start().starts_with('#'))
            }
            _ => unfinished_source(source, dedent),
        };
        if unfinished {
            return Err(incomplete(self));
        }
        match self.compile_source_with_flags(source, filename, mode, flags) {
            Err(err) if self.err_matches(&err, &self.exc.syntax_error.clone()) => {
                let msg = self.get_attr_str(&err.value(), "msg").ok();
                let msg = msg.and_then(|m| self.str_string(&m).ok()).unwrap_or_default();
                // A missing block is unfinished only at the end of the
                // source: before more code, the block is simply absent.
                let line = match self.get_attr_str(&err.value(), "lineno") {
                    Ok(Value::Int(n)) => n,
                    _ => 0,
                };
                let at_end = source.lines().skip((line.max(1) - 1) as usize).all(|l| l.trim().is_empty())
                    || source.lines().rev().find(|l| !l.trim().is_empty()).is_some_and(|l| l.trim_end().ends_with(':'));
                let unfinished = INCOMPLETE_MESSAGES.iter().any(|m| msg.contains(m))
                    && (at_end || !msg.contains("expected an indented block"));
                if unfinished {
                    return Err(incomplete(self));
                }
                Err(err)
            }
            other => other,
        }
    }

    /// Decodes source bytes as CPython's tokenizer does: UTF-8 unless a
    /// coding cookie says otherwise; a byte order mark must agree with the
    /// cookie. Problems are CPython's SyntaxErrors.
    pub fn decode_source(&mut self, bytes: &[u8], filename: &str, origin: SourceOrigin) -> PyResult<String> {
        use ferropy_syntax::encoding;
        let declared = encoding::declared(bytes);
        let body = if declared.bom { &bytes[encoding::BOM.len()..] } else { bytes };
        let line_of = |at: usize| body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        match declared.cookie.as_deref() {
            Some(name) if declared.bom && name != "utf-8" => {
                Err(self.source_decode_error(format!("encoding problem: {name} with BOM"), filename, origin, 0))
            }
            Some(name) if name != "utf-8" => {
                if crate::codecs::Codec::lookup(name).is_none() || origin == SourceOrigin::Pipe {
                    // compile()/exec() of bytes word an unknown codec as codecs.lookup does.
                    let msg = match origin {
                        SourceOrigin::Bytes => format!("unknown encoding: {name}"),
                        _ => format!("encoding problem: {name}"),
                    };
                    return Err(self.source_decode_error(msg, filename, origin, 0));
                }
                match crate::codecs::decode(self, body, name, "strict") {
                    Ok(text) => Ok(text),
                    Err(err) => {
                        let detail = self.str_string(&Value::Obj(err.exc.clone())).unwrap_or_default();
                        Err(self.source_decode_error(format!("(unicode error) {detail}"), filename, origin, 1))
                    }
                }
            }
            _ => match std::str::from_utf8(body) {
                Ok(text) => Ok(text.to_string()),
                Err(e) => {
                    let at = e.valid_up_to();
                    let line = line_of(at);
                    if origin != SourceOrigin::Bytes && declared.cookie.is_none() {
                        let msg = format!(
                            "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, but no \
                             encoding declared; see https://peps.python.org/pep-0263/ for details",
                            body[at]
                        );
                        return Err(self.source_decode_error(msg, filename, SourceOrigin::File, 0));
                    }
                    // CPython skips comments undecoded and decodes each
                    // string literal (or name) on its own: the codec's words
                    // for the first one holding a bad byte, at the line
                    // where that token ends.
                    let bad = match encoding::utf8_with_bad_comments(body) {
                        Ok(text) => return Ok(text),
                        Err(bad) => bad,
                    };
                    let point = bad.point.min(body.len());
                    let line = line_of(point);
                    let detail = match crate::codecs::decode(self, &body[bad.span], "utf-8", "strict") {
                        Err(err) => self.str_string(&Value::Obj(err.exc.clone())).unwrap_or_default(),
                        Ok(_) => "invalid utf-8".to_string(),
                    };
                    // The line as CPython shows it (bad bytes replaced): read
                    // again from the file, or, when there is no such file,
                    // the tokenizer's lines from the token's first on. Its
                    // column: CPython measures the byte offset into the raw
                    // line against that text's UTF-8, keeping whole
                    // characters.
                    let line_start_of = |at: usize| body[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                    let line_start = line_start_of(point);
                    let text_start = if std::path::Path::new(filename).is_file() {
                        line_start
                    } else {
                        line_start_of(bad.token_start)
                    };
                    let line_end = body[point..].iter().position(|&b| b == b'\n').map_or(body.len(), |i| point + i + 1);
                    let text = String::from_utf8_lossy(&body[text_start..line_end]).into_owned();
                    let last_line = text.trim_end_matches('\n').rfind('\n').map_or(0, |i| i + 1);
                    let column = |at: usize| {
                        let line = &text[last_line..];
                        let prefix = &line.as_bytes()[..(at - line_start).min(line.len())];
                        let whole = std::str::from_utf8(prefix).map_or_else(|e| e.valid_up_to(), |_| prefix.len());
                        line[..whole].chars().count() as i64 + 1
                    };
                    let offset = column(point);
                    let end_offset = bad.point_end.map_or(-1, column);
                    let text = self.new_str(text);
                    let line = Value::Int(line as i64);
                    let place = [line.clone(), Value::Int(offset), text, line, Value::Int(end_offset)];
                    Err(self.syntax_error_with(format!("(unicode error) {detail}"), filename, place))
                }
            },
        }
    }

    /// A SyntaxError about a source's encoding: without a location for a
    /// file (CPython prints only the message), at `line` otherwise.
    fn source_decode_error(&mut self, msg: String, filename: &str, origin: SourceOrigin, line: usize) -> PyErr {
        if origin != SourceOrigin::Bytes {
            let ty = self.exc.syntax_error.clone();
            let msg = self.new_str(msg);
            return self.new_exception(&ty, vec![msg]);
        }
        let place = [Value::Int(line as i64), Value::None, Value::None, Value::None, Value::None];
        self.syntax_error_with(msg, filename, place)
    }

    /// SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
    /// end_offset)), the place given as those last five.
    fn syntax_error_with(&mut self, msg: String, filename: &str, place: [Value; 5]) -> PyErr {
        let ty = self.exc.syntax_error.clone();
        let msg = self.new_str(msg);
        let mut details = vec![self.new_str(filename)];
        details.extend(place);
        let details = self.new_tuple(details);
        self.new_exception(&ty, vec![msg, details])
    }

    /// Compiles source to a runtime code object, turning syntax errors
    /// into Python exceptions.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: ferropy_compiler::Mode,
    ) -> PyResult<Rc<crate::types::code::Code>> {
        self.compile_source_with_flags(source, filename, mode, 0)
    }

    /// `compile_source` with future features already in force: the
    /// `CO_FUTURE_*` bits among `flags` (a caller's `co_flags` or
    /// `compile()`'s flags; other bits are ignored).
    pub fn compile_source_with_flags(
        &mut self,
        source: &str,
        filename: &str,
        mode: ferropy_compiler::Mode,
        flags: u32,
    ) -> PyResult<Rc<crate::types::code::Code>> {
        let options = self.compile_options(flags);
        match ferropy_compiler::compile_with_warnings(source, filename, mode, options) {
            Ok((code, warnings)) => {
                for w in warnings {
                    self.show_syntax_warning(source, filename, &w);
                }
                Ok(crate::types::code::load_code(self, &code))
            }
            Err(e) => Err(self.syntax_error(e, filename)),
        }
    }

    /// The precompiled code of a module of the embedded library, by the
    /// file name it is compiled under, when it is what compiling its
    /// source now would give: without `-O` only (the build compiles with
    /// optimization off).
    pub fn embedded_code(&mut self, filename: &str) -> Option<Rc<crate::types::code::Code>> {
        if self.config.optimize != 0 {
            return None;
        }
        let bytes = (self.interp.embedded.get()?.code)(filename)?;
        let code = ferropy_bytecode::serial::decode_code(bytes).ok()?;
        Some(crate::types::code::load_code(self, &Rc::new(code)))
    }

    fn compile_options(&self, flags: u32) -> ferropy_compiler::Options {
        ferropy_compiler::Options {
            optimize: self.config.optimize,
            flags: flags & (ferropy_compiler::future::FUTURE_MASK | ferropy_compiler::future::ALLOW_TOP_LEVEL_AWAIT),
            constant_repr: Some(constant_repr),
        }
    }

    /// Compiles an `ast` tree (`compile(tree, ...)`).
    pub fn compile_ast_tree(
        &mut self,
        tree: &Value,
        filename: &str,
        mode: ferropy_compiler::Mode,
        flags: u32,
    ) -> PyResult<Rc<crate::types::code::Code>> {
        let (imported, source) = crate::ast_import::import_tree(self, tree)?;
        let options = self.compile_options(flags);
        let result = match (&imported, mode) {
            (crate::ast_import::Tree::Expression(e), ferropy_compiler::Mode::Eval) => {
                ferropy_compiler::compile_expression_tree(&source, filename, e, options)
            }
            (crate::ast_import::Tree::Module(m), ferropy_compiler::Mode::Exec | ferropy_compiler::Mode::Single) => {
                ferropy_compiler::compile_module_tree(
                    &source,
                    filename,
                    m,
                    mode == ferropy_compiler::Mode::Single,
                    options,
                )
            }
            (_, ferropy_compiler::Mode::Eval) => return Err(self.type_error("expected Expression node, got Module")),
            _ => return Err(self.type_error("expected Module node, got Expression")),
        };
        match result {
            Ok((code, _warnings)) => Ok(crate::types::code::load_code(self, &code)),
            Err(e) => Err(self.syntax_error(e, filename)),
        }
    }

    /// Compiles the source of a file: as `compile_source`, but a null byte
    /// is reported as CPython reports it for files (with its line).
    pub fn compile_file_source(&mut self, source: &str, filename: &str) -> PyResult<Rc<crate::types::code::Code>> {
        if let Some(at) = source.find('\0') {
            let lineno = source[..at].matches('\n').count() + 1;
            let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
            let text = self.new_str(&source[line_start..at]);
            let place = [Value::Int(lineno as i64), Value::None, text, Value::None, Value::None];
            return Err(self.syntax_error_with("source code cannot contain null bytes".into(), filename, place));
        }
        self.compile_source(source, filename, ferropy_compiler::Mode::Exec)
    }

    /// Prints a SyntaxWarning the way the `warnings` module shows it.
    fn show_syntax_warning(&mut self, source: &str, filename: &str, w: &ferropy_compiler::CompileWarning) {
        let mut text = format!("{filename}:{}: SyntaxWarning: {}\n", w.lineno, w.msg);
        if !filename.starts_with('<') {
            if let Some(line) = source.lines().nth(w.lineno.saturating_sub(1) as usize) {
                text.push_str(&format!("  {}\n", line.trim()));
            }
        }
        self.write_stderr(&text);
    }

    /// A SyntaxError (or IndentationError, TabError, RecursionError)
    /// exception from a compiler error.
    pub fn syntax_error(&mut self, e: ferropy_compiler::SyntaxError, filename: &str) -> PyErr {
        use ferropy_compiler::ErrorKind;
        let ty = match e.kind {
            ErrorKind::SyntaxError => self.exc.syntax_error.clone(),
            ErrorKind::IndentationError => self.exc.indentation_error.clone(),
            ErrorKind::TabError => self.exc.tab_error.clone(),
            ErrorKind::TooDeep => return self.new_error(&self.exc.recursion_error.clone(), e.msg),
            ErrorKind::Unsupported => return self.not_implemented_error(e.msg),
        };
        let msg = self.new_str(e.msg.clone());
        let details = if e.lineno == 0 {
            vec![self.new_str(filename), Value::None, Value::None, Value::None, Value::None, Value::None]
        } else {
            // Errors found after parsing show the line from the file on disk,
            // as CPython does (none for `compile()` of a string).
            let text = if e.from_compiler {
                read_source_lossy(filename).and_then(|s| s.lines().nth(e.lineno as usize - 1).map(|l| format!("{l}\n")))
            } else {
                e.text.clone()
            };
            let text = match text {
                Some(t) => self.new_str(t),
                None => Value::None,
            };
            let end_offset = if e.end_lineno == 0 { Value::None } else { Value::Int(e.end_offset as i64) };
            vec![
                self.new_str(filename),
                Value::Int(e.lineno as i64),
                Value::Int(e.offset as i64),
                text,
                Value::Int(e.end_lineno as i64),
                end_offset,
            ]
        };
        let details = self.new_tuple(details);
        self.new_exception(&ty, vec![msg, details])
    }
}

/// A constant's repr, for the compiler's annotation strings.
fn constant_repr(c: &ferropy_bytecode::Constant) -> String {
    use ferropy_bytecode::Constant;
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => crate::format::float_repr::repr(*f),
        Constant::Complex { real, imag } => crate::types::complex::repr_complex(*real, *imag),
        Constant::Str(s) => crate::types::str::repr_str(s),
        Constant::Bytes(b) => crate::types::bytes::repr_bytes(b),
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(constant_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}
