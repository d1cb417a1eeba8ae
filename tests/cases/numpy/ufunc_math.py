import numpy as np

x = np.array([0.0, 0.5, 1.0, 2.0, 10.0])
for f in [np.sqrt, np.exp, np.log1p, np.sin, np.cos, np.tanh, np.arctan, np.floor, np.ceil, np.trunc, np.rint,
          np.square, np.negative, np.absolute, np.sign, np.cbrt, np.exp2, np.degrees, np.radians, np.arcsinh]:
    print(f.__name__, f(x))
print(np.log(np.array([1.0, 10.0, 100.0])), np.log10(np.array([1.0, 1000.0])), np.log2(np.array([8.0, 0.5])))
print(np.rint(np.array([0.5, 1.5, 2.5, -0.5, -1.5])), np.round(np.array([1.25, 2.675, -3.5]), 1))
print(np.around(np.array([123.456, -7.891]), -1), np.round(np.arange(5) * 1.1, 2))
print(np.maximum([1, 5, 3], [4, 2, 6]), np.minimum(np.array([1.0, np.nan]), 0.5), np.fmax([np.nan, 1.0], 0.5))
print(np.arctan2([1.0, -1.0], [-1.0, -1.0]), np.hypot(3, 4), np.copysign([1, 2], [-1, 1]))
print(np.fmod([5, -5], 3), np.mod([5, -5], 3), np.remainder([5.5, -5.5], 2), np.floor_divide([7, -7], 2))
print(np.power([2, 3], [3, 2]), np.power(2.0, [0.5, -1]), np.float_power if False else "", np.reciprocal([1.0, 4.0]))
print(np.isnan([1.0, np.nan]), np.isinf([np.inf, -np.inf, 1]), np.isfinite([1, np.nan, np.inf]))
print(np.signbit([-0.0, 0.0, -1]), np.logical_not([0, 1]), np.logical_and([1, 0], [1, 1]), np.logical_xor(1, [0, 1]))
print(np.bitwise_and(12, [10, 6]), np.bitwise_or([1, 2], 4), np.invert(np.array([0, 5], dtype=np.uint8)))
print(np.left_shift(1, [1, 4]), np.right_shift([256, -256], 4), ~np.array([True, False]))
print(np.add(1, 2), type(np.add(1, 2)).__name__, np.add.reduce([1, 2, 3]), np.multiply.outer([1, 2], [3, 4, 5]))
print(np.add, np.sqrt.nin, np.add.nin, np.add.identity, np.multiply.identity)
out = np.zeros(3)
print(np.add([1, 2, 3], 1, out=out) is out, out)
print(np.sqrt(np.arange(4, dtype=np.float32)), np.sqrt(np.float32(2)), np.sqrt(np.array([4, 9], dtype=np.int32)))
print(np.abs(np.array([3 + 4j, -1j])), np.sqrt(np.array([-4 + 0j])), np.conj(np.array([1 + 2j])))
