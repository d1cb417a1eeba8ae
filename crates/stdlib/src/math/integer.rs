//! The integer functions of `math`: factorial, comb and perm on ints of
//! any size, by binary splitting so that big results stay fast.

use ferropy_runtime::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The product lo * (lo + 1) * ... * (hi - 1), split in halves so the
/// multiplications are balanced.
fn product_range(lo: u64, hi: u64) -> BigInt {
    match hi.saturating_sub(lo) {
        0 => BigInt::one(),
        1 => BigInt::from(lo),
        2 => BigInt::from(lo) * BigInt::from(lo + 1),
        n => {
            let mid = lo + n / 2;
            product_range(lo, mid) * product_range(mid, hi)
        }
    }
}

pub fn factorial(vm: &mut Vm, n: u64) -> PyResult<BigInt> {
    // Big factorials take long: charge the step budget like a loop would.
    vm.take_steps(n / 64)?;
    Ok(product_range(1, n.saturating_add(1)))
}

pub fn check_n_k(vm: &mut Vm, n: &BigInt, k: &BigInt) -> PyResult<()> {
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok(())
}

/// k as a machine int, once k <= n is known to matter.
fn small_k(vm: &mut Vm, k: &BigInt) -> PyResult<u64> {
    match k.to_u64().filter(|k| *k <= i64::MAX as u64) {
        Some(k) => Ok(k),
        None => Err(vm.overflow_error("k must not exceed 9223372036854775807")),
    }
}

/// n * (n - 1) * ... * (n - k + 1).
fn falling(vm: &mut Vm, n: &BigInt, k: u64) -> PyResult<BigInt> {
    vm.take_steps(k / 64)?;
    if let Some(n) = n.to_u64() {
        return Ok(product_range(n - k + 1, n + 1));
    }
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= n - BigInt::from(i);
    }
    Ok(acc)
}

pub fn perm(vm: &mut Vm, n: &BigInt, k: &BigInt) -> PyResult<BigInt> {
    if k > n {
        return Ok(BigInt::zero());
    }
    let k = small_k(vm, k)?;
    falling(vm, n, k)
}

pub fn comb(vm: &mut Vm, n: &BigInt, k: &BigInt) -> PyResult<BigInt> {
    if k > n {
        return Ok(BigInt::zero());
    }
    let other = n - k;
    let k = if &other < k { other } else { k.clone() };
    let k = small_k(vm, &k)?;
    let numerator = falling(vm, n, k)?;
    Ok(numerator / product_range(1, k + 1))
}
