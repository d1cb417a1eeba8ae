//! `_hashlib` (under lib/hashlib.py): md5, sha1, the SHA-2 and SHA-3
//! families, SHAKE and BLAKE2 (default parameters), from the RustCrypto
//! crates.
//! A hash object keeps a running digest state; `digest()` finalizes a
//! clone, so `update` can continue afterwards as in CPython.

use std::cell::RefCell;

use sha2::Digest;

use ferropy_runtime::object::{NativeData, Object, Payload};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Blake2b(blake2::Blake2b512),
    Blake2s(blake2::Blake2s256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

/// (name, digest size, block size) of each algorithm.
const ALGORITHMS: [(&str, usize, usize); 14] = [
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
    ("blake2b", 64, 128),
    ("blake2s", 32, 64),
    ("sha3_224", 28, 144),
    ("sha3_256", 32, 136),
    ("sha3_384", 48, 104),
    ("sha3_512", 64, 72),
    ("shake_128", 0, 168),
    ("shake_256", 0, 136),
];

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(Default::default()),
            "sha1" => State::Sha1(Default::default()),
            "sha224" => State::Sha224(Default::default()),
            "sha256" => State::Sha256(Default::default()),
            "sha384" => State::Sha384(Default::default()),
            "sha512" => State::Sha512(Default::default()),
            "blake2b" => State::Blake2b(Default::default()),
            "blake2s" => State::Blake2s(Default::default()),
            "sha3_224" => State::Sha3_224(Default::default()),
            "sha3_256" => State::Sha3_256(Default::default()),
            "sha3_384" => State::Sha3_384(Default::default()),
            "sha3_512" => State::Sha3_512(Default::default()),
            "shake_128" => State::Shake128(Default::default()),
            "shake_256" => State::Shake256(Default::default()),
            _ => return None,
        })
    }

    fn name(&self) -> &'static str {
        match self {
            State::Md5(_) => "md5",
            State::Sha1(_) => "sha1",
            State::Sha224(_) => "sha224",
            State::Sha256(_) => "sha256",
            State::Sha384(_) => "sha384",
            State::Sha512(_) => "sha512",
            State::Blake2b(_) => "blake2b",
            State::Blake2s(_) => "blake2s",
            State::Sha3_224(_) => "sha3_224",
            State::Sha3_256(_) => "sha3_256",
            State::Sha3_384(_) => "sha3_384",
            State::Sha3_512(_) => "sha3_512",
            State::Shake128(_) => "shake_128",
            State::Shake256(_) => "shake_256",
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
            State::Blake2b(h) => h.update(data),
            State::Blake2s(h) => h.update(data),
            State::Sha3_224(h) => h.update(data),
            State::Sha3_256(h) => h.update(data),
            State::Sha3_384(h) => h.update(data),
            State::Sha3_512(h) => h.update(data),
            State::Shake128(h) => sha3::digest::Update::update(h, data),
            State::Shake256(h) => sha3::digest::Update::update(h, data),
        }
    }

    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Blake2b(h) => h.finalize().to_vec(),
            State::Blake2s(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Shake128(_) | State::Shake256(_) => self.xof(0),
        }
    }

    fn is_xof(&self) -> bool {
        matches!(self, State::Shake128(_) | State::Shake256(_))
    }

    /// `length` bytes of a SHAKE function's output.
    fn xof(&self, length: usize) -> Vec<u8> {
        use sha3::digest::{ExtendableOutput, XofReader};
        let mut out = vec![0u8; length];
        match self.clone() {
            State::Shake128(h) => h.finalize_xof().read(&mut out),
            State::Shake256(h) => h.finalize_xof().read(&mut out),
            _ => {}
        }
        out
    }
}

struct Hash(RefCell<State>);

impl NativeData for Hash {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn hash_state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<State>> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<Hash>() {
            Some(h) => Ok(&h.0),
            None => Err(vm.type_error("expected a hash object")),
        },
        _ => Err(vm.type_error("expected a hash object")),
    }
}

/// The bytes of a `data` argument: bytes-like objects only.
fn data_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if ferropy_runtime::types::str::as_str(v).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match ferropy_runtime::types::bytes::as_bytes_like(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

fn new_hash(vm: &mut Vm, state: State) -> PyResult<Value> {
    // SHAKE objects are HASHXOF, a subclass of HASH, as in CPython.
    let class = if state.is_xof() { "HASHXOF" } else { "HASH" };
    let cls = ferropy_runtime::types::module::class_in_module(vm, "hashlib", class)?;
    Ok(Value::Obj(Object::new(Some(cls), None, Payload::Native(Box::new(Hash(RefCell::new(state)))))))
}

fn construct(vm: &mut Vm, name: &str, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    if name.starts_with("blake2") {
        if let Some((key, _)) =
            kw.iter().find(|(k, _)| ferropy_runtime::types::str::as_str(k) != Some("usedforsecurity"))
        {
            let key = ferropy_runtime::types::str::as_str(key).unwrap_or("?").to_string();
            return Err(vm.not_implemented_error(format!(
                "hashlib.{name}({key}=...) is not supported by ferropy yet (only the default parameters)"
            )));
        }
    }
    let parsed = args::parse(vm, name, a, kw, &["string", "usedforsecurity"], 0)?;
    let mut state = State::new(name).ok_or_else(|| vm.value_error(format!("unsupported hash type {name}")))?;
    if !parsed[0].is_undef() {
        state.update(&data_bytes(vm, &parsed[0])?);
    }
    new_hash(vm, state)
}

macro_rules! constructors {
    ($($name:ident),*) => {
        $(
            fn $name(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
                construct(vm, stringify!($name), a, kw)
            }
        )*
    };
}

constructors!(
    md5, sha1, sha224, sha256, sha384, sha512, blake2b, blake2s, sha3_224, sha3_256, sha3_384, sha3_512, shake_128,
    shake_256
);

fn hashlib_new(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let parsed = args::parse(vm, "new", a, kw, &["name", "data", "usedforsecurity"], 1)?;
    let Some(name) = ferropy_runtime::types::str::as_str(&parsed[0]).map(str::to_lowercase) else {
        return Err(vm.type_error("new() argument 'name' must be str"));
    };
    if State::new(&name).is_none() {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    }
    let rest: Vec<Value> = parsed[1..2].iter().filter(|v| !v.is_undef()).cloned().collect();
    construct(vm, &name, &rest, &[])
}

fn hash_update(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "update", &a[1..], 1, 1)?;
    let data = data_bytes(vm, &a[1])?;
    hash_state(vm, &a[0])?.borrow_mut().update(&data);
    Ok(Value::None)
}

/// The digest: of a fixed size, or for SHAKE of the `length` asked for.
fn digest_of(vm: &mut Vm, a: &[Value], kw: KwArgs, method: &str) -> PyResult<Vec<u8>> {
    let state = hash_state(vm, &a[0])?.borrow().clone();
    if !state.is_xof() {
        args::check_positional(vm, method, &a[1..], 0, 0)?;
        return Ok(state.digest());
    }
    let p = args::parse(vm, method, &a[1..], kw, &["length"], 1)?;
    let length = ferropy_runtime::protocol::number::index_i64(vm, &p[0])?;
    if length < 0 {
        return Err(vm.value_error("value must be positive"));
    }
    if length >= 1 << 29 {
        return Err(vm.overflow_error("digest length is too large"));
    }
    Ok(state.xof(length as usize))
}

fn hash_digest(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let digest = digest_of(vm, a, kw, "digest")?;
    Ok(Value::Obj(Object::builtin(Payload::Bytes(digest.into_boxed_slice()))))
}

fn hash_hexdigest(vm: &mut Vm, a: &[Value], kw: KwArgs) -> PyResult<Value> {
    let digest = digest_of(vm, a, kw, "hexdigest")?;
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    Ok(vm.new_str(hex))
}

fn hash_copy(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let state = hash_state(vm, &a[0])?.borrow().clone();
    new_hash(vm, state)
}

fn info(vm: &mut Vm, v: &Value) -> PyResult<(&'static str, usize, usize)> {
    let name = hash_state(vm, v)?.borrow().name();
    Ok(ALGORITHMS.iter().copied().find(|(n, _, _)| *n == name).unwrap_or(("?", 0, 0)))
}

fn hash_repr(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    let (name, _, _) = info(vm, &a[0])?;
    let id = match &a[0] {
        Value::Obj(o) => Obj::as_ptr(o) as usize,
        _ => 0,
    };
    let class = if hash_state(vm, &a[0])?.borrow().is_xof() { "HASHXOF" } else { "HASH" };
    Ok(vm.new_str(format!("<{name} _hashlib.{class} object @ {id:#x}>")))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let functions: &[(&'static str, NativeFn)] = &[
        ("new", hashlib_new),
        ("md5", md5),
        ("sha1", sha1),
        ("sha224", sha224),
        ("sha256", sha256),
        ("sha384", sha384),
        ("sha512", sha512),
        ("blake2b", blake2b),
        ("blake2s", blake2s),
        ("sha3_224", sha3_224),
        ("sha3_256", sha3_256),
        ("sha3_384", sha3_384),
        ("sha3_512", sha3_512),
        ("shake_128", shake_128),
        ("shake_256", shake_256),
    ];
    let module = ferropy_runtime::types::module::new_native_module(vm, "_hashlib", functions)?;
    let ns = vm.new_dict();
    let m = vm.new_str("_hashlib");
    vm.dict_set_str(&ns, "__module__", m)?;
    let empty = vm.new_tuple(vec![]);
    vm.dict_set_str(&ns, "__slots__", empty)?;
    let meta = vm.types.type_.clone();
    let object = vm.types.object.clone();
    let ty = vm.new_class(&meta, "HASH", vec![object], &ns, &[])?;
    let methods: &[(&'static str, NativeFn)] = &[
        ("update", hash_update),
        ("digest", hash_digest),
        ("hexdigest", hash_hexdigest),
        ("copy", hash_copy),
        ("__repr__", hash_repr),
    ];
    for (name, f) in methods {
        vm.add_method(&ty, name, *f);
    }
    use ferropy_runtime::types::descriptors::add_getset;
    add_getset(vm, &ty, "name", |vm, v| {
        let (name, _, _) = info(vm, v)?;
        Ok(vm.new_str(name))
    });
    add_getset(vm, &ty, "digest_size", |vm, v| Ok(Value::Int(info(vm, v)?.1 as i64)));
    add_getset(vm, &ty, "block_size", |vm, v| Ok(Value::Int(info(vm, v)?.2 as i64)));
    let dict = module.dict.clone().expect("modules have dicts");
    let xof_ns = vm.new_dict();
    let m = vm.new_str("_hashlib");
    vm.dict_set_str(&xof_ns, "__module__", m)?;
    let empty = vm.new_tuple(vec![]);
    vm.dict_set_str(&xof_ns, "__slots__", empty)?;
    let meta = vm.types.type_.clone();
    let xof = vm.new_class(&meta, "HASHXOF", vec![ty.clone()], &xof_ns, &[])?;
    vm.dict_set_str(&dict, "HASH", Value::Obj(ty))?;
    vm.dict_set_str(&dict, "HASHXOF", Value::Obj(xof))?;
    // The algorithms this build has: a program iterating these can use
    // every name it finds.
    let names: Vec<Value> = ALGORITHMS.iter().map(|(name, _, _)| vm.new_str(*name)).collect();
    let list = vm.new_list(names);
    let frozenset = Value::Obj(vm.types.frozenset.clone());
    let set = Value::Obj(vm.types.set.clone());
    let guaranteed = vm.call(&frozenset, std::slice::from_ref(&list))?;
    let available = vm.call(&set, &[list])?;
    vm.dict_set_str(&dict, "algorithms_guaranteed", guaranteed)?;
    vm.dict_set_str(&dict, "algorithms_available", available)?;
    Ok(module)
}
