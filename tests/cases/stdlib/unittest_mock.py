from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel, create_autospec, mock_open, PropertyMock, seal
m = Mock()
m(1, a=2); m.foo.bar(3); m.foo().baz()
print(m.call_args, m.call_args_list, m.mock_calls)
print(m.method_calls, m.foo.call_count, m.called)
m.assert_called_once_with(1, a=2)
m.assert_any_call(1, a=2)
try: m.assert_called_with(2)
except AssertionError as e: print(e)
try: m.foo.assert_not_called()
except AssertionError as e: print(e)
try: Mock(name="x").assert_called_once()
except AssertionError as e: print(e)
m2 = Mock(return_value=5, side_effect=[1, 2, Mock.DEFAULT if hasattr(Mock, 'DEFAULT') else mock.DEFAULT])
print(m2(), m2(), m2())
m3 = Mock(side_effect=KeyError("k"))
try: m3()
except KeyError as e: print("raised", e)
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, mm == mm, mm != mm)
mm.__len__.return_value = 7; mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), mm[4], mm.__len__.call_count)
with mm as entered: print(entered is mm.__enter__.return_value)
print(repr(Mock(name="named"))[:20], repr(m.foo.bar)[:26])
with patch("os.getcwd", return_value="/patched") as p:
    import os; print(os.getcwd(), p.called)
print(os.getcwd() != "/patched")
class C:
    def method(self, x): return x
    attr = 1
with patch.object(C, "method", return_value=9): print(C().method(1))
@patch("os.path.exists")
def f(exists):
    exists.return_value = "yes"; return os.path.exists("x")
print(f())
d = {"a": 1}
with patch.dict(d, {"b": 2}, clear=True): print(d)
print(d)
spec_m = Mock(spec=C)
try: spec_m.nope
except AttributeError as e: print(e)
print(isinstance(spec_m, C))
auto = create_autospec(C)
inst = auto()
inst.method(1)
try: inst.method(1, 2)
except TypeError as e: print("TypeError", type(e).__name__)
print(call(1) == call(1), call.foo(1), call(1, b=2), m.mock_calls == [call(1, a=2), call.foo.bar(3), call.foo(), call.foo().baz()])
print(ANY == 5, sentinel.X is sentinel.X, sentinel.X)
o = mock_open(read_data="line1\nline2\n")
with patch("builtins.open", o):
    with open("f") as fh: print(fh.read())
o.assert_called_once_with("f")
class P:
    x = PropertyMock(return_value=3)
print(P().x)
s = Mock(); s.a = 1; seal(s)
try: s.b
except AttributeError as e: print(e)
m.reset_mock(); print(m.call_count, m.mock_calls)
try: m.assret_called()
except AttributeError as e: print(e)
m4 = Mock(); m4.configure_mock(**{"a.b.return_value": 3, "c": 4}); print(m4.a.b(), m4.c)
m5 = Mock(); m5.x(1); m5.y(2)
m5.assert_has_calls([call.x(1), call.y(2)])
try: m5.assert_has_calls([call.y(2), call.x(1)])
except AssertionError as e: print(e)
m5.assert_has_calls([call.y(2), call.x(1)], any_order=True)
