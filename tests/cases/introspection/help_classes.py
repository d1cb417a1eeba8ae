# help() on classes: signature, doc, MRO and every kind of attribute.
class Base:
    'Base doc.'
    kind = 'base'
    def hello(self):
        'Say hello.'
class Point(Base):
    '''A point.

    In the plane.'''
    __slots__ = ('x', 'y')
    origin = None
    count = 3
    def __init__(self, x, y=0):
        self.x = x
    @property
    def r(self):
        'The radius.'
        return 1
    @classmethod
    def make(cls, v):
        'Make one.'
    @staticmethod
    def helper(a, b):
        pass
    def _private(self): pass
help(Point)
class Empty:
    pass
help(Empty)
