//! The C library functions `math` needs that Rust's standard library does
//! not take from the C library: CPython calls the platform's, so we do too,
//! and the results agree to the bit. This module owns the `unsafe` FFI.

mod ffi {
    extern "C" {
        pub fn acosh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn remainder(x: f64, y: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
    }
}

pub fn acosh(x: f64) -> f64 {
    // SAFETY: a pure C function of a double; no pointers, no global state
    // beyond errno, which we do not read.
    unsafe { ffi::acosh(x) }
}

pub fn asinh(x: f64) -> f64 {
    // SAFETY: as for `acosh`.
    unsafe { ffi::asinh(x) }
}

pub fn atanh(x: f64) -> f64 {
    // SAFETY: as for `acosh`.
    unsafe { ffi::atanh(x) }
}

/// The C library's `cbrt`. Rust's runtime links its own `cbrt` into the
/// binary, which rounds differently, so the C library's is looked up by
/// name in libm.
pub fn cbrt(x: f64) -> f64 {
    type CbrtFn = unsafe extern "C" fn(f64) -> f64;
    static CBRT: std::sync::OnceLock<Option<CbrtFn>> = std::sync::OnceLock::new();
    let found = CBRT.get_or_init(|| {
        // SAFETY: dlopen/dlsym get NUL-terminated names; the handle is
        // kept open for the life of the process, so the pointer stays
        // valid, and libm's `cbrt` has exactly the signature `CbrtFn`.
        unsafe {
            let handle = libc::dlopen(c"libm.so.6".as_ptr(), libc::RTLD_NOW);
            if handle.is_null() {
                return None;
            }
            let sym = libc::dlsym(handle, c"cbrt".as_ptr());
            if sym.is_null() {
                None
            } else {
                Some(std::mem::transmute::<*mut libc::c_void, CbrtFn>(sym))
            }
        }
    });
    match found {
        // SAFETY: a pure C function of a double (see above).
        Some(f) => unsafe { f(x) },
        None => x.cbrt(),
    }
}

pub fn erf(x: f64) -> f64 {
    // SAFETY: as for `acosh`.
    unsafe { ffi::erf(x) }
}

pub fn erfc(x: f64) -> f64 {
    // SAFETY: as for `acosh`.
    unsafe { ffi::erfc(x) }
}

pub fn remainder(x: f64, y: f64) -> f64 {
    // SAFETY: as for `acosh`.
    unsafe { ffi::remainder(x, y) }
}

pub fn nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: as for `acosh`.
    unsafe { ffi::nextafter(x, y) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_library_functions_answer() {
        assert_eq!(asinh(0.0), 0.0);
        assert_eq!(acosh(1.0), 0.0);
        assert_eq!(atanh(0.0), 0.0);
        assert_eq!(erf(0.0), 0.0);
        assert_eq!(cbrt(8.0), 2.0);
        assert_eq!(erfc(0.0), 1.0);
        assert_eq!(remainder(5.0, 3.0), -1.0);
        assert_eq!(nextafter(1.0, 2.0), 1.0 + f64::EPSILON);
    }
}
