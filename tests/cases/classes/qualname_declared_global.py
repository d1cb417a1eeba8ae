# A def or class whose name the enclosing function declares global gets
# a qualified name without the function's <locals>.
def make():
    global Outer, helper

    class Outer:
        class Inner:
            def method(self):
                pass

    def helper():
        def inner():
            pass
        return inner

    class Local:
        pass

    return Local


Local = make()
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(helper.__qualname__, helper().__qualname__, Local.__qualname__)
import pickle
print(pickle.loads(pickle.dumps(Outer.Inner)) is Outer.Inner)
