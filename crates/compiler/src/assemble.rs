//! The assembler: symbolic instructions to canonical wordcode.
//!
//! Jump arguments are byte offsets (absolute, or relative to the next
//! instruction, as in CPython 3.6), so an instruction's size depends on its
//! argument and its argument on the sizes of others: sizes are recomputed
//! until they stop changing. The exception table is the run-length form of
//! the handler each instruction carries; the stack size comes from a flow
//! analysis over the instructions and handlers.

use ferropy_bytecode::{encode_arg_units, ArgKind, CodeObject, ExceptionEntry, Location, Opcode};

use crate::codegen::{Arg, Handler, Instr, Unit};

pub fn assemble(unit: Unit<'_>, filename: &str) -> CodeObject {
    let parts = unit.into_parts();
    let mut instrs = parts.instrs;
    // A label bound at the very end needs an instruction to point at.
    if parts.labels.contains(&Some(instrs.len())) {
        let loc = instrs.last().map(|i| i.loc).unwrap_or_default();
        instrs.push(Instr { op: Opcode::NOP, arg: Arg::None, loc, handler: None });
    }
    let last_index = instrs.len().saturating_sub(1);
    let labels = parts.labels.clone();
    let label_index = move |label: usize| labels[label].unwrap_or(last_index);

    // Relative jumps that would go backwards become absolute jumps.
    let mut sizes: Vec<usize> = instrs
        .iter()
        .map(|i| match i.arg {
            Arg::Num(n) => encode_arg_units(n),
            _ => 1,
        })
        .collect();
    let mut offsets = vec![0usize; instrs.len() + 1];
    let mut args = vec![0u32; instrs.len()];
    loop {
        for i in 0..instrs.len() {
            offsets[i + 1] = offsets[i] + sizes[i];
        }
        let mut changed = false;
        for (i, instr) in instrs.iter_mut().enumerate() {
            let arg = match instr.arg {
                Arg::None => 0,
                Arg::Num(n) => n,
                Arg::Label(label) => {
                    let target = offsets[label_index(label.0)] * 2;
                    match instr.op.arg_kind() {
                        ArgKind::JumpRelative => {
                            let next = offsets[i + 1] * 2;
                            if target >= next {
                                (target - next) as u32
                            } else {
                                // Only JUMP_FORWARD can point backwards here.
                                instr.op = Opcode::JUMP_ABSOLUTE;
                                changed = true;
                                target as u32
                            }
                        }
                        _ => target as u32,
                    }
                }
            };
            args[i] = arg;
            let size = encode_arg_units(arg);
            if size != sizes[i] {
                sizes[i] = size;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    let mut code = Vec::with_capacity(offsets[instrs.len()] * 2);
    let mut locations = Vec::with_capacity(offsets[instrs.len()]);
    for (i, instr) in instrs.iter().enumerate() {
        let arg = args[i];
        for k in (1..sizes[i]).rev() {
            code.push(Opcode::EXTENDED_ARG as u8);
            code.push((arg >> (8 * k)) as u8);
            locations.push(instr.loc);
        }
        code.push(instr.op as u8);
        code.push(if instr.op.has_arg() { arg as u8 } else { 0 });
        locations.push(instr.loc);
    }

    let exception_table = exception_table(&instrs, &offsets, &|h: &Handler| offsets[label_index(h.label.0)] * 2);
    let stacksize = max_stack_depth(&instrs, &|label: usize| label_index(label));

    CodeObject {
        code,
        consts: parts.consts,
        names: parts.names,
        varnames: parts.varnames,
        cellvars: parts.cellvars,
        freevars: parts.freevars,
        argcount: parts.argcount,
        posonlyargcount: parts.posonlyargcount,
        kwonlyargcount: parts.kwonlyargcount,
        flags: parts.flags,
        stacksize,
        name: parts.name,
        qualname: parts.qualname,
        filename: filename.to_string(),
        firstlineno: parts.firstlineno,
        locations: fill_missing_lines(locations, parts.firstlineno),
        exception_table,
    }
}

fn fill_missing_lines(mut locations: Vec<Location>, first: u32) -> Vec<Location> {
    let mut last = first;
    for loc in locations.iter_mut() {
        if loc.line == 0 {
            loc.line = last;
            loc.end_line = last;
        }
        last = loc.line;
    }
    locations
}

fn exception_table(instrs: &[Instr], offsets: &[usize], target_of: &dyn Fn(&Handler) -> usize) -> Vec<ExceptionEntry> {
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for (i, instr) in instrs.iter().enumerate() {
        let Some(handler) = instr.handler else {
            continue;
        };
        let start = (offsets[i] * 2) as u32;
        let end = (offsets[i + 1] * 2) as u32;
        let target = target_of(&handler) as u32;
        if let Some(last) = table.last_mut() {
            if last.end == start
                && last.target == target
                && last.depth == handler.depth
                && last.push_lasti == handler.push_lasti
            {
                last.end = end;
                continue;
            }
        }
        table.push(ExceptionEntry { start, end, target, depth: handler.depth, push_lasti: handler.push_lasti });
    }
    table
}

fn max_stack_depth(instrs: &[Instr], label_index: &dyn Fn(usize) -> usize) -> u32 {
    let n = instrs.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; n + 1];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max = 0i32;
    while let Some((i, depth)) = work.pop() {
        if i >= n {
            continue;
        }
        if let Some(seen) = depth_at[i] {
            if seen >= depth {
                continue;
            }
        }
        depth_at[i] = Some(depth);
        let instr = &instrs[i];
        let arg = match instr.arg {
            Arg::Num(a) => a,
            _ => 0,
        };
        if let Some(handler) = instr.handler {
            let target = label_index(handler.label.0);
            let d = handler.depth as i32 + 1 + handler.push_lasti as i32;
            max = max.max(d);
            work.push((target, d));
        }
        if let Arg::Label(label) = instr.arg {
            let d = depth + instr.op.stack_effect(arg, true);
            max = max.max(d);
            work.push((label_index(label.0), d));
        }
        if !instr.op.is_terminator() {
            let d = depth + instr.op.stack_effect(arg, false);
            max = max.max(d);
            work.push((i + 1, d));
        }
    }
    max.max(0) as u32
}
