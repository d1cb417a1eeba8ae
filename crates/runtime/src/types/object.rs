//! `object`: the root of every class, and instance allocation.

use crate::object::{Obj, Object, Payload, PyCell};
use crate::types::builtin_function::KwArgs;
use crate::types::type_::{data, type_name, Layout};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Allocates an instance of `cls` carrying `payload`. Instances of the
/// exact built-in type get no class pointer; others get the class and, if
/// the class wants one, an instance dict.
pub fn alloc_instance(vm: &mut Vm, cls: &Obj, payload: Payload) -> Obj {
    let td = data(cls);
    if !td.has_flag(crate::types::type_::TypeFlags::HEAPTYPE) && Obj::ptr_eq(vm.class_of_obj_payload(&payload), cls) {
        return Object::builtin(payload);
    }
    let dict = if td.has_dict { Some(vm.new_dict()) } else { None };
    Object::new(Some(cls.clone()), dict, payload)
}

impl Vm {
    /// The built-in class a payload implies (without a class pointer).
    pub fn class_of_obj_payload(&self, payload: &Payload) -> &Obj {
        let t = &self.types;
        match payload {
            Payload::Int(_) => &t.int,
            Payload::Float(_) => &t.float,
            Payload::Complex(_) => &t.complex,
            Payload::Str(_) => &t.str,
            Payload::Bytes(_) => &t.bytes,
            Payload::ByteArray(_) => &t.bytearray,
            Payload::List(_) => &t.list,
            Payload::Tuple(_) => &t.tuple,
            Payload::Dict(_) => &t.dict,
            Payload::Set(_) => &t.set,
            Payload::FrozenSet(_) => &t.frozenset,
            Payload::Property(_) => &t.property,
            Payload::ClassMethod(_) => &t.classmethod,
            Payload::StaticMethod(_) => &t.staticmethod,
            Payload::Module(_) => &t.module,
            _ => &t.object,
        }
    }
}

/// `object.__new__(cls)`: a fresh instance with the layout of `cls`.
pub fn new_instance(vm: &mut Vm, cls: &Obj) -> PyResult<Obj> {
    let td = data(cls);
    let payload = match td.layout {
        Layout::Object => {
            if td.nslots > 0 {
                Payload::Slots(PyCell::new(vec![Value::Undef; td.nslots]))
            } else {
                Payload::Instance
            }
        }
        Layout::Int => Payload::Int(Default::default()),
        Layout::Float => Payload::Float(0.0),
        Layout::Complex => Payload::Complex(Default::default()),
        Layout::Str => Payload::Str(crate::types::str::PyStr::new(String::new())),
        Layout::Bytes => Payload::Bytes(Box::new([])),
        Layout::ByteArray => Payload::ByteArray(PyCell::new(Vec::new())),
        Layout::List => Payload::List(Box::new(PyCell::new(Default::default()))),
        Layout::Tuple => Payload::Tuple(Box::new([])),
        Layout::Dict => Payload::Dict(Box::default()),
        Layout::Set => Payload::Set(Box::default()),
        Layout::FrozenSet => Payload::FrozenSet(Box::default()),
        Layout::Exception => return Ok(crate::types::exceptions::new_exception_object(vm, cls, vec![])),
        Layout::Type => return Err(vm.type_error("object.__new__(type) is not safe, use type.__new__()")),
        Layout::Module => return Ok(crate::types::module::new_module(vm, "?", Some(cls.clone()))),
    };
    if Obj::ptr_eq(cls, &vm.types.object) {
        return Ok(Object::builtin(Payload::Instance));
    }
    Ok(alloc_instance(vm, cls, payload))
}

fn object_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let cls = match a.first() {
        Some(Value::Obj(c)) if crate::types::type_::is_type(&a[0]) => c.clone(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({tn})")));
        }
        None => return Err(vm.type_error("object.__new__(): not enough arguments")),
    };
    if a.len() > 1 || !kwargs.is_empty() {
        let init = vm.names.__init__.clone();
        let overrides_init = crate::types::type_::lookup(&cls, &init).is_some_and(|i| !matches!(i.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| Obj::ptr_eq(o, &vm.types.object))));
        let new = vm.names.__new__.clone();
        let overrides_new = crate::types::type_::lookup(&cls, &new).is_some_and(|n| !matches!(n.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| Obj::ptr_eq(o, &vm.types.object))));
        if overrides_new {
            return Err(vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !overrides_init {
            return Err(vm.type_error(format!("{}() takes no arguments", type_name(&cls))));
        }
    }
    Ok(Value::Obj(new_instance(vm, &cls)?))
}

fn object_init(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if a.len() > 1 || !kwargs.is_empty() {
        let cls = vm.class_of(&a[0]).clone();
        let init = vm.names.__init__.clone();
        let overrides_init = crate::types::type_::lookup(&cls, &init).is_some_and(|i| !matches!(i.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| Obj::ptr_eq(o, &vm.types.object))));
        let new = vm.names.__new__.clone();
        let overrides_new = crate::types::type_::lookup(&cls, &new).is_some_and(|n| !matches!(n.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| Obj::ptr_eq(o, &vm.types.object))));
        if overrides_init {
            return Err(vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if !overrides_new {
            return Err(vm.type_error(format!("{}() takes no arguments", type_name(&cls))));
        }
    }
    Ok(Value::None)
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let cls = vm.class_of(v).clone();
    let module = crate::types::type_::type_module(vm, &cls)?;
    let qualname = data(&cls).qualname.borrow().clone();
    Ok(match module {
        Some(m) if m != "builtins" => format!("<{m}.{qualname} object at {:#x}>", v.id()),
        _ => format!("<{qualname} object at {:#x}>", v.id()),
    })
}

fn object_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = default_repr(vm, &a[0])?;
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let s = vm.repr_string(&a[0])?;
    Ok(vm.new_str(s))
}

fn object_hash(_vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(a[0].id() >> 4))
}

fn object_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match a.get(1) {
        Some(o) if a[0].is(o) => Ok(Value::TRUE),
        _ => Ok(Value::Obj(vm.not_implemented.clone())),
    }
}

fn object_ne(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let Some(other) = a.get(1) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    // `!=` inverts `__eq__` unless that is NotImplemented.
    let eq_name = vm.names.__eq__.clone();
    let Some(eq) = crate::protocol::attr::lookup_special(vm, &a[0], &eq_name) else {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    };
    let r = vm.call(&eq, std::slice::from_ref(other))?;
    if matches!(&r, Value::Obj(o) if Obj::ptr_eq(o, &vm.not_implemented)) {
        return Ok(r);
    }
    Ok(Value::bool(!vm.truthy(&r)?))
}

fn object_not_implemented(vm: &mut Vm, _a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(vm.not_implemented.clone()))
}

pub fn object_getattribute(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = crate::protocol::args::exactly_one(vm, "__getattribute__", &a[1..])?;
    let Value::Obj(n) = &name else {
        let tn = vm.type_name(&name);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    };
    match crate::protocol::attr::generic_getattr(vm, &a[0], n, false)? {
        Some(v) => Ok(v),
        None => Err(crate::protocol::attr::no_attribute(vm, &a[0], n)),
    }
}

fn object_setattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    crate::protocol::args::check_positional(vm, "__setattr__", &a[1..], 2, 2)?;
    let Value::Obj(n) = &a[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    crate::protocol::attr::generic_setattr(vm, &a[0], n, Some(a[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let name = crate::protocol::args::exactly_one(vm, "__delattr__", &a[1..])?;
    let Value::Obj(n) = &name else {
        return Err(vm.type_error("attribute name must be string"));
    };
    crate::protocol::attr::generic_setattr(vm, &a[0], n, None)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let spec = crate::protocol::args::exactly_one(vm, "__format__", &a[1..])?;
    match crate::types::str::as_str(&spec) {
        Some("") => {
            let s = vm.str_string(&a[0])?;
            Ok(vm.new_str(s))
        }
        Some(_) => {
            let tn = vm.type_name(&a[0]);
            Err(vm.type_error(format!("unsupported format string passed to {tn}.__format__")))
        }
        None => Err(vm.type_error("format_spec must be a str")),
    }
}

fn object_dir(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let mut names: Vec<Value> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    if let Some(dict) = crate::protocol::attr::instance_dict(vm, &a[0]) {
        for k in crate::types::dict::dict_keys(&dict) {
            if let Some(s) = crate::types::str::as_str(&k) {
                if seen.insert(s.to_string()) {
                    names.push(k.clone());
                }
            }
        }
    }
    let cls = vm.class_of(&a[0]).clone();
    for class in crate::types::type_::mro(&cls) {
        if let Some(dict) = &class.dict {
            for k in crate::types::dict::dict_keys(dict) {
                if let Some(s) = crate::types::str::as_str(&k) {
                    if seen.insert(s.to_string()) {
                        names.push(k.clone());
                    }
                }
            }
        }
    }
    Ok(vm.new_list(names))
}

fn object_sizeof(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let base = match &a[0] {
        Value::Obj(o) => 16 + std::mem::size_of_val(&o.payload) as i64,
        _ => 24,
    };
    let _ = vm;
    Ok(Value::Int(base))
}

fn object_init_subclass(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        let name = match a.first() {
            Some(Value::Obj(cls)) if matches!(cls.payload, crate::object::Payload::Type(_)) => {
                crate::types::type_::type_name(cls)
            }
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn object_reduce_ex(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let copyreg = vm.import_module("copyreg")?;
    let func = vm.get_attr_str(&copyreg, "__reduce_ex__")?;
    let proto = a.get(1).cloned().unwrap_or(Value::Int(0));
    vm.call(&func, &[a[0].clone(), proto])
}

fn object_reduce(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    object_reduce_ex(vm, &[a[0].clone(), Value::Int(0)], &[])
}

fn object_getstate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    match crate::protocol::attr::instance_dict(vm, &a[0]) {
        Some(d) if crate::types::dict::dict_len(&d) > 0 => Ok(Value::Obj(d)),
        _ => Ok(Value::None),
    }
}

// ----- X | Y and X[Y] ------------------------------------------------------

/// `int | None`: a `types.UnionType` (or NotImplemented for non-types).
pub fn make_union(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let mut members = Vec::new();
    for v in args {
        let ok = v.is_none()
            || crate::types::type_::is_type(v)
            || matches!(v, Value::Obj(o) if o.class().is_some_and(|c| Obj::ptr_eq(c, &vm.types.union_type) || crate::types::type_::is_subtype(c, &vm.types.generic_alias)));
        if !ok {
            return Ok(Value::Obj(vm.not_implemented.clone()));
        }
        let flat: Vec<Value> = match v {
            Value::Obj(o) if o.class().is_some_and(|c| Obj::ptr_eq(c, &vm.types.union_type)) => match &o.payload {
                Payload::Tuple(t) => t.to_vec(),
                _ => vec![],
            },
            Value::None => vec![Value::Obj(vm.types.none_type.clone())],
            other => vec![other.clone()],
        };
        for m in flat {
            if !members.iter().any(|x: &Value| x.is(&m)) {
                members.push(m);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.remove(0));
    }
    let cls = vm.types.union_type.clone();
    Ok(Value::Obj(Object::new(Some(cls), None, Payload::Tuple(members.into_boxed_slice()))))
}

/// The items of `v` if it is a tuple (an alias keeps its parts in a
/// tuple payload too, but is not one).
fn tuple_items(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    if !crate::types::type_::is_subtype(vm.class_of(v), &vm.types.tuple) {
        return None;
    }
    crate::types::tuple::items(v).map(<[Value]>::to_vec)
}

/// `list[int]`: a `types.GenericAlias`.
pub fn generic_alias(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let cls = vm.types.generic_alias.clone();
    Ok(new_alias(vm, cls, &args[0], &args[1]))
}

/// An alias of class `cls` (GenericAlias or a subclass): the origin and
/// the arguments as a tuple.
fn new_alias(vm: &mut Vm, cls: Obj, origin: &Value, args: &Value) -> Value {
    let params = tuple_items(vm, args).unwrap_or_else(|| vec![args.clone()]);
    let params = vm.new_tuple(params);
    // Subclasses (collections.abc's Callable alias) may set attributes.
    let dict = (!Obj::ptr_eq(&cls, &vm.types.generic_alias)).then(|| vm.new_dict());
    Value::Obj(Object::new(Some(cls), dict, Payload::Tuple(Box::new([origin.clone(), params]))))
}

/// `types.GenericAlias(origin, args)`, as `__class_getitem__` methods
/// written in Python build it.
fn alias_new(vm: &mut Vm, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(vm.type_error("GenericAlias() takes no keyword arguments"));
    }
    if args.len() != 3 {
        return Err(vm.type_error(format!("GenericAlias expected 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    let cls = match &args[0] {
        Value::Obj(cls) if crate::types::type_::is_type(&args[0]) => cls.clone(),
        _ => return Err(vm.type_error("GenericAlias.__new__(X): X is not a type object")),
    };
    Ok(new_alias(vm, cls, &args[1], &args[2]))
}

/// `__class_getitem__` of the built-in generic classes (PEP 585).
pub fn class_getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    generic_alias(vm, a)
}

/// `list[int]` as a base class stands for `list`.
fn alias_mro_entries(vm: &mut Vm, args: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let origin = crate::types::tuple::items(&args[0]).map(|t| t[0].clone()).unwrap_or(Value::None);
    Ok(vm.new_tuple(vec![origin]))
}

fn type_repr_for_alias(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.is_none() {
        return Ok("None".into());
    }
    if let Value::Obj(o) = v {
        if crate::types::type_::is_type(v) {
            if Obj::ptr_eq(o, &vm.types.none_type) {
                return Ok("None".into());
            }
            let module = crate::types::type_::type_module(vm, o)?;
            let q = data(o).qualname.borrow().clone();
            return Ok(match module {
                Some(m) if m != "builtins" => format!("{m}.{q}"),
                _ => q,
            });
        }
        if matches!(o.payload, Payload::Ellipsis) {
            return Ok("...".into());
        }
    }
    vm.repr_string(v)
}

fn union_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let members = crate::types::tuple::items(&a[0]).map(|t| t.to_vec()).unwrap_or_default();
    let mut parts = Vec::new();
    for m in &members {
        parts.push(type_repr_for_alias(vm, m)?);
    }
    Ok(vm.new_str(parts.join(" | ")))
}

fn union_args(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let members = crate::types::tuple::items(v).map(|t| t.to_vec()).unwrap_or_default();
    Ok(vm.new_tuple(members))
}

/// `__parameters__` of `list[T]` and `int | T`: the type variables among
/// the arguments (objects with `__typing_subst__`) and the parameters of
/// nested aliases, in order, without repeats.
fn type_parameters(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let mut found: Vec<Value> = Vec::new();
    for arg in args {
        if crate::types::type_::is_type(arg) {
            continue;
        }
        if vm.get_attr_str(arg, "__typing_subst__").is_ok() {
            if !found.iter().any(|f| f.is(arg)) {
                found.push(arg.clone());
            }
        } else if let Ok(nested) = vm.get_attr_str(arg, "__parameters__") {
            if let Some(items) = crate::types::tuple::items(&nested).map(|t| t.to_vec()) {
                for p in items {
                    if !found.iter().any(|f| f.is(&p)) {
                        found.push(p);
                    }
                }
            }
        }
    }
    Ok(vm.new_tuple(found))
}

fn union_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = crate::types::tuple::items(&a[0]).map(|t| t.to_vec()).unwrap_or_default();
    let is_union = |vm: &Vm, v: &Value| matches!(v, Value::Obj(o) if o.class().is_some_and(|c| Obj::ptr_eq(c, &vm.types.union_type)));
    if !a.get(1).is_some_and(|o| is_union(vm, o)) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let y = crate::types::tuple::items(&a[1]).map(|t| t.to_vec()).unwrap_or_default();
    Ok(Value::bool(x.len() == y.len() && x.iter().all(|m| y.iter().any(|n| m.is(n)))))
}

fn union_hash(_vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = crate::types::tuple::items(&a[0]).map(|t| t.to_vec()).unwrap_or_default();
    Ok(Value::Int(x.iter().fold(0x345678i64, |h, m| h ^ m.id())))
}

/// A generic alias's (origin, arguments); TypeError for anything else.
fn alias_parts(vm: &mut Vm, v: Option<&Value>) -> PyResult<Vec<Value>> {
    match v.and_then(crate::types::tuple::items) {
        Some(items) if items.len() == 2 => Ok(items.to_vec()),
        _ => Err(vm.type_error("descriptor requires a 'types.GenericAlias' object")),
    }
}

/// `alias[items]`: the alias with its type variables replaced by `items`
/// in order of `__parameters__` (`dict[T, None][int]` is
/// `dict[int, None]`), nested aliases substituted in turn.
fn alias_getitem(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let parts = alias_parts(vm, a.first())?;
    let item = crate::protocol::args::exactly_one(vm, "__getitem__", &a[1..])?;
    let args = crate::types::tuple::items(&parts[1]).map(|t| t.to_vec()).unwrap_or_default();
    let params = type_parameters(vm, &args)?;
    let params = crate::types::tuple::items(&params).map(|t| t.to_vec()).unwrap_or_default();
    if params.is_empty() {
        let text = vm.repr_string(&a[0])?;
        return Err(vm.type_error(format!("{text} is not a generic class")));
    }
    let items = tuple_items(vm, &item).unwrap_or_else(|| vec![item.clone()]);
    if items.len() != params.len() {
        let text = vm.repr_string(&a[0])?;
        let many = if items.len() > params.len() { "many" } else { "few" };
        return Err(vm.type_error(format!(
            "Too {many} arguments for {text}; actual {}, expected {}",
            items.len(),
            params.len()
        )));
    }
    let mut new_args = Vec::with_capacity(args.len());
    for arg in &args {
        if crate::types::type_::is_type(arg) {
            new_args.push(arg.clone());
            continue;
        }
        if let Some(i) = params.iter().position(|p| p.is(arg)) {
            let subst = vm.get_attr_str(arg, "__typing_subst__")?;
            new_args.push(vm.call(&subst, &[items[i].clone()])?);
            continue;
        }
        let nested = vm.get_attr_str(arg, "__parameters__").ok();
        let nested = nested.as_ref().and_then(crate::types::tuple::items).map(|t| t.to_vec()).unwrap_or_default();
        if nested.is_empty() {
            new_args.push(arg.clone());
            continue;
        }
        let sub: Vec<Value> =
            nested.iter().filter_map(|p| params.iter().position(|q| q.is(p)).map(|i| items[i].clone())).collect();
        let sub = vm.new_tuple(sub);
        new_args.push(vm.get_item(arg, &sub)?);
    }
    let cls = vm.class_of(&a[0]).clone();
    let new_args = vm.new_tuple(new_args);
    Ok(new_alias(vm, cls, &parts[0], &new_args))
}

fn alias_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let parts = alias_parts(vm, a.first())?;
    let origin = type_repr_for_alias(vm, &parts[0])?;
    let params = crate::types::tuple::items(&parts[1]).map(|t| t.to_vec()).unwrap_or_default();
    let mut ps = Vec::new();
    for p in &params {
        ps.push(type_repr_for_alias(vm, p)?);
    }
    let inner = if ps.is_empty() { "()".to_string() } else { ps.join(", ") };
    Ok(vm.new_str(format!("{origin}[{inner}]")))
}

fn alias_call(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let parts = alias_parts(vm, a.first())?;
    vm.call_kw(&parts[0], &a[1..], kwargs)
}

fn alias_getattr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let parts = alias_parts(vm, a.first())?;
    let name = crate::protocol::args::exactly_one(vm, "__getattr__", &a[1..])?;
    vm.get_attr_value(&parts[0], &name)
}

fn alias_eq(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let is_alias = |vm: &Vm, v: &Value| matches!(v, Value::Obj(o) if o.class().is_some_and(|c| crate::types::type_::is_subtype(c, &vm.types.generic_alias)));
    if !a.get(1).is_some_and(|o| is_alias(vm, o)) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    let x = alias_parts(vm, a.first())?;
    let y = alias_parts(vm, a.get(1))?;
    Ok(Value::bool(x[0].is(&y[0]) && vm.eq(&x[1], &y[1])?))
}

fn alias_hash(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let x = alias_parts(vm, a.first())?;
    let h = vm.hash(&x[1])?;
    Ok(Value::Int(h ^ x[0].id()))
}

pub fn init(vm: &mut Vm) {
    use crate::types::descriptors::add_getset;
    let t = vm.types.object.clone();
    vm.add_staticmethod(&t, "__new__", object_new);
    vm.add_method_doc(&t, "__init__", object_init, "Initialize self.  See help(type(self)) for accurate signature.");
    vm.add_method(&t, "__repr__", object_repr);
    vm.add_method(&t, "__str__", object_str);
    vm.add_method(&t, "__hash__", object_hash);
    vm.add_method(&t, "__eq__", object_eq);
    vm.add_method(&t, "__ne__", object_ne);
    vm.add_method(&t, "__lt__", object_not_implemented);
    vm.add_method(&t, "__le__", object_not_implemented);
    vm.add_method(&t, "__gt__", object_not_implemented);
    vm.add_method(&t, "__ge__", object_not_implemented);
    vm.add_method(&t, "__getattribute__", object_getattribute);
    vm.add_method(&t, "__setattr__", object_setattr);
    vm.add_method(&t, "__delattr__", object_delattr);
    vm.add_method(&t, "__format__", object_format);
    vm.add_method(&t, "__dir__", object_dir);
    vm.add_method(&t, "__sizeof__", object_sizeof);
    vm.add_method(&t, "__reduce_ex__", object_reduce_ex);
    vm.add_method(&t, "__reduce__", object_reduce);
    vm.add_method(&t, "__getstate__", object_getstate);
    vm.add_classmethod(&t, "__init_subclass__", object_init_subclass);
    vm.add_classmethod(&t, "__subclasshook__", object_not_implemented);
    add_getset(vm, &t, "__class__", |vm, v| Ok(Value::Obj(vm.class_of(v).clone())));

    let u = vm.types.union_type.clone();
    vm.add_method(&u, "__repr__", union_repr);
    vm.add_method(&u, "__eq__", union_eq);
    vm.add_method(&u, "__hash__", union_hash);
    vm.add_method(&u, "__or__", crate::types::type_::union_or);
    vm.add_method(&u, "__ror__", crate::types::type_::union_or);
    add_getset(vm, &u, "__args__", union_args);
    add_getset(vm, &u, "__parameters__", |vm, v| {
        let members = crate::types::tuple::items(v).map(|t| t.to_vec()).unwrap_or_default();
        type_parameters(vm, &members)
    });
    let g = vm.types.generic_alias.clone();
    vm.add_staticmethod(&g, "__new__", alias_new);
    vm.add_method(&g, "__repr__", alias_repr);
    vm.add_method(&g, "__call__", alias_call);
    vm.add_method(&g, "__mro_entries__", alias_mro_entries);
    vm.add_method(&g, "__getattr__", alias_getattr);
    vm.add_method(&g, "__eq__", alias_eq);
    vm.add_method(&g, "__getitem__", alias_getitem);
    vm.add_method(&g, "__hash__", alias_hash);
    vm.add_method(&g, "__or__", crate::types::type_::union_or);
    vm.add_method(&g, "__ror__", crate::types::type_::union_or);
    add_getset(vm, &g, "__origin__", |_vm, v| {
        Ok(crate::types::tuple::items(v).map(|t| t[0].clone()).unwrap_or(Value::None))
    });
    add_getset(vm, &g, "__args__", |_vm, v| {
        Ok(crate::types::tuple::items(v).map(|t| t[1].clone()).unwrap_or(Value::None))
    });
    add_getset(vm, &g, "__parameters__", |vm, v| {
        let args = crate::types::tuple::items(v).map(|t| t[1].clone()).unwrap_or(Value::None);
        let args = crate::types::tuple::items(&args).map(|t| t.to_vec()).unwrap_or_default();
        type_parameters(vm, &args)
    });
}
