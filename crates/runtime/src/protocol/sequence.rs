//! Subscription, `len`, `in`, and iteration.

use crate::object::{Obj, Payload};
use crate::protocol::attr::call_special;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `container[key]`.
    pub fn get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = container {
            if o.class().is_none() {
                match &o.payload {
                    Payload::List(_) => return crate::types::list::getitem(self, o, key),
                    Payload::Dict(_) => {
                        return match crate::types::dict::dict_get(self, o, key)? {
                            Some(v) => Ok(v),
                            None => Err(self.key_error(key.clone())),
                        }
                    }
                    Payload::Tuple(t) => {
                        if let Value::Int(i) = key {
                            return match crate::types::list::normalize_index(*i, t.len()) {
                                Some(i) => Ok(t[i].clone()),
                                None => Err(self.index_error("tuple index out of range")),
                            };
                        }
                        let t = t.to_vec();
                        return crate::types::tuple::getitem(self, &t, key);
                    }
                    Payload::Str(s) => return crate::types::str::getitem(self, s, key),
                    _ => {}
                }
            }
        }
        let name = self.names.__getitem__.clone();
        if let Some(r) = call_special(self, container, &name, std::slice::from_ref(key))? {
            return Ok(r);
        }
        if crate::types::type_::is_type(container) {
            let cgi = self.names.__class_getitem__.clone();
            let cls = container.as_obj().expect("type").clone();
            if let Some(method) = crate::types::type_::lookup(&cls, &cgi) {
                let bound = crate::protocol::attr::bind_descriptor(self, method, Value::Undef, container.clone())?;
                return self.call(&bound, std::slice::from_ref(key));
            }
            let name = crate::types::type_::type_name(&cls);
            return Err(self.type_error(format!("type '{name}' is not subscriptable")));
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("'{tn}' object is not subscriptable")))
    }

    /// `container[key] = value`.
    pub fn set_item(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            if o.class().is_none() {
                match &o.payload {
                    Payload::List(_) => return crate::types::list::setitem(self, o, &key, value),
                    Payload::Dict(_) => return crate::types::dict::dict_set(self, o, key, value),
                    _ => {}
                }
            }
        }
        let name = self.names.__setitem__.clone();
        if call_special(self, container, &name, &[key, value])?.is_some() {
            return Ok(());
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("'{tn}' object does not support item assignment")))
    }

    /// `del container[key]`.
    pub fn del_item(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            if o.class().is_none() {
                match &o.payload {
                    Payload::List(_) => return crate::types::list::delitem(self, o, key),
                    Payload::Dict(_) => {
                        return match crate::types::dict::dict_del(self, o, key)? {
                            Some(_) => Ok(()),
                            None => Err(self.key_error(key.clone())),
                        }
                    }
                    _ => {}
                }
            }
        }
        let name = self.names.__delitem__.clone();
        if call_special(self, container, &name, std::slice::from_ref(key))?.is_some() {
            return Ok(());
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("'{tn}' object doesn't support item deletion")))
    }

    /// Checks the result of `__len__`.
    pub fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        match crate::types::int::as_int(r) {
            Some(crate::types::int::IntVal::Small(n)) if n >= 0 => Ok(n as usize),
            Some(crate::types::int::IntVal::Small(_)) => Err(self.value_error("__len__() should return >= 0")),
            Some(crate::types::int::IntVal::Big(b)) => {
                if num_traits::Signed::is_negative(&b) {
                    Err(self.value_error("__len__() should return >= 0"))
                } else {
                    Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                }
            }
            None => {
                let tn = self.type_name(r);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if o.class().is_none() {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().len()),
                    Payload::Tuple(t) => return Ok(t.len()),
                    Payload::Str(s) => return Ok(s.char_len()),
                    Payload::Dict(d) => return Ok(d.borrow().len()),
                    Payload::Set(s) | Payload::FrozenSet(s) => return Ok(s.borrow().len()),
                    Payload::Bytes(b) => return Ok(b.len()),
                    Payload::Range(r) if r.len() <= i64::MAX as usize => return Ok(r.len()),
                    _ => {}
                }
            }
        }
        let name = self.names.__len__.clone();
        match call_special(self, v, &name, &[])? {
            Some(r) => self.len_result(&r),
            None => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("object of type '{tn}' has no len()")))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            if o.class().is_none() {
                match &o.payload {
                    Payload::List(_) => return crate::types::list::contains(self, o, item),
                    Payload::Dict(_) => return Ok(crate::types::dict::dict_get(self, o, item)?.is_some()),
                    Payload::Set(_) | Payload::FrozenSet(_) => return crate::types::set::set_contains(self, o, item),
                    Payload::Str(s) => {
                        return match crate::types::str::as_str(item) {
                            Some(t) => Ok(s.as_str().contains(t)),
                            None => {
                                let tn = self.type_name(item);
                                Err(self.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
                            }
                        }
                    }
                    Payload::Tuple(t) => {
                        let t = t.to_vec();
                        for x in &t {
                            if x.is(item) || self.eq(x, item)? {
                                return Ok(true);
                            }
                        }
                        return Ok(false);
                    }
                    _ => {}
                }
            }
        }
        let name = self.names.__contains__.clone();
        if let Some(r) = call_special(self, container, &name, std::slice::from_ref(item))? {
            return self.truthy(&r);
        }
        let iter_name = self.names.__iter__.clone();
        let getitem_name = self.names.__getitem__.clone();
        let cls = self.class_of(container).clone();
        if crate::types::type_::lookup(&cls, &iter_name).is_none()
            && crate::types::type_::lookup(&cls, &getitem_name).is_none()
        {
            let tn = self.type_name(container);
            return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if o.class().is_none() {
                match &o.payload {
                    Payload::List(_) => return Ok(crate::types::iterators::new_list_iter(o.clone(), false)),
                    Payload::Tuple(_) => return Ok(crate::types::iterators::new_tuple_iter(v.clone())),
                    Payload::Str(_) => return Ok(crate::types::iterators::new_str_iter(v.clone())),
                    Payload::Dict(_) => {
                        return Ok(crate::types::iterators::new_dict_iter(
                            o,
                            crate::types::views::ViewKind::Keys,
                            false,
                        ))
                    }
                    Payload::Set(_) | Payload::FrozenSet(_) => {
                        return Ok(crate::types::iterators::new_set_iter(o.clone()))
                    }
                    Payload::Range(r) => return Ok(crate::types::iterators::new_range_iter(*r)),
                    Payload::Iterator(_) => return Ok(v.clone()),
                    Payload::Generator(g) if g.kind == crate::types::generator::GenKind::Generator => {
                        return Ok(v.clone())
                    }
                    _ => {}
                }
            }
        }
        let iter_name = self.names.__iter__.clone();
        let cls = self.class_of(v).clone();
        match crate::types::type_::lookup(&cls, &iter_name) {
            Some(Value::None) => {}
            Some(_) => {
                let it = call_special(self, v, &iter_name, &[])?.unwrap_or(Value::None);
                let next_name = self.names.__next__.clone();
                let it_cls = self.class_of(&it).clone();
                if crate::types::type_::lookup(&it_cls, &next_name).is_none() {
                    let tn = self.type_name(&it);
                    return Err(self.type_error(format!("iter() returned non-iterator of type '{tn}'")));
                }
                return Ok(it);
            }
            None => {
                let getitem = self.names.__getitem__.clone();
                if crate::types::type_::lookup(&cls, &getitem).is_some() && !crate::types::type_::is_type(v) {
                    return Ok(crate::types::iterators::new_seq_iter(v.clone()));
                }
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object is not iterable")))
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration is consumed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iterator(_) if o.class().is_none() => return crate::types::iterators::next_builtin(self, o),
                Payload::Generator(g) => return crate::types::generator::next(self, g),
                // Our file objects (whose types cannot be subclassed or
                // changed): a line without the `__next__` call.
                Payload::Native(_) if crate::types::file::obj_is_file(o) => {
                    return crate::types::file::next_line(self, it);
                }
                _ => {}
            }
        }
        let name = self.names.__next__.clone();
        match call_special(self, it, &name, &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                let tn = self.type_name(it);
                Err(self.type_error(format!("'{tn}' object is not an iterator")))
            }
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if o.class().is_none() {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().to_vec()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    Payload::Dict(_) => return Ok(crate::types::dict::dict_keys(o)),
                    Payload::Set(s) | Payload::FrozenSet(s) => return Ok(s.borrow().keys()),
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        // As CPython's length hint: room for what a built-in iterator says
        // is coming, or MemoryError at once (`list(range(10**12))`).
        if let Some(o) = it.as_obj().filter(|o| matches!(o.payload, Payload::Iterator(_)) && o.class().is_none()) {
            let hint = crate::types::iterators::length_hint(o);
            self.check_alloc(hint.saturating_mul(std::mem::size_of::<Value>()))?;
            if out.try_reserve(hint).is_err() {
                return Err(self.memory_error());
            }
        }
        while let Some(x) = self.next(&it)? {
            if out.len() == out.capacity() && out.try_reserve(out.len().max(4)).is_err() {
                return Err(self.memory_error());
            }
            out.push(x);
        }
        Ok(out)
    }

    /// For an object whose class overrides `__class__` (mocks, proxies):
    /// whether the class it claims is a subclass of `c`, as CPython's
    /// isinstance asks after the real class failed.
    fn claimed_class_is_subclass(&mut self, v: &Value, c: &Obj) -> PyResult<bool> {
        let Value::Obj(o) = v else {
            return Ok(false);
        };
        let Some(real) = o.class().cloned() else {
            return Ok(false);
        };
        let name = self.names.__class__.clone();
        let own = crate::types::type_::lookup(&real, &name);
        let object_default = crate::types::type_::lookup(&self.types.object.clone(), &name);
        match (&own, &object_default) {
            (Some(a), Some(b)) if a.is(b) => return Ok(false),
            (None, _) => return Ok(false),
            _ => {}
        }
        let claimed = match crate::protocol::attr::get_attr(self, v, &name) {
            Ok(claimed) => claimed,
            Err(e) if self.is_instance(&e.value(), &self.exc.attribute_error.clone()) => return Ok(false),
            Err(e) => return Err(e),
        };
        match claimed {
            Value::Obj(k) if crate::types::type_::is_type(&Value::Obj(k.clone())) && !Obj::ptr_eq(&k, &real) => {
                Ok(crate::types::type_::is_subtype(&k, c))
            }
            _ => Ok(false),
        }
    }

    /// Whether a value is an instance of a class, honouring
    /// `__instancecheck__` (for `isinstance`).
    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        if let Value::Obj(c) = cls {
            if crate::types::type_::is_type(cls) {
                if self.is_instance(v, c) {
                    return Ok(true);
                }
                let meta = self.class_of(cls).clone();
                if Obj::ptr_eq(&meta, &self.types.type_) {
                    return self.claimed_class_is_subclass(v, c);
                }
            }
            if let Some(items) = crate::types::tuple::items(cls) {
                let items = items.to_vec();
                for item in &items {
                    if self.isinstance(v, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            if c.class().is_some_and(|k| Obj::ptr_eq(k, &self.types.union_type)) {
                let members = crate::types::tuple::items(cls).map(|t| t.to_vec()).unwrap_or_default();
                for m in &members {
                    if self.isinstance(v, m)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        let check = self.names.__instancecheck__.clone();
        match call_special(self, cls, &check, std::slice::from_ref(v))? {
            Some(r) if crate::types::type_::is_type(cls) || !r.is_none() => self.truthy(&r),
            _ => Err(self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
        }
    }
}
