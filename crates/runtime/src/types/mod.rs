//! The built-in types, one file each, and the registry of their type
//! objects.
//!
//! `Types` and `ExcTypes` are generated from the tables below: a type's
//! field name, its Python name, its base, the layout its instances (and
//! subclass instances) use, and whether Python code may subclass it. Each
//! type file has an `init` that fills the type's dict with its methods.

pub mod async_generator;
pub mod bool_;
pub mod builtin_function;
pub mod bytearray;
pub mod bytes;
pub mod bytes_text;
pub mod cell;
pub mod code;
pub mod complex;
pub mod descriptors;
pub mod dict;
pub mod exception_group;
pub mod exceptions;
pub mod file;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod int;
pub mod iterators;
pub mod list;
pub mod memoryview;
pub mod method;
pub mod module;
pub mod newlines;
pub mod none;
pub mod object;
pub mod range;
pub mod read_buffer;
pub mod set;
pub mod slice;
pub mod str;
pub mod structseq;
pub mod super_;
pub mod traceback;
pub mod tuple;
pub mod type_;
pub mod views;
pub mod weakref;

use crate::object::Obj;
use type_::{Layout, TypeFlags};

macro_rules! builtin_types {
    ($( $field:ident: $name:literal, base $base:ident, $layout:ident, $subclassable:literal; )*) => {
        /// The built-in type objects.
        #[derive(Clone)]
        pub struct Types {
            pub object: Obj,
            pub type_: Obj,
            $( pub $field: Obj, )*
        }

        impl Types {
            pub fn create() -> Types {
                let (object, type_) = type_::bootstrap();
                let mut made: Vec<(&'static str, Obj)> = vec![("object", object.clone()), ("type_", type_.clone())];
                $(
                    let base = made.iter().find(|(n, _)| *n == stringify!($base)).map(|(_, t)| t.clone()).expect("base defined first");
                    let flags = if $subclassable { TypeFlags::BASETYPE } else { 0 };
                    let $field = type_::new_static_type($name, &base, Layout::$layout, flags);
                    made.push((stringify!($field), $field.clone()));
                )*
                drop(made);
                Types { object, type_, $( $field, )* }
            }

            /// Every type, for `init` passes and `builtins`.
            pub fn all(&self) -> Vec<Obj> {
                vec![self.object.clone(), self.type_.clone(), $( self.$field.clone(), )*]
            }
        }
    };
}

builtin_types! {
    int: "int", base object, Int, true;
    bool_: "bool", base int, Int, false;
    float: "float", base object, Float, true;
    complex: "complex", base object, Complex, true;
    str: "str", base object, Str, true;
    bytes: "bytes", base object, Bytes, true;
    bytearray: "bytearray", base object, ByteArray, true;
    memoryview: "memoryview", base object, Object, false;
    list: "list", base object, List, true;
    tuple: "tuple", base object, Tuple, true;
    dict: "dict", base object, Dict, true;
    set: "set", base object, Set, true;
    frozenset: "frozenset", base object, FrozenSet, true;
    range: "range", base object, Object, false;
    slice: "slice", base object, Object, false;
    function: "function", base object, Object, false;
    builtin_function: "builtin_function_or_method", base object, Object, false;
    method_descriptor: "method_descriptor", base object, Object, false;
    classmethod_descriptor: "classmethod_descriptor", base object, Object, false;
    method: "method", base object, Object, false;
    code: "code", base object, Object, false;
    cell: "cell", base object, Object, false;
    module: "module", base object, Module, true;
    property: "property", base object, Object, true;
    classmethod: "classmethod", base object, Object, true;
    staticmethod: "staticmethod", base object, Object, true;
    getset_descriptor: "getset_descriptor", base object, Object, false;
    member_descriptor: "member_descriptor", base object, Object, false;
    super_: "super", base object, Object, true;
    none_type: "NoneType", base object, Object, false;
    not_implemented_type: "NotImplementedType", base object, Object, false;
    ellipsis_type: "ellipsis", base object, Object, false;
    generator: "generator", base object, Object, false;
    coroutine: "coroutine", base object, Object, false;
    async_generator: "async_generator", base object, Object, false;
    async_generator_asend: "async_generator_asend", base object, Object, false;
    async_generator_athrow: "async_generator_athrow", base object, Object, false;
    async_generator_wrapped_value: "async_generator_wrapped_value", base object, Object, false;
    weakref: "weakref", base object, Object, true;
    weakproxy: "weakproxy", base object, Object, false;
    dict_keys: "dict_keys", base object, Object, false;
    dict_values: "dict_values", base object, Object, false;
    dict_items: "dict_items", base object, Object, false;
    mappingproxy: "mappingproxy", base object, Object, false;
    list_iterator: "list_iterator", base object, Object, false;
    list_reverseiterator: "list_reverseiterator", base object, Object, false;
    tuple_iterator: "tuple_iterator", base object, Object, false;
    str_ascii_iterator: "str_ascii_iterator", base object, Object, false;
    str_iterator: "str_iterator", base object, Object, false;
    bytes_iterator: "bytes_iterator", base object, Object, false;
    range_iterator: "range_iterator", base object, Object, false;
    dict_keyiterator: "dict_keyiterator", base object, Object, false;
    dict_valueiterator: "dict_valueiterator", base object, Object, false;
    dict_itemiterator: "dict_itemiterator", base object, Object, false;
    dict_reversekeyiterator: "dict_reversekeyiterator", base object, Object, false;
    dict_reversevalueiterator: "dict_reversevalueiterator", base object, Object, false;
    dict_reverseitemiterator: "dict_reverseitemiterator", base object, Object, false;
    set_iterator: "set_iterator", base object, Object, false;
    seq_iterator: "iterator", base object, Object, false;
    callable_iterator: "callable_iterator", base object, Object, false;
    enumerate: "enumerate", base object, Object, true;
    zip: "zip", base object, Object, true;
    map: "map", base object, Object, true;
    filter: "filter", base object, Object, true;
    reversed: "reversed", base object, Object, true;
    traceback: "traceback", base object, Object, false;
    frame: "frame", base object, Object, false;
    union_type: "UnionType", base object, Object, false;
    text_io: "TextIOWrapper", base object, Object, false;
    buffered_reader: "BufferedReader", base object, Object, false;
    buffered_writer: "BufferedWriter", base object, Object, false;
    generic_alias: "GenericAlias", base object, Object, true;
}

macro_rules! exception_types {
    ($( $field:ident: $name:literal, base $base:ident; )*) => {
        /// The built-in exception classes.
        #[derive(Clone)]
        pub struct ExcTypes {
            pub base_exception: Obj,
            $( pub $field: Obj, )*
        }

        impl ExcTypes {
            pub fn create(types: &Types) -> ExcTypes {
                let base_exception = type_::new_static_type("BaseException", &types.object, Layout::Exception, TypeFlags::BASETYPE);
                let mut made: Vec<(&'static str, Obj)> = vec![("base_exception", base_exception.clone())];
                $(
                    let base = made.iter().find(|(n, _)| *n == stringify!($base)).map(|(_, t)| t.clone()).expect("base defined first");
                    let $field = type_::new_static_type($name, &base, Layout::Exception, TypeFlags::BASETYPE);
                    made.push((stringify!($field), $field.clone()));
                )*
                drop(made);
                ExcTypes { base_exception, $( $field, )* }
            }

            pub fn all(&self) -> Vec<Obj> {
                vec![self.base_exception.clone(), $( self.$field.clone(), )*]
            }
        }
    };
}

exception_types! {
    base_exception_group: "BaseExceptionGroup", base base_exception;
    generator_exit: "GeneratorExit", base base_exception;
    keyboard_interrupt: "KeyboardInterrupt", base base_exception;
    system_exit: "SystemExit", base base_exception;
    exception: "Exception", base base_exception;
    arithmetic_error: "ArithmeticError", base exception;
    floating_point_error: "FloatingPointError", base arithmetic_error;
    overflow_error: "OverflowError", base arithmetic_error;
    zero_division_error: "ZeroDivisionError", base arithmetic_error;
    assertion_error: "AssertionError", base exception;
    attribute_error: "AttributeError", base exception;
    buffer_error: "BufferError", base exception;
    eof_error: "EOFError", base exception;
    exception_group: "ExceptionGroup", base base_exception_group;
    import_error: "ImportError", base exception;
    module_not_found_error: "ModuleNotFoundError", base import_error;
    lookup_error: "LookupError", base exception;
    index_error: "IndexError", base lookup_error;
    key_error: "KeyError", base lookup_error;
    memory_error: "MemoryError", base exception;
    name_error: "NameError", base exception;
    unbound_local_error: "UnboundLocalError", base name_error;
    os_error: "OSError", base exception;
    blocking_io_error: "BlockingIOError", base os_error;
    child_process_error: "ChildProcessError", base os_error;
    connection_error: "ConnectionError", base os_error;
    broken_pipe_error: "BrokenPipeError", base connection_error;
    connection_aborted_error: "ConnectionAbortedError", base connection_error;
    connection_refused_error: "ConnectionRefusedError", base connection_error;
    connection_reset_error: "ConnectionResetError", base connection_error;
    file_exists_error: "FileExistsError", base os_error;
    file_not_found_error: "FileNotFoundError", base os_error;
    interrupted_error: "InterruptedError", base os_error;
    is_a_directory_error: "IsADirectoryError", base os_error;
    not_a_directory_error: "NotADirectoryError", base os_error;
    permission_error: "PermissionError", base os_error;
    process_lookup_error: "ProcessLookupError", base os_error;
    timeout_error: "TimeoutError", base os_error;
    unsupported_operation: "UnsupportedOperation", base os_error;
    reference_error: "ReferenceError", base exception;
    runtime_error: "RuntimeError", base exception;
    not_implemented_error: "NotImplementedError", base runtime_error;
    recursion_error: "RecursionError", base runtime_error;
    stop_async_iteration: "StopAsyncIteration", base exception;
    stop_iteration: "StopIteration", base exception;
    syntax_error: "SyntaxError", base exception;
    indentation_error: "IndentationError", base syntax_error;
    tab_error: "TabError", base indentation_error;
    system_error: "SystemError", base exception;
    type_error: "TypeError", base exception;
    value_error: "ValueError", base exception;
    unicode_error: "UnicodeError", base value_error;
    unicode_decode_error: "UnicodeDecodeError", base unicode_error;
    unicode_encode_error: "UnicodeEncodeError", base unicode_error;
    unicode_translate_error: "UnicodeTranslateError", base unicode_error;
    warning: "Warning", base exception;
    bytes_warning: "BytesWarning", base warning;
    deprecation_warning: "DeprecationWarning", base warning;
    encoding_warning: "EncodingWarning", base warning;
    future_warning: "FutureWarning", base warning;
    import_warning: "ImportWarning", base warning;
    pending_deprecation_warning: "PendingDeprecationWarning", base warning;
    resource_warning: "ResourceWarning", base warning;
    runtime_warning: "RuntimeWarning", base warning;
    syntax_warning: "SyntaxWarning", base warning;
    unicode_warning: "UnicodeWarning", base warning;
    user_warning: "UserWarning", base warning;
}

/// Fills every built-in type's dict with its methods.
pub fn init_all(vm: &mut crate::vm::Vm) {
    object::init(vm);
    type_::init(vm);
    int::init(vm);
    bool_::init(vm);
    float::init(vm);
    complex::init(vm);
    str::init(vm);
    bytes::init(vm);
    bytearray::init(vm);
    memoryview::init(vm);
    list::init(vm);
    tuple::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    slice::init(vm);
    function::init(vm);
    builtin_function::init(vm);
    method::init(vm);
    code::init(vm);
    cell::init(vm);
    module::init(vm);
    descriptors::init(vm);
    super_::init(vm);
    none::init(vm);
    generator::init(vm);
    async_generator::init(vm);
    weakref::init(vm);
    views::init(vm);
    iterators::init(vm);
    exceptions::init(vm);
    exception_group::init(vm);
    file::init(vm);
    frame::init(vm);
    traceback::init(vm);
    install_docs(vm);
    // CPython's concrete types list `__getattribute__` in their own dicts
    // (dir() and help() show it); the lookup is object's either way.
    let t = &vm.types;
    for ty in [
        &t.int,
        &t.float,
        &t.complex,
        &t.str,
        &t.bytes,
        &t.bytearray,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.range,
        &t.slice,
    ]
    .map(Obj::clone)
    {
        vm.add_method(&ty, "__getattribute__", object::object_getattribute);
    }
}

/// Puts each built-in type's docstring in its dict, as CPython does, so
/// that both `list.__doc__` and `[].__doc__` find it; types CPython does
/// not document get `None`.
fn install_docs(vm: &mut crate::vm::Vm) {
    let mut all = vm.types.all();
    all.extend(vm.exc.all());
    for ty in all {
        let Some(dict) = ty.dict.clone() else { continue };
        if matches!(crate::types::dict::dict_get_str(vm, &dict, "__doc__"), Ok(Some(_))) {
            continue;
        }
        let doc = match crate::builtins::docs::type_doc(&type_::type_name(&ty)) {
            Some(doc) => vm.new_str(builtin_function::split_doc(doc).1),
            None => crate::value::Value::None,
        };
        vm.set_type_attr_raw(&ty, "__doc__", doc);
    }
}
