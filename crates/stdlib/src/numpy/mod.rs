//! `_numpy`: the native part of ferropy's numpy (lib/numpy/ is the
//! Python part). Arrays are `ferropy_numeric::NdArray`s held by instances
//! of `_numpy.base`; lib/numpy makes `ndarray` and the integer, float32
//! and bool scalar types subclasses of it (a scalar is a 0-d array of its
//! type), while `float64` and `complex128` subclass Python's float and
//! complex, as numpy's do. docs/numpy.md describes the whole.

mod convert;
mod functions;
mod index;

use ferropy_numeric::{DType, NdArray, NumError, Scalar};
use ferropy_runtime::object::{NativeData, Payload, PyCell};
use ferropy_runtime::protocol::args;
use ferropy_runtime::types::builtin_function::KwArgs;
use ferropy_runtime::{Obj, PyErr, PyResult, Value, Vm};

use crate::native_class::{module_state, set_module_state};

/// The Rust state of an array object (or of a scalar of one of the types
/// backed by a 0-d array). The shape may be set (`a.shape = ...`).
pub struct ArrayObject {
    pub array: PyCell<NdArray>,
}

impl NativeData for ArrayObject {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// What `numpy/__init__.py` registers: the classes arrays and scalars
/// are made as, and the Python functions the native part calls back.
struct NumpyState {
    ndarray: Obj,
    /// The scalar class of each dtype, in `DType::ALL` order.
    scalars: Vec<Obj>,
    /// `_fp_error(ufunc_name, kinds)`: numpy's error handling (errstate).
    fp_error: Value,
    axis_error: Obj,
}

fn state(vm: &mut Vm) -> PyResult<std::rc::Rc<NumpyState>> {
    match module_state::<NumpyState>(vm) {
        Some(s) => Ok(s),
        None => Err(vm.runtime_error("numpy's native part is used before numpy registered its classes")),
    }
}

/// The array an object holds, if it is an array or an array-backed scalar.
pub fn array_of(v: &Value) -> Option<NdArray> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<ArrayObject>().map(|a| a.array.borrow().clone()),
        _ => None,
    }
}

fn array_object(v: &Value) -> Option<&ArrayObject> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<ArrayObject>(),
        _ => None,
    }
}

/// A new `numpy.ndarray` object holding `array`.
pub fn wrap(vm: &mut Vm, array: NdArray) -> PyResult<Value> {
    let cls = state(vm)?.ndarray.clone();
    let payload = Payload::Native(Box::new(ArrayObject { array: PyCell::new(array) }));
    Ok(Value::Obj(ferropy_runtime::types::object::alloc_instance(vm, &cls, payload)))
}

/// The numpy scalar of `dtype` holding `value` (`np.float64(1.5)`).
pub fn scalar(vm: &mut Vm, dtype: DType, value: Scalar) -> PyResult<Value> {
    let index = DType::ALL.iter().position(|&d| d == dtype).expect("every dtype is in ALL");
    let cls = state(vm)?.scalars[index].clone();
    let payload = match dtype {
        DType::Float64 => Payload::Float(value.as_f64()),
        DType::Complex128 => {
            let c = value.as_complex();
            Payload::Complex(ferropy_runtime::types::complex::Complex { re: c.re, im: c.im })
        }
        _ => Payload::Native(Box::new(ArrayObject { array: PyCell::new(NdArray::scalar(dtype, value)) })),
    };
    Ok(Value::Obj(ferropy_runtime::types::object::alloc_instance(vm, &cls, payload)))
}

/// An operation's result as Python sees it: a scalar for 0-d results,
/// as numpy returns them, else an array.
pub fn result(vm: &mut Vm, array: NdArray) -> PyResult<Value> {
    if array.ndim() == 0 {
        let dtype = array.dtype();
        return scalar(vm, dtype, array.first());
    }
    wrap(vm, array)
}

/// The Python exception numpy raises for `err`.
pub fn raise(vm: &mut Vm, err: NumError) -> PyErr {
    let message = err.message();
    match err {
        NumError::Value(_) => vm.value_error(message),
        NumError::Type(_) => vm.type_error(message),
        NumError::Index(_) => vm.index_error(message),
        NumError::NotImplemented(_) => vm.not_implemented_error(message),
        NumError::Axis { .. } => match state(vm) {
            Ok(s) => {
                let cls = s.axis_error.clone();
                vm.new_error(&cls, message)
            }
            Err(e) => e,
        },
    }
}

/// Reports the floating-point errors an operation met through numpy's
/// Python-level handler (which warns, raises or ignores, by errstate).
pub fn report_fp(vm: &mut Vm, name: &str, flags: ferropy_numeric::ufunc::FpFlags) -> PyResult<()> {
    if !flags.any() {
        return Ok(());
    }
    let handler = state(vm)?.fp_error.clone();
    let mut kinds = Vec::new();
    for (set, kind) in
        [(flags.divide, "divide"), (flags.overflow, "over"), (flags.underflow, "under"), (flags.invalid, "invalid")]
    {
        if set {
            kinds.push(vm.new_str(kind));
        }
    }
    let kinds = vm.new_tuple(kinds);
    let name = vm.new_str(name);
    vm.call(&handler, &[name, kinds])?;
    Ok(())
}

/// `register(ndarray, scalar_types, fp_error, AxisError)`: the classes and
/// handlers numpy/__init__.py made (scalar_types in dtype order: bool,
/// int8, uint8, ..., complex128).
fn register(vm: &mut Vm, a: &[Value], _kw: KwArgs) -> PyResult<Value> {
    args::check_positional(vm, "register", a, 4, 4)?;
    let (Value::Obj(ndarray), Value::Obj(axis_error)) = (&a[0], &a[3]) else {
        return Err(vm.type_error("register() expects classes"));
    };
    let scalars: Vec<Obj> = vm.collect(&a[1])?.into_iter().filter_map(|v| v.as_obj().cloned()).collect();
    if scalars.len() != DType::ALL.len() {
        return Err(vm.value_error("register() expects one scalar class per dtype"));
    }
    let state =
        NumpyState { ndarray: ndarray.clone(), scalars, fp_error: a[2].clone(), axis_error: axis_error.clone() };
    set_module_state(vm, state);
    Ok(Value::None)
}

pub fn make_module(vm: &mut Vm) -> PyResult<Obj> {
    let module = ferropy_runtime::types::module::new_native_module(vm, "_numpy", functions::FUNCTIONS)?;
    let dict = module.dict.clone().expect("modules have dicts");
    let extra = [("register", register as ferropy_runtime::types::builtin_function::NativeFn)];
    for (name, f) in extra.iter().chain(index::FUNCTIONS) {
        let func = ferropy_runtime::types::builtin_function::new_function_doc(name, Some("_numpy"), *f, None);
        vm.dict_set_str(&dict, name, Value::Obj(func))?;
    }
    crate::native_class::add_class(vm, "_numpy", &dict, "base", &[])?;
    Ok(module)
}
