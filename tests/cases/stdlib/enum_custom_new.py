# Enum members made by the enum's own __new__ (tuple values, as
# http.HTTPStatus), by __init__ with tuple values, and the http module.
from enum import Enum, IntEnum
class HTTPStatus(IntEnum):
    def __new__(cls, value, phrase, description=''):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj
    CONTINUE = 100, 'Continue', 'Request received'
    OK = 200, 'OK'
print(HTTPStatus.OK, HTTPStatus(200).phrase, HTTPStatus.CONTINUE.description, int(HTTPStatus.OK), HTTPStatus.OK == 200, list(HTTPStatus))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.value, Planet.EARTH.mass, Planet((3.303e+23, 2.4397e6)))
class Color(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = args[0]
        return obj
    RED = 'r'
    GREEN = 'g'
print(Color.GREEN.value, Color.RED.label, Color(2))
import http
print(http.HTTPStatus.NOT_FOUND.phrase, http.HTTPStatus(404))
print(len(http.HTTPStatus), http.HTTPStatus.IM_A_TEAPOT.description, repr(http.HTTPMethod.GET), http.HTTPMethod.GET == "GET", http.HTTPMethod.POST.description, format(http.HTTPStatus.OK, 'd'), str(http.HTTPStatus.OK), repr(http.HTTPStatus.OK))
