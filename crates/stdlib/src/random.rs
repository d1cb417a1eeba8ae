//! `_random`: the Mersenne Twister (MT19937) behind `random.Random`.
//!
//! The generator, its seeding from an int (`init_by_array` over the
//! number's 32-bit words, least significant first) and the 53-bit float
//! construction follow the published MT19937 reference algorithm, so the
//! streams are CPython's for the same seeds. `lib/random.py` builds every
//! distribution on `random()` and `getrandbits()`.

use std::cell::RefCell;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use ferropy_runtime::object::{NativeData, Payload};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::{KwArgs, NativeFn};
use ferropy_runtime::types::int::{as_int, big_to_value, IntVal};
use ferropy_runtime::{Obj, PyResult, Value, Vm};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the position of the next one.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt { state: [0; N], index: N + 1 };
        mt.init_genrand(5489);
        mt
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        for k in 0..N {
            let y = (self.state[k] & UPPER_MASK) | (self.state[(k + 1) % N] & LOWER_MASK);
            self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    fn seed_from(&mut self, n: &BigUint) {
        let mut key = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }
}

struct RandomState(RefCell<Mt>);

impl NativeData for RandomState {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Mt>> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<RandomState>() {
            Some(s) => Ok(&s.0),
            None => Err(vm.type_error("descriptor requires a '_random.Random' object")),
        },
        _ => Err(vm.type_error("descriptor requires a '_random.Random' object")),
    }
}

fn entropy_seed() -> BigUint {
    // 624 words would be CPython's amount; 8 words of OS entropy are
    // plenty for an unpredictable start.
    let mut bytes = [0u8; 32];
    let from_os = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes));
    if from_os.is_err() {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        bytes[..16].copy_from_slice(&t.as_nanos().to_le_bytes());
        bytes[16..20].copy_from_slice(&std::process::id().to_le_bytes());
    }
    BigUint::from_bytes_le(&bytes)
}

fn seed_value(vm: &mut Vm, cell: &RefCell<Mt>, arg: &Value) -> PyResult<()> {
    let n: BigUint = match arg {
        Value::Undef | Value::None => entropy_seed(),
        other => match as_int(other) {
            Some(IntVal::Small(i)) => BigUint::from(i.unsigned_abs()),
            Some(IntVal::Big(b)) => b.abs().to_biguint().unwrap_or_default(),
            // Other objects seed from their hash, read as an unsigned word.
            None => BigUint::from(vm.hash(other)? as u64),
        },
    };
    cell.borrow_mut().seed_from(&n);
    Ok(())
}

fn random_new(vm: &mut Vm, a: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let exact = Obj::ptr_eq(cls, &ferropy_runtime::types::module::class_in_module(vm, "_random", "Random")?);
    if exact && !kwargs.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    if a.len() > 2 && exact {
        return Err(vm.type_error(format!("Random expected at most 1 argument, got {}", a.len() - 1)));
    }
    let obj = ferropy_runtime::types::object::alloc_instance(
        vm,
        cls,
        Payload::Native(Box::new(RandomState(RefCell::new(Mt::new())))),
    );
    let value = Value::Obj(obj);
    // The exact type seeds here; subclasses seed in their __init__.
    if exact {
        let s = state(vm, &value)?;
        seed_value(vm, s, a.get(1).unwrap_or(&Value::None))?;
    }
    Ok(value)
}

fn random_seed(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "seed", &a[1..], 0, 1)?;
    let s = state(vm, &a[0])?;
    seed_value(vm, s, a.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn random_random(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "random", &a[1..], 0, 0)?;
    let s = state(vm, &a[0])?;
    let x = s.borrow_mut().next_f64();
    Ok(Value::float(x))
}

fn random_getrandbits(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getrandbits", &a[1..], 1, 1)?;
    let k = ferropy_runtime::protocol::number::index_i64(vm, &a[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let s = state(vm, &a[0])?;
    let mut mt = s.borrow_mut();
    if k <= 32 {
        let r = if k == 0 { 0 } else { mt.next_u32() >> (32 - k) };
        return Ok(Value::Int(r as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut digits = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        digits.push(r);
        left -= 32;
    }
    drop(mt);
    Ok(big_to_value(BigInt::from_biguint(Sign::Plus, BigUint::new(digits))))
}

fn random_getstate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "getstate", &a[1..], 0, 0)?;
    let s = state(vm, &a[0])?;
    let mt = s.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    drop(mt);
    Ok(vm.new_tuple(items))
}

fn random_setstate(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "setstate", &a[1..], 1, 1)?;
    let Some(items) = ferropy_runtime::types::tuple::items(&a[1]).map(|t| t.to_vec()) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, item) in words.iter_mut().zip(&items) {
        *w = unsigned_word(vm, item)?;
    }
    let index = match as_int(&items[N]) {
        Some(IntVal::Small(i)) if (0..=N as i64).contains(&i) => i as usize,
        Some(_) => return Err(vm.value_error("invalid state")),
        None => return Err(vm.type_error("an integer is required")),
    };
    let s = state(vm, &a[0])?;
    let mut mt = s.borrow_mut();
    mt.state = words;
    mt.index = index;
    Ok(Value::None)
}

/// A state word as C's `unsigned long` conversion takes it.
fn unsigned_word(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let big = match as_int(v) {
        Some(IntVal::Small(i)) => BigInt::from(i),
        Some(IntVal::Big(b)) => b,
        None => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if big.is_negative() {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    match big.to_u64() {
        Some(w) => Ok(w as u32),
        None if big.is_zero() => Ok(0),
        None => Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
    }
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let module = ferropy_runtime::types::module::new_native_module(vm, "_random", &[])?;
    let ns = vm.new_dict();
    let m = vm.new_str("_random");
    vm.dict_set_str(&ns, "__module__", m)?;
    let meta = vm.types.type_.clone();
    let object = vm.types.object.clone();
    let ty = vm.new_class(&meta, "Random", vec![object], &ns, &[])?;
    let methods: &[(&'static str, NativeFn)] = &[
        ("seed", random_seed),
        ("random", random_random),
        ("getrandbits", random_getrandbits),
        ("getstate", random_getstate),
        ("setstate", random_setstate),
    ];
    for (name, f) in methods {
        vm.add_method(&ty, name, *f);
    }
    vm.add_staticmethod(&ty, "__new__", random_new);
    let dict = module.dict.clone().expect("modules have dicts");
    vm.dict_set_str(&dict, "Random", Value::Obj(ty))?;
    Ok(module)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_stream_for_the_standard_key() {
        // The first outputs of the reference implementation for the key
        // {0x123, 0x234, 0x345, 0x456}, as published with MT19937.
        let mut mt = Mt::new();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..3).map(|_| mt.next_u32()).collect();
        assert_eq!(first, vec![1_067_595_299, 955_945_823, 477_289_528]);
    }
}
