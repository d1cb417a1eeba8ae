//! Calling: dispatch on the callable, and binding arguments to a Python
//! function's parameters with CPython's error messages.

use crate::object::{Obj, Payload};
use crate::types::builtin_function::KwArgs;
use crate::types::function::Function;
use crate::value::Value;
use crate::vm::{Frame, PyResult, Vm};

impl Vm {
    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(callable, args, &[])
    }

    /// Calls any callable with positional and keyword arguments.
    pub fn call_kw(&mut self, callable: &Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        if let Value::Obj(o) = callable {
            match &o.payload {
                Payload::Function(f) => {
                    let frame = self.prepare_frame(f, args, kwargs)?;
                    return self.run_function_frame(frame);
                }
                Payload::Builtin(b) => return self.call_builtin(b, None, args, kwargs),
                Payload::Method(m) => {
                    let (func, instance) = (m.0.clone(), m.1.clone());
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(instance);
                    full.extend_from_slice(args);
                    return self.call_kw(&func, &full, kwargs);
                }
                Payload::Type(_) => {
                    let meta = self.class_of_obj(o).clone();
                    if Obj::ptr_eq(&meta, &self.types.type_) {
                        if Obj::ptr_eq(o, &self.types.type_) && args.len() == 1 && kwargs.is_empty() {
                            return Ok(Value::Obj(self.class_of(&args[0]).clone()));
                        }
                        let cls = o.clone();
                        return self.call_type(&cls, args, kwargs);
                    }
                }
                _ => {}
            }
        }
        let call_name = self.names.__call__.clone();
        let cls = self.class_of(callable).clone();
        match crate::types::type_::lookup(&cls, &call_name) {
            Some(method) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(callable.clone());
                full.extend_from_slice(args);
                match method.payload() {
                    Some(Payload::Builtin(b)) if b.bound.is_none() => self.call_builtin_unbound(b, None, &full, kwargs),
                    Some(Payload::Function(_)) => self.call_kw(&method, &full, kwargs),
                    // `__call__` an arbitrary object (an instance whose
                    // class is callable again): native recursion, guarded.
                    _ => {
                        let bound =
                            crate::protocol::attr::bind_descriptor(self, method, callable.clone(), Value::Obj(cls))?;
                        self.enter_native_recursion_in(" while calling a Python object")?;
                        let result = self.call_kw(&bound, args, kwargs);
                        self.leave_native_recursion();
                        result
                    }
                }
            }
            None => {
                let tn = self.type_name(callable);
                Err(self.type_error(format!("'{tn}' object is not callable")))
            }
        }
    }

    /// Runs a prepared function frame to completion (or makes the
    /// generator/coroutine object for it).
    pub fn run_function_frame(&mut self, frame: Frame) -> PyResult<Value> {
        let code = frame.code.clone();
        if code.is_generator() {
            return Ok(crate::types::generator::new_generator(frame, crate::types::generator::GenKind::Generator));
        }
        if code.is_coroutine() {
            return Ok(crate::types::generator::new_generator(frame, crate::types::generator::GenKind::Coroutine));
        }
        if code.is_async_generator() {
            return Ok(crate::types::generator::new_generator(frame, crate::types::generator::GenKind::AsyncGenerator));
        }
        self.run_frame(frame)
    }

    /// Makes the frame for a call of a Python function, binding arguments.
    pub fn prepare_frame(&mut self, f: &Function, args: &[Value], kwargs: KwArgs) -> PyResult<Frame> {
        let code = f.code();
        let mut frame = Frame::new(code.clone(), f.globals.clone(), f.builtins.clone(), None);
        let argcount = code.argcount;
        // Fast path: exactly the positional parameters, nothing else.
        if kwargs.is_empty()
            && args.len() == argcount
            && !code.has_varargs()
            && !code.has_varkeywords()
            && code.kwonlyargcount == 0
        {
            frame.stack[..argcount].clone_from_slice(args);
        } else {
            self.bind_arguments(f, &mut frame, args, kwargs)?;
        }
        // Cells: parameters captured by closures start with the argument.
        let nlocals = code.nlocals;
        for (i, from_arg) in code.cell_from_arg.iter().enumerate() {
            let initial = match from_arg {
                Some(a) => std::mem::take(&mut frame.stack[*a]),
                None => Value::Undef,
            };
            frame.stack[nlocals + i] = crate::types::cell::new_cell(initial);
        }
        if code.nfree > 0 {
            let cells: Vec<Value> = match f.closure.as_ref().map(|c| &c.payload) {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            };
            for (i, cell) in cells.into_iter().take(code.nfree).enumerate() {
                frame.stack[nlocals + code.ncells + i] = cell;
            }
        }
        Ok(frame)
    }

    fn qualname_of(&mut self, f: &Function) -> String {
        let q = f.qualname.borrow().clone();
        crate::types::str::as_str(&q).unwrap_or("?").to_string()
    }

    fn bind_arguments(&mut self, f: &Function, frame: &mut Frame, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
        let code = f.code();
        let argcount = code.argcount;
        let posonly = code.posonlyargcount;
        let kwonly = code.kwonlyargcount;
        let total = argcount + kwonly;
        let varargs_slot = if code.has_varargs() { Some(total) } else { None };
        let varkw_slot = if code.has_varkeywords() { Some(total + code.has_varargs() as usize) } else { None };
        let name = self.qualname_of(f);

        let npos = args.len().min(argcount);
        frame.stack[..npos].clone_from_slice(&args[..npos]);
        if let Some(slot) = varargs_slot {
            let extra = if args.len() > argcount { args[argcount..].to_vec() } else { Vec::new() };
            frame.stack[slot] = self.new_tuple(extra);
        } else if args.len() > argcount {
            let defaults = f.defaults_vec().len();
            let given_kwonly = kwargs
                .iter()
                .filter(|(k, _)| {
                    let key = crate::types::str::as_str(k).unwrap_or("");
                    code.source.varnames[argcount..total].iter().any(|v| v == key)
                })
                .count();
            let takes = if defaults > 0 {
                format!("from {} to {} positional arguments", argcount - defaults, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = args.len();
            let was = if given == 1 { "was" } else { "were" };
            let msg = if given_kwonly > 0 {
                format!(
                    "{name}() takes {takes} but {given} positional argument{} (and {given_kwonly} keyword-only argument{}) were given",
                    if given == 1 { "" } else { "s" },
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else {
                format!("{name}() takes {takes} but {given} {was} given")
            };
            return Err(self.type_error(msg));
        }

        let kw_dict = match varkw_slot {
            Some(slot) => {
                let d = self.new_dict();
                frame.stack[slot] = Value::Obj(d.clone());
                Some(d)
            }
            None => None,
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kwargs {
            let key = match crate::types::str::as_str(k) {
                Some(s) => s,
                None => return Err(self.type_error("keywords must be strings")),
            };
            let pos = code.source.varnames[..total].iter().position(|n| n == key);
            match pos {
                Some(i) if i >= posonly => {
                    if !frame.stack[i].is_undef() {
                        return Err(self.type_error(format!("{name}() got multiple values for argument '{key}'")));
                    }
                    frame.stack[i] = v.clone();
                }
                _ => match &kw_dict {
                    Some(d) => {
                        if crate::types::dict::dict_get(self, d, k)?.is_some() {
                            return Err(
                                self.type_error(format!("{name}() got multiple values for keyword argument '{key}'"))
                            );
                        }
                        crate::types::dict::dict_set(self, d, k.clone(), v.clone())?;
                    }
                    None => {
                        if pos.is_some() {
                            posonly_as_kw.push(key.to_string());
                        } else {
                            return Err(self.type_error(format!("{name}() got an unexpected keyword argument '{key}'")));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }

        // Defaults for missing positional parameters.
        let defaults = f.defaults_vec();
        let first_default = argcount - defaults.len().min(argcount);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if frame.stack[i].is_undef() {
                if i >= first_default {
                    frame.stack[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.source.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_names(&missing)
            )));
        }
        // Keyword-only parameters.
        let kwdefaults = f.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..total {
            if frame.stack[i].is_undef() {
                let pname = code.source.varnames[i].clone();
                let default = match &kwdefaults {
                    Some(d) => crate::types::dict::dict_get_str(self, d, &pname)?,
                    None => None,
                };
                match default {
                    Some(v) => frame.stack[i] = v,
                    None => missing.push(pname),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{name}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                quote_names(&missing)
            )));
        }
        Ok(())
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn quote_names(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}
