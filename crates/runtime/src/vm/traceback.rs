//! Printing exceptions as CPython 3.11 does: chained exceptions, the
//! traceback entries with their source lines, repeated frames collapsed,
//! the SyntaxError location block, and "Did you mean" suggestions for
//! AttributeError and NameError.

use crate::object::{Obj, Payload};
use crate::value::Value;
use crate::vm::{PyErr, Vm};

/// The full text CPython prints for an uncaught exception.
pub fn format_exception(vm: &mut Vm, err: &PyErr) -> String {
    exception_chunks(vm, &err.exc, true, None).concat()
}

/// The text of an exception in the pieces `traceback.format_exception`
/// returns: the header, one piece per frame, the exception line...;
/// with `chain`, the causes and contexts first. `limit` keeps the first
/// (positive) or last (negative) frames of each traceback.
pub fn exception_chunks(vm: &mut Vm, exc: &Obj, chain: bool, limit: Option<i64>) -> Vec<String> {
    let mut out = Vec::new();
    let mut printer = Printer { out: &mut out, seen: Vec::new(), limit, chain, depth: 0, need_close: false };
    printer.exception(vm, exc);
    out
}

/// CPython's limits on printing nested exception groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Formats an exception with its chain and, for exception groups, the
/// boxed tree of their members (`traceback.TracebackException.format`).
struct Printer<'o> {
    out: &'o mut Vec<String>,
    seen: Vec<Obj>,
    limit: Option<i64>,
    chain: bool,
    /// How deep in exception groups the text is (0: not in one).
    depth: usize,
    /// Whether the group box being printed still needs its bottom line.
    need_close: bool,
}

impl Printer<'_> {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends a chunk, every line of it behind the group margin.
    fn emit(&mut self, chunk: String, margin: char) {
        if self.depth == 0 {
            self.out.push(chunk);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        self.out.push(chunk.split_inclusive('\n').map(|line| format!("{prefix}{line}")).collect());
    }

    fn exception(&mut self, vm: &mut Vm, exc: &Obj) {
        self.seen.push(exc.clone());
        if self.chain {
            let (cause, context, suppress) = match crate::types::exceptions::data(exc) {
                Some(d) => {
                    let d = d.borrow();
                    (d.cause.clone(), d.context.clone(), d.suppress_context)
                }
                None => (Value::None, Value::None, false),
            };
            let unseen = |s: &Self, c: &Obj| !s.seen.iter().any(|x| Obj::ptr_eq(x, c));
            if let Value::Obj(c) = &cause {
                if unseen(self, c) {
                    self.exception(vm, c);
                    self.emit("\nThe above exception was the direct cause of the following exception:\n\n".into(), '|');
                }
            } else if let (Value::Obj(c), false) = (&context, suppress) {
                if unseen(self, c) {
                    self.exception(vm, c);
                    self.emit("\nDuring handling of the above exception, another exception occurred:\n\n".into(), '|');
                }
            }
        }
        let members = crate::types::exceptions::data(exc)
            .and_then(|d| d.borrow().group.clone())
            .and_then(|(_, items)| crate::types::tuple::items(&items).map(|t| t.to_vec()));
        let tb = crate::types::exceptions::data(exc).and_then(|d| d.borrow().traceback.clone());
        let Some(members) = members else {
            if let Some(tb) = &tb {
                self.emit("Traceback (most recent call last):\n".into(), '|');
                for chunk in traceback_chunks(vm, tb, self.limit) {
                    self.emit(chunk, '|');
                }
            }
            for chunk in exception_only_chunks(vm, exc) {
                self.emit(chunk, '|');
            }
            return;
        };
        if self.depth > MAX_GROUP_DEPTH {
            self.emit(format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            return;
        }
        let top_level = self.depth == 0;
        if top_level {
            self.depth += 1;
        }
        if let Some(tb) = &tb {
            let margin = if top_level { '+' } else { '|' };
            self.emit("Exception Group Traceback (most recent call last):\n".into(), margin);
            for chunk in traceback_chunks(vm, tb, self.limit) {
                self.emit(chunk, '|');
            }
        }
        for chunk in exception_only_chunks(vm, exc) {
            self.emit(chunk, '|');
        }
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(shown).enumerate() {
            let last = i + 1 == shown;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let corner = if i == 0 { "+-" } else { "  " };
            self.out.push(format!("{}{corner}+---------------- {title} ----------------\n", self.indent()));
            self.depth += 1;
            if !truncated {
                if let Some(m) = member.as_obj() {
                    self.exception(vm, m);
                }
            } else {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                self.emit(format!("and {remaining} more exception{plural}\n"), '|');
            }
            if last && self.need_close {
                self.out.push(format!("{}+------------------------------------\n", self.indent()));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if top_level {
            self.depth = 0;
        }
    }
}

/// A source line as it is in the file (without its line ending).
fn raw_source_line(vm: &mut Vm, filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let text = if let Some(rest) = filename.strip_prefix(&format!("{}/", crate::vm::import::EMBEDDED_PATH)) {
        let module = rest.trim_end_matches(".py").trim_end_matches("/__init__").replace('/', ".");
        vm.interp.embedded.get().and_then(|lib| (lib.source)(&module)).map(|(s, _)| s.to_string())?
    } else if filename.starts_with('<') {
        return linecache_line(vm, filename, lineno);
    } else {
        crate::vm::source::read_source_lossy(filename)?
    };
    text.lines().nth(lineno as usize - 1).map(str::to_string)
}

/// A line of source that is not in a file ("<doctest ...>"), from Python's
/// linecache when a program has loaded it (doctest puts its examples'
/// source there).
fn linecache_line(vm: &mut Vm, filename: &str, lineno: u32) -> Option<String> {
    let modules = vm.modules.clone();
    let linecache = crate::types::dict::dict_get_str(vm, &modules, "linecache").ok().flatten()?;
    let name = vm.new_str(filename);
    let line = vm.call_method(&linecache, "getline", &[name, Value::Int(lineno as i64)]).ok()?;
    let line = crate::types::str::as_str(&line)?.trim_end_matches(['\n', '\r']).to_string();
    (!line.is_empty()).then_some(line)
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// The 3.11 marker line under a traceback's source line: `^` under the
/// failing expression, or for a binary operation or a subscript `~` under
/// its operands and `^` under the operator (`~~^~~`, `~^^^^`). `None` when
/// the expression is the whole line and has no such parts.
fn caret_line(line: &str, loc: ferropy_bytecode::Location) -> Option<String> {
    let chars_before = |byte: usize| line.get(..byte).map(|s| s.chars().count());
    let start = chars_before(loc.col as usize)?;
    let truncation = line.chars().take_while(|c| is_blank(*c)).count();
    let mut anchors = None;
    let end = if loc.line == loc.end_line {
        let end = chars_before(loc.end_col as usize)?;
        let segment = line.get(loc.col as usize..loc.end_col as usize)?;
        anchors = operator_anchors(segment).map(|(l, r)| (l + start, r + start));
        end
    } else {
        // A multi-line expression: up to the last non-blank character.
        line.trim_end_matches(|c: char| c.is_whitespace()).chars().count()
    };
    let stripped_len = line.chars().count() - truncation;
    if end <= start || (end.saturating_sub(start) == stripped_len && anchors.is_none()) {
        return None;
    }
    let (primary, secondary) = if anchors.is_some() { ('~', '^') } else { ('^', '^') };
    let mut out = String::from("    ");
    for offset in truncation + 1..=end {
        out.push(if offset <= start {
            ' '
        } else if anchors.is_some_and(|(left, right)| left < offset && offset <= right) {
            secondary
        } else {
            primary
        });
    }
    Some(out)
}

/// For a segment that is a binary operation or a subscript: the character
/// offsets bounding its operator (or its `[...]`).
fn operator_anchors(segment: &str) -> Option<(usize, usize)> {
    use ferropy_syntax::ast::{Expr, Stmt};
    use ferropy_syntax::Ranged;
    let module = ferropy_syntax::parse_module(segment).ok()?;
    let [Stmt::Expr(statement)] = module.body.as_slice() else {
        return None;
    };
    let to_chars = |byte: usize| segment.get(..byte).map(|s| s.chars().count());
    match statement.value.as_ref() {
        Expr::BinOp(binop) => {
            let bytes = segment.as_bytes();
            let from = binop.left.range().end().to_usize();
            let to = binop.right.range().start().to_usize();
            let i = (from..to).find(|&i| !matches!(bytes[i], b' ' | b'\t' | b'\x0c' | b'\n' | b'\r'))?;
            let mut right = i + 1;
            if i + 1 < to && !matches!(bytes[i + 1], b' ' | b'\t' | b'\x0c' | b'\n' | b'\r') {
                right += 1;
            }
            Some((to_chars(i)?, to_chars(right)?))
        }
        Expr::Subscript(sub) => {
            let left = sub.value.range().end().to_usize();
            let right = sub.slice.range().end().to_usize() + 1;
            Some((to_chars(left)?, to_chars(right.min(segment.len()))?))
        }
        _ => None,
    }
}

/// The lines after the traceback (`traceback.format_exception_only`):
/// a SyntaxError's location block, `Type: message`, and the notes.
pub fn exception_only_chunks(vm: &mut Vm, exc: &Obj) -> Vec<String> {
    let mut out = Vec::new();
    let exc_value = Value::Obj(exc.clone());
    let syntax_error = vm.exc.syntax_error.clone();
    if vm.is_instance(&exc_value, &syntax_error) {
        let mut block = String::new();
        format_syntax_error(vm, exc, &mut block);
        out.extend(block.split_inclusive('\n').map(str::to_string));
    }
    out.push(exception_line(vm, exc) + "\n");
    if let Some(notes) =
        exc.dict.clone().and_then(|d| crate::types::dict::dict_get_str(vm, &d, "__notes__").ok().flatten())
    {
        if let Ok(items) = vm.collect(&notes) {
            for n in items {
                if let Ok(s) = vm.str_string(&n) {
                    out.push(s + "\n");
                }
            }
        }
    }
    out
}

/// One piece per frame of a traceback (`traceback.format_tb`): the File
/// line, the source line and its markers; runs of the same frame are
/// collapsed as CPython does.
pub fn traceback_chunks(vm: &mut Vm, tb: &Obj, limit: Option<i64>) -> Vec<String> {
    let mut out = Vec::new();
    {
        let mut entries = crate::types::traceback::entries(tb);
        match limit {
            Some(n) if n >= 0 => entries.truncate(n as usize),
            Some(n) => {
                let keep = (n.unsigned_abs() as usize).min(entries.len());
                entries.drain(..entries.len() - keep);
            }
            None => {}
        }
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        for entry in &entries {
            let Some(d) = crate::types::traceback::data(entry) else {
                continue;
            };
            let file = d.code.source.filename.clone();
            let name = d.code.source.name.clone();
            let key = (file.clone(), d.lineno, name.clone());
            if last.as_ref() == Some(&key) {
                repeat += 1;
                if repeat >= 3 {
                    continue;
                }
            } else {
                flush_repeats(&mut out, repeat);
                repeat = 0;
                last = Some(key);
            }
            let mut entry = format!("  File \"{}\", line {}, in {}\n", file, d.lineno, name);
            if let Some(raw) = raw_source_line(vm, &file, d.lineno) {
                let line = raw.trim();
                if !line.is_empty() {
                    entry.push_str(&format!("    {line}\n"));
                    let loc = d.code.source.location_at(d.lasti * 2);
                    if loc.line == d.lineno {
                        if let Some(carets) = caret_line(&raw, loc) {
                            entry.push_str(&carets);
                            entry.push('\n');
                        }
                    }
                }
            }
            out.push(entry);
        }
        flush_repeats(&mut out, repeat);
    }
    out
}

fn flush_repeats(out: &mut Vec<String>, repeat: usize) {
    if repeat >= 3 {
        let more = repeat - 2;
        out.push(format!("  [Previous line repeated {more} more time{}]\n", if more == 1 { "" } else { "s" }));
    }
}

fn exc_attr(vm: &mut Vm, exc: &Obj, name: &str) -> Value {
    match &exc.dict {
        Some(d) => {
            let d = d.clone();
            crate::types::dict::dict_get_str(vm, &d, name).ok().flatten().unwrap_or(Value::None)
        }
        None => Value::None,
    }
}

/// The location block of a SyntaxError: file, line, the text and a caret.
fn format_syntax_error(vm: &mut Vm, exc: &Obj, out: &mut String) {
    let filename = exc_attr(vm, exc, "filename");
    let lineno = exc_attr(vm, exc, "lineno");
    let text = exc_attr(vm, exc, "text");
    let offset = exc_attr(vm, exc, "offset");
    let end_lineno = exc_attr(vm, exc, "end_lineno");
    let end_offset = exc_attr(vm, exc, "end_offset");
    let file = crate::types::str::as_str(&filename).unwrap_or("<string>").to_string();
    let Value::Int(line) = lineno else {
        return;
    };
    out.push_str(&format!("  File \"{file}\", line {line}\n"));
    let Some(text) = crate::types::str::as_str(&text).map(str::to_string) else {
        return;
    };
    let text = text.trim_end_matches(['\n', '\r']);
    let stripped = text.trim_start();
    let indent = text.chars().count() - stripped.chars().count();
    out.push_str(&format!("    {stripped}\n"));
    // As CPython's printer: the column counts from the stripped text, and
    // a caret left of it is not shown. IndentationErrors get one caret.
    if let Value::Int(off) = offset {
        let col = off - 1 - indent as i64;
        if col < 0 {
            return;
        }
        let col = (col as usize).min(stripped.chars().count());
        let indentation_error = vm.is_instance(&Value::Obj(exc.clone()), &vm.exc.indentation_error.clone());
        let width = match (end_lineno, end_offset) {
            _ if indentation_error => 1,
            (Value::Int(el), Value::Int(eo)) if el == line && eo > off => (eo - off) as usize,
            _ => 1,
        };
        let width = width.min(stripped.chars().count().saturating_sub(col).max(1));
        out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width.max(1))));
    }
}

/// `TypeName: message`, with the module prefix CPython uses and any
/// "Did you mean" suggestion.
pub fn exception_line(vm: &mut Vm, exc: &Obj) -> String {
    let cls = vm.class_of_obj(exc).clone();
    let qualname = crate::types::type_::data(&cls).qualname.borrow().clone();
    let module = crate::types::type_::type_module(vm, &cls).ok().flatten();
    let name = match module {
        Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{qualname}"),
        _ => qualname,
    };
    let syntax_error = vm.exc.syntax_error.clone();
    let exc_value = Value::Obj(exc.clone());
    let msg = if vm.is_instance(&exc_value, &syntax_error) {
        let m = exc_attr(vm, exc, "msg");
        vm.str_string(&m).unwrap_or_default()
    } else {
        match vm.str_string(&exc_value) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        }
    };
    let mut line = if msg.is_empty() { name } else { format!("{name}: {msg}") };
    if let Some(s) = suggestion(vm, exc) {
        line.push_str(&format!(". Did you mean: '{s}'?"));
    }
    line
}

fn suggestion(vm: &mut Vm, exc: &Obj) -> Option<String> {
    let exc_value = Value::Obj(exc.clone());
    let attr_err = vm.exc.attribute_error.clone();
    let name_err = vm.exc.name_error.clone();
    if vm.is_instance(&exc_value, &attr_err) {
        let name = exc_attr(vm, exc, "name");
        let name = crate::types::str::as_str(&name)?.to_string();
        let obj = exc_attr(vm, exc, "obj");
        let dir_fn = crate::types::dict::dict_get_str(vm, &vm.builtins.dict.clone()?, "dir").ok().flatten()?;
        let listing = vm.call(&dir_fn, &[obj]).ok()?;
        let candidates = vm.collect(&listing).ok()?;
        let names: Vec<String> =
            candidates.iter().filter_map(|c| crate::types::str::as_str(c).map(str::to_string)).collect();
        return calculate_suggestion(&names, &name);
    }
    if vm.is_instance(&exc_value, &name_err) && !vm.is_instance(&exc_value, &vm.exc.unbound_local_error.clone()) {
        let name = exc_attr(vm, exc, "name");
        let name = crate::types::str::as_str(&name)?.to_string();
        let tb = crate::types::exceptions::data(exc).and_then(|d| d.borrow().traceback.clone())?;
        let last = crate::types::traceback::entries(&tb).pop()?;
        let d = crate::types::traceback::data(&last)?;
        let mut names: Vec<String> = d.code.source.varnames.clone();
        if let Some(s) = calculate_suggestion(&names, &name) {
            return Some(s);
        }
        names = crate::types::dict::dict_keys(&d.globals)
            .iter()
            .filter_map(|k| crate::types::str::as_str(k).map(str::to_string))
            .collect();
        if let Some(s) = calculate_suggestion(&names, &name) {
            return Some(s);
        }
        let builtins = vm.builtins.dict.clone()?;
        names = crate::types::dict::dict_keys(&builtins)
            .iter()
            .filter_map(|k| crate::types::str::as_str(k).map(str::to_string))
            .collect();
        return calculate_suggestion(&names, &name);
    }
    None
}

const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance with case changes cheaper than other edits, giving up
/// beyond `max_cost` (the algorithm CPython's suggestions use).
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

pub fn calculate_suggestion(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.clone())
}

impl Vm {
    /// Prints an uncaught exception to stderr (through `sys.excepthook`
    /// if a program replaced it).
    pub fn print_exception(&mut self, err: &PyErr) {
        if let Ok(hook) = self.sys_attr("excepthook") {
            if !matches!(hook.payload(), Some(Payload::Builtin(_))) {
                let exc = err.value();
                let ty = Value::Obj(self.class_of(&exc).clone());
                let tb = crate::types::exceptions::data(&err.exc)
                    .and_then(|d| d.borrow().traceback.clone())
                    .map(Value::Obj)
                    .unwrap_or(Value::None);
                if self.call(&hook, &[ty, exc, tb]).is_ok() {
                    return;
                }
            }
        }
        let text = format_exception(self, err);
        self.write_stderr(&text);
    }
}

#[cfg(test)]
mod tests {
    use super::calculate_suggestion;

    #[test]
    fn suggestions_follow_cpython() {
        let names: Vec<String> = ["foo", "bar", "print"].iter().map(|s| s.to_string()).collect();
        assert_eq!(calculate_suggestion(&names, "fo"), Some("foo".into()));
        assert_eq!(calculate_suggestion(&names, "prnt"), Some("print".into()));
        assert_eq!(calculate_suggestion(&names, "zzzzzz"), None);
    }
}
