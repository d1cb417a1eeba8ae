//! The import system.
//!
//! `import a.b.c` imports `a`, then `a.b`, then `a.b.c`, each found by
//! name: a native module (compiled into the binary), or a source file
//! found along `sys.path` (or the parent package's `__path__`): a package
//! directory with `__init__.py`, or `name.py`. One `sys.path` entry,
//! `EMBEDDED_PATH`, stands for the modules we wrote in Python and embedded
//! in the binary (`lib/`), so a user's file can shadow them exactly as it
//! would shadow CPython's standard library. A module is entered into
//! `sys.modules` before its code runs, which is what makes circular
//! imports behave as in CPython.

use crate::object::{Obj, Payload};
use crate::value::Value;
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
        let key = self.intern(fullname);
        let modules = self.modules.clone();
        if let Some(m) = crate::types::dict::table(&modules).and_then(|t| t.borrow().get_str(&key)) {
            if m.is_none() {
                return Err(
                    self.module_not_found(fullname, &format!("import of {fullname} halted; None in sys.modules"))
                );
            }
            return Ok(m);
        }
        let (parent, child) = match fullname.rsplit_once('.') {
            Some((p, c)) => (Some(p.to_string()), c.to_string()),
            None => (None, fullname.to_string()),
        };
        let search_path: Vec<String> = match &parent {
            Some(p) => {
                let parent_mod = self.import_one(p)?;
                let path = match parent_mod.as_obj().and_then(|m| m.dict.clone()) {
                    Some(d) => crate::types::dict::dict_get_str(self, &d, "__path__")?,
                    None => None,
                };
                match path {
                    Some(path) => {
                        let items = self.collect(&path)?;
                        items.iter().filter_map(|v| crate::types::str::as_str(v).map(str::to_string)).collect()
                    }
                    None => {
                        return Err(self.module_not_found(
                            fullname,
                            &format!("No module named '{fullname}'; '{p}' is not a package"),
                        ));
                    }
                }
            }
            None => {
                if let Some(init) = self.native_modules.get(fullname).copied() {
                    let module = init(self)?;
                    if let Payload::Module(d) = &module.payload {
                        *d.builtin.borrow_mut() = true;
                    }
                    crate::types::dict::dict_set(self, &modules, Value::Obj(key), Value::Obj(module.clone()))?;
                    return Ok(Value::Obj(module));
                }
                let path = self.sys_attr("path")?;
                let items = self.collect(&path)?;
                items.iter().filter_map(|v| crate::types::str::as_str(v).map(str::to_string)).collect()
            }
        };
        for dir in &search_path {
            if let Some(found) = self.find_in(dir, fullname, &child) {
                let module = self.load_source_module(fullname, found)?;
                if let Some(p) = &parent {
                    let parent_mod = self.import_one(p)?;
                    let child_key = self.intern(&child);
                    let _ = crate::protocol::attr::set_attr(self, &parent_mod, &child_key, module.clone());
                }
                return Ok(module);
            }
        }
        Err(self.module_not_found(fullname, &format!("No module named '{fullname}'")))
    }

    /// Finds a module's source without running it (for `-m`): the source,
    /// its file name, and whether it is a package.
    pub fn find_module_source(&mut self, fullname: &str) -> PyResult<Option<(String, String, bool)>> {
        let (parent, child) = match fullname.rsplit_once('.') {
            Some((p, c)) => (Some(p.to_string()), c.to_string()),
            None => (None, fullname.to_string()),
        };
        let search_path: Vec<String> = match &parent {
            Some(p) => {
                let parent_mod = self.import_module(p)?;
                let path = match parent_mod.as_obj().and_then(|m| m.dict.clone()) {
                    Some(d) => crate::types::dict::dict_get_str(self, &d, "__path__")?,
                    None => None,
                };
                match path {
                    Some(path) => self
                        .collect(&path)?
                        .iter()
                        .filter_map(|v| crate::types::str::as_str(v).map(str::to_string))
                        .collect(),
                    None => return Ok(None),
                }
            }
            None => {
                let path = self.sys_attr("path")?;
                self.collect(&path)?.iter().filter_map(|v| crate::types::str::as_str(v).map(str::to_string)).collect()
            }
        };
        for dir in &search_path {
            if let Some(found) = self.find_in(dir, fullname, &child) {
                let source = match &found.source {
                    Source::Embedded(s) => s.to_string(),
                    Source::File(path) => match std::fs::read(path) {
                        Ok(bytes) => self.decode_source(&bytes, &found.file, super::source::SourceOrigin::File)?,
                        Err(e) => return Err(self.os_error(e.to_string())),
                    },
                };
                return Ok(Some((source, found.file, found.package_dir.is_some())));
            }
        }
        Ok(None)
    }

    fn module_not_found(&mut self, name: &str, msg: &str) -> PyErr {
        let ty = self.exc.module_not_found_error.clone();
        let err = self.new_error(&ty, msg);
        let n = self.new_str(name);
        let _ = crate::protocol::attr::set_exception_attr(self, &err.exc, "name", n);
        err
    }

    /// Finds `child` in one search directory.
    fn find_in(&mut self, dir: &str, fullname: &str, child: &str) -> Option<FoundModule> {
        if dir == EMBEDDED_PATH || dir.starts_with(&format!("{EMBEDDED_PATH}/")) {
            let lookup = self.embedded?;
            let (source, is_package) = lookup(fullname)?;
            let file = if is_package {
                format!("{EMBEDDED_PATH}/{}/__init__.py", fullname.replace('.', "/"))
            } else {
                format!("{EMBEDDED_PATH}/{}.py", fullname.replace('.', "/"))
            };
            let package_dir = is_package.then(|| format!("{EMBEDDED_PATH}/{}", fullname.replace('.', "/")));
            return Some(FoundModule { source: Source::Embedded(source), file, package_dir });
        }
        // As CPython's finders: a relative search directory is taken from
        // the current one, so modules' __file__ are absolute paths.
        let base = if dir.starts_with('/') {
            std::path::PathBuf::from(dir)
        } else {
            match std::env::current_dir() {
                Ok(cwd) if dir.is_empty() || dir == "." => cwd,
                Ok(cwd) => cwd.join(dir),
                Err(_) => std::path::PathBuf::from(if dir.is_empty() { "." } else { dir }),
            }
        };
        let pkg = base.join(child);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(FoundModule {
                source: Source::File(init.clone()),
                file: display_path(&init),
                package_dir: Some(display_path(&pkg)),
            });
        }
        let file = base.join(format!("{child}.py"));
        if file.is_file() {
            return Some(FoundModule {
                source: Source::File(file.clone()),
                file: display_path(&file),
                package_dir: None,
            });
        }
        None
    }

    fn load_source_module(&mut self, fullname: &str, found: FoundModule) -> PyResult<Value> {
        let source = match &found.source {
            Source::Embedded(s) => s.to_string(),
            Source::File(path) => match std::fs::read(path) {
                Ok(bytes) => self.decode_source(&bytes, &found.file, super::source::SourceOrigin::File)?,
                Err(e) => return Err(self.os_error(e.to_string())),
            },
        };
        let module = crate::types::module::new_module(self, fullname, None);
        let dict = module.dict.clone().expect("modules have dicts");
        let file_value = self.new_str(found.file.clone());
        self.dict_set_str(&dict, "__file__", file_value)?;
        self.dict_set_str(&dict, "__builtins__", Value::Obj(self.builtins.clone()))?;
        let package = match &found.package_dir {
            Some(dir) => {
                let d = self.new_str(dir.clone());
                let path_list = self.new_list(vec![d]);
                self.dict_set_str(&dict, "__path__", path_list)?;
                fullname.to_string()
            }
            None => fullname.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
        };
        let package_value = self.new_str(package);
        self.dict_set_str(&dict, "__package__", package_value)?;
        let modules = self.modules.clone();
        let key = Value::Obj(self.intern(fullname));
        crate::types::dict::dict_set(self, &modules, key.clone(), Value::Obj(module.clone()))?;
        self.importing.push(fullname.to_string());
        let result =
            self.compile_file_source(&source, &found.file).and_then(|code| self.run_code(code, dict.clone(), None));
        self.importing.pop();
        if let Err(e) = result {
            let _ = crate::types::dict::dict_del(self, &modules, &key);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        Ok(crate::types::dict::dict_get(self, &modules, &key)?.unwrap_or(Value::Obj(module)))
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
                    let full = format!("{m}.{attr}");
                    let key = self.intern(&full);
                    let modules = self.modules.clone();
                    if let Some(sub) = crate::types::dict::table(&modules).and_then(|t| t.borrow().get_str(&key)) {
                        return Ok(sub);
                    }
                }
                let modname = modname.unwrap_or_else(|| "<unknown module name>".into());
                let file = self
                    .get_attr_str(module, "__file__")
                    .ok()
                    .and_then(|f| crate::types::str::as_str(&f).map(str::to_string));
                let location = file.map(|f| format!("({f})")).unwrap_or_else(|| "(unknown location)".into());
                let msg = if self.importing.contains(&modname) {
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

enum Source {
    Embedded(&'static str),
    File(std::path::PathBuf),
}

struct FoundModule {
    source: Source,
    file: String,
    package_dir: Option<String>,
}

fn display_path(p: &std::path::Path) -> String {
    let s = p.to_string_lossy().to_string();
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}
