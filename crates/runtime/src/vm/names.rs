//! Interned names the runtime looks up often (dunder methods and friends),
//! so that lookups compare pointers instead of hashing text.

use crate::object::Obj;

macro_rules! names {
    ($( $name:ident ),* $(,)?) => {
        #[allow(non_snake_case)]
        #[derive(Clone)]
        pub struct Names {
            $( pub $name: Obj, )*
        }

        impl Names {
            pub fn create(intern: &mut dyn FnMut(&str) -> Obj) -> Names {
                Names { $( $name: intern(stringify!($name)), )* }
            }
        }
    };
}

names! {
    __init__, __new__, __call__, __getattr__, __getattribute__, __setattr__, __delattr__,
    __get__, __set__, __delete__, __dict__, __class__, __name__, __qualname__, __module__,
    __doc__, __len__, __iter__, __next__, __getitem__, __setitem__, __delitem__,
    __contains__, __hash__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__, __bool__,
    __repr__, __str__, __format__, __bytes__,
    __add__, __radd__, __iadd__, __sub__, __rsub__, __isub__, __mul__, __rmul__, __imul__,
    __matmul__, __rmatmul__, __imatmul__, __truediv__, __rtruediv__, __itruediv__,
    __floordiv__, __rfloordiv__, __ifloordiv__, __mod__, __rmod__, __imod__,
    __divmod__, __rdivmod__, __pow__, __rpow__, __ipow__, __lshift__, __rlshift__,
    __ilshift__, __rshift__, __rrshift__, __irshift__, __and__, __rand__, __iand__,
    __xor__, __rxor__, __ixor__, __or__, __ror__, __ior__,
    __neg__, __pos__, __abs__, __invert__, __int__, __float__, __complex__, __index__,
    __round__, __trunc__, __floor__, __ceil__,
    __enter__, __exit__, __await__, __aiter__, __anext__, __aenter__, __aexit__,
    __del__, __init_subclass__, __set_name__, __prepare__, __instancecheck__,
    __subclasscheck__, __mro_entries__, __class_getitem__, __missing__, __reversed__,
    __length_hint__, __fspath__, __dir__, __sizeof__, __reduce__, __reduce_ex__,
    __copy__, __deepcopy__, __build_class__, __import__, __builtins__, __file__,
    __path__, __package__, __spec__, __loader__, __all__, __annotations__, __slots__,
    __weakref__, __classcell__, __match_args__, __mro__, __bases__, __base__,
    __self__, __func__, __wrapped__, __cause__, __context__, __traceback__,
    __suppress_context__, __abstractmethods__, __getstate__, __setstate__,
    __cached__, __orig_bases__, __debug__, __main__,
    args, send, throw, close, keys, items, values, get, append, write, flush, readline,
    mro, name, value, code, msg, filename, lineno, offset, text, end_lineno, end_offset,
    errno, strerror, path, obj, print_file_and_line,
}
