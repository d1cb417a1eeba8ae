//! The import system.
//!
//! As in CPython, the import protocol is written in Python: the runtime
//! loads `lib/importlib/_bootstrap.py` (as `_frozen_importlib`) and
//! `_bootstrap_external.py` when it starts, and they fill `sys.meta_path`
//! (BuiltinImporter, FrozenImporter, PathFinder) and `sys.path_hooks`
//! (ferropy's embedded library, then directories). What stays in Rust is
//! the fast part of `import`: a module already in `sys.modules` is
//! returned at once, relative names are resolved, and `from package
//! import submodule` finds the submodules; a module not yet imported is
//! handed to `_bootstrap._find_and_load`. docs/imports.md has the whole
//! picture.

use crate::object::{Obj, Payload};
use crate::value::{Bool64, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// The `sys.path` entry for modules embedded in the binary.
pub const EMBEDDED_PATH: &str = "<ferropy-lib>";

impl Vm {
    /// `import name` for an absolute dotted name: returns the module
    /// itself (not the top-level package).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let mut module = Value::None;
        let mut prefix = String::new();
        for part in name.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix)?;
        }
        Ok(module)
    }

    /// The `__import__` protocol behind `IMPORT_NAME`.
    pub fn import_name(&mut self, name: &str, globals: Option<&Obj>, fromlist: &Value, level: i64) -> PyResult<Value> {
        let full = if level > 0 { self.resolve_relative(name, globals, level)? } else { name.to_string() };
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let leaf = self.import_module(&full)?;
        let fromlist_items = match fromlist {
            Value::None => Vec::new(),
            other => self.collect(other)?,
        };
        if fromlist_items.is_empty() {
            if level > 0 && name.is_empty() {
                return Ok(leaf);
            }
            // `import a.b.c` binds `a`.
            let top = if level > 0 {
                // `from .. import` never reaches here; relative `import` of
                // a dotted name returns the first component after the base.
                leaf.clone()
            } else {
                let first = full.split('.').next().unwrap_or(&full).to_string();
                self.import_one(&first)?
            };
            return Ok(top);
        }
        // `from package import submodule`: import submodules not yet bound.
        if matches!(leaf.as_obj().and_then(|m| m.dict.clone()), Some(ref d) if crate::types::dict::dict_get_str(self, d, "__path__").ok().flatten().is_some())
        {
            for item in fromlist_items {
                let Some(item_name) = crate::types::str::as_str(&item).map(str::to_string) else {
                    continue;
                };
                if item_name == "*" {
                    continue;
                }
                let key = self.intern(&item_name);
                if !crate::protocol::attr::has_attr(self, &leaf, &key)? {
                    let sub = format!("{full}.{item_name}");
                    match self.import_module(&sub) {
                        Ok(_) => {}
                        Err(e) if self.is_missing_module(&e, &sub) => {}
                        Err(e) => return Err(e),
                    }
                }
            }
        }
        Ok(leaf)
    }

    fn is_missing_module(&mut self, err: &PyErr, name: &str) -> bool {
        let ty = self.exc.module_not_found_error.clone();
        if !self.err_matches(err, &ty) {
            return false;
        }
        let exc_name =
            err.exc.dict.clone().and_then(|d| crate::types::dict::dict_get_str(self, &d, "name").ok().flatten());
        exc_name.as_ref().and_then(crate::types::str::as_str) == Some(name)
    }

    fn resolve_relative(&mut self, name: &str, globals: Option<&Obj>, level: i64) -> PyResult<String> {
        let no_parent = |vm: &mut Vm| vm.import_error("attempted relative import with no known parent package");
        let Some(globals) = globals else {
            return Err(no_parent(self));
        };
        let package = match crate::types::dict::dict_get_str(self, globals, "__package__")? {
            Some(p) if !p.is_none() => crate::types::str::as_str(&p).map(str::to_string),
            _ => None,
        };
        let package = match package {
            Some(p) => p,
            None => {
                let modname = crate::types::dict::dict_get_str(self, globals, "__name__")?;
                let modname =
                    modname.as_ref().and_then(crate::types::str::as_str).map(str::to_string).unwrap_or_default();
                if crate::types::dict::dict_get_str(self, globals, "__path__")?.is_some() {
                    modname
                } else {
                    modname.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(no_parent(self));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if (level as usize) > parts.len() {
            return Err(self.import_error("attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level as usize - 1)].join(".");
        Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
    }

    /// Imports one module whose parent (if any) is already imported.
    fn import_one(&mut self, fullname: &str) -> PyResult<Value> {
        if let Some(m) = self.loaded_module(fullname) {
            if m.is_none() {
                return Err(
                    self.module_not_found(fullname, &format!("import of {fullname} halted; None in sys.modules"))
                );
            }
            // A module still initializing may be another thread's import:
            // `_find_and_load` waits for it (with one thread, it can only
            // be a circular import of our own, which gets it as it is).
            if crate::gil::single_threaded() || !self.is_initializing(&m) {
                return Ok(m);
            }
        }
        let Some(find_and_load) = self.interp.find_and_load.borrow().clone() else {
            // While the import system itself loads, only built-in modules.
            return self.load_builtin(fullname);
        };
        let name = Value::Obj(self.intern(fullname));
        self.call(&find_and_load, &[name]).map_err(|e| self.without_import_frames(e))
    }

    /// Whether `module.__spec__._initializing` is true (its code runs).
    fn is_initializing(&mut self, module: &Value) -> bool {
        let Ok(spec) = self.get_attr_str(module, "__spec__") else { return false };
        self.get_attr_str(&spec, "_initializing").and_then(|v| self.truthy(&v)).unwrap_or(false)
    }

    /// Creates a native module and enters it in `sys.modules`.
    pub fn load_builtin(&mut self, fullname: &str) -> PyResult<Value> {
        let Some(init) = self.interp.native_modules.borrow().get(fullname).copied() else {
            return Err(self.module_not_found(fullname, &format!("No module named '{fullname}'")));
        };
        let module = init(self)?;
        if let Payload::Module(d) = &module.payload {
            *d.builtin.borrow_mut() = true;
        }
        let modules = self.modules.clone();
        let key = self.intern(fullname);
        crate::types::dict::dict_set(self, &modules, Value::Obj(key), Value::Obj(module.clone()))?;
        Ok(Value::Obj(module))
    }

    /// Drops the frames of the import system's own Python code from an
    /// exception's traceback, so a failed import shows the importing line
    /// and the module's own frames, as CPython shows them.
    fn without_import_frames(&mut self, err: PyErr) -> PyErr {
        crate::types::traceback::drop_frames_of(&err.exc, BOOTSTRAP_FILE);
        err
    }

    /// Loads the import system's Python half (see the module comment).
    /// The standard library calls this once its native modules and the
    /// embedded library are registered.
    pub fn install_import_system(&mut self) -> PyResult<()> {
        let mut names: Vec<String> = self.interp.native_modules.borrow().keys().cloned().collect();
        names.extend(["builtins".to_string(), "sys".to_string()]);
        names.sort();
        let names: Vec<Value> = names.iter().map(|n| self.new_str(n.clone())).collect();
        let names = self.new_tuple(names);
        let sys = Value::Obj(self.sys.clone());
        let key = self.intern("builtin_module_names");
        crate::protocol::attr::set_attr(self, &sys, &key, names)?;

        let bootstrap = self.load_frozen("_frozen_importlib", "importlib._bootstrap")?;
        let imp = self.import_one("_imp")?;
        let install = self.get_attr_str(&bootstrap, "_install")?;
        self.call(&install, &[sys, imp])?;
        let find_and_load = self.get_attr_str(&bootstrap, "_find_and_load")?;
        *self.interp.find_and_load.borrow_mut() = Some(find_and_load);
        self.load_frozen("_frozen_importlib_external", "importlib._bootstrap_external")?;
        let install_external = self.get_attr_str(&bootstrap, "_install_external_importers")?;
        self.call(&install_external, &[])?;
        Ok(())
    }

    /// Runs one of the import system's own modules from the embedded
    /// library under the name CPython gives its frozen copy.
    fn load_frozen(&mut self, name: &str, source_name: &str) -> PyResult<Value> {
        let Some((source, _)) = self.interp.embedded.get().and_then(|lib| (lib.source)(source_name)) else {
            return Err(self.import_error(format!("ferropy's library lacks {source_name}")));
        };
        let module = crate::types::module::new_module(self, name, None);
        let dict = module.dict.clone().expect("modules have dicts");
        self.dict_set_str(&dict, "__builtins__", Value::Obj(self.builtins.clone()))?;
        let modules = self.modules.clone();
        self.dict_set_str(&modules, name, Value::Obj(module.clone()))?;
        let filename = format!("<frozen {source_name}>");
        let code = match self.embedded_code(&filename) {
            Some(code) => code,
            None => self.compile_source(source, &filename, ferropy_compiler::Mode::Exec)?,
        };
        self.run_code(code, dict, None)?;
        Ok(Value::Obj(module))
    }

    /// `sys.modules[name]`, if there.
    fn loaded_module(&mut self, name: &str) -> Option<Value> {
        let key = self.intern(name);
        crate::types::dict::table(&self.modules).and_then(|t| t.borrow().get_str(&key))
    }

    /// `sys.modules[name].__spec__`, if there.
    fn loaded_spec(&mut self, name: &str) -> Option<Value> {
        // From the module's dict, as CPython's module attribute lookup does:
        // a missing `__spec__` must not raise (the AttributeError for it
        // asks this very question).
        let module = self.loaded_module(name)?;
        let dict = module.as_obj().and_then(|m| m.dict.clone())?;
        self.dict_get_str(&dict, "__spec__").ok().flatten()
    }

    /// Whether a module in `sys.modules` is still running its code
    /// (`__spec__._initializing`), as during a circular import.
    pub fn module_initializing(&mut self, name: &str) -> bool {
        let Some(spec) = self.loaded_spec(name) else {
            return false;
        };
        matches!(self.get_attr_str(&spec, "_initializing"), Ok(Value::Bool(Bool64::TRUE)))
    }

    /// Whether `module.attr` is a submodule still being imported, which is
    /// why the attribute is missing.
    pub fn submodule_initializing(&mut self, module: &str, attr: &str) -> bool {
        let Some(spec) = self.loaded_spec(module) else {
            return false;
        };
        let pending = self.get_attr_str(&spec, "_uninitialized_submodules").and_then(|l| self.collect(&l));
        pending.is_ok_and(|items| items.iter().any(|i| crate::types::str::as_str(i) == Some(attr)))
    }

    fn module_not_found(&mut self, name: &str, msg: &str) -> PyErr {
        let ty = self.exc.module_not_found_error.clone();
        let err = self.new_error(&ty, msg);
        let n = self.new_str(name);
        let _ = crate::protocol::attr::set_exception_attr(self, &err.exc, "name", n);
        err
    }

    /// `IMPORT_FROM`: `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &Obj) -> PyResult<Value> {
        match crate::protocol::attr::get_attr(self, module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                let modname = self
                    .get_attr_str(module, "__name__")
                    .ok()
                    .and_then(|n| crate::types::str::as_str(&n).map(str::to_string));
                let attr = crate::types::str::as_str(&Value::Obj(name.clone())).unwrap_or("").to_string();
                if let Some(m) = &modname {
                    if let Some(sub) = self.loaded_module(&format!("{m}.{attr}")) {
                        return Ok(sub);
                    }
                }
                let modname = modname.unwrap_or_else(|| "<unknown module name>".into());
                let file = self
                    .get_attr_str(module, "__file__")
                    .ok()
                    .and_then(|f| crate::types::str::as_str(&f).map(str::to_string));
                let location = file.map(|f| format!("({f})")).unwrap_or_else(|| "(unknown location)".into());
                let msg = if self.module_initializing(&modname) {
                    format!("cannot import name '{attr}' from partially initialized module '{modname}' (most likely due to a circular import) {location}")
                } else {
                    format!("cannot import name '{attr}' from '{modname}' {location}")
                };
                let err = self.import_error(msg);
                let n = self.new_str(modname);
                let _ = crate::protocol::attr::set_exception_attr(self, &err.exc, "name", n);
                Err(err)
            }
            Err(e) => Err(e),
        }
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, locals: &Obj) -> PyResult<()> {
        let all_name = self.names.__all__.clone();
        let names: Vec<Value> = match crate::protocol::attr::get_attr(self, module, &all_name) {
            Ok(all) => {
                let items = self.collect(&all)?;
                for item in &items {
                    if crate::types::str::as_str(item).is_none() {
                        let modname = self
                            .get_attr_str(module, "__name__")
                            .ok()
                            .and_then(|n| crate::types::str::as_str(&n).map(str::to_string))
                            .unwrap_or_default();
                        let tn = self.type_name(item);
                        return Err(self.type_error(format!("Item in {modname}.__all__ must be str, not {tn}")));
                    }
                }
                items
            }
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                let dict = module.as_obj().and_then(|m| m.dict.clone());
                match dict {
                    Some(d) => crate::types::dict::dict_keys(&d)
                        .into_iter()
                        .filter(|k| crate::types::str::as_str(k).is_some_and(|s| !s.starts_with('_')))
                        .collect(),
                    None => Vec::new(),
                }
            }
            Err(e) => return Err(e),
        };
        for name in names {
            let v = self.get_attr_value(module, &name)?;
            if matches!(locals.payload, Payload::Dict(_)) {
                crate::types::dict::dict_set(self, locals, name, v)?;
            } else {
                self.set_item(&Value::Obj(locals.clone()), name, v)?;
            }
        }
        Ok(())
    }
}

/// The file name of the import system's frames (dropped from tracebacks).
const BOOTSTRAP_FILE: &str = "<frozen importlib._bootstrap";
