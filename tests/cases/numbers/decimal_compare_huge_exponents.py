from decimal import Decimal as D
from fractions import Fraction as F
vals = [float('-inf'), D('-1e425000000'), -1e308, F(-22, 7), -3.14, -2, 0.0, 1e-320, True, F('1.2'), D('1.3'),
        float('1.4'), F(275807, 195025), D('1.414213562373095048801688724'), F(114243, 80782), F(473596569, 84615),
        7e200, D('infinity')]
ok = all(a < b and b > a and a <= b and not (a == b) for i, a in enumerate(vals) for b in vals[i + 1:])
print(ok, D('1e999999999') > D('9e999999998'), D('-5') < F(-9, 2), D('0.5') == F(1, 2), D('1e-425000000') > 0)
print(sorted([D('2.50'), F(5, 2), 2.5, D('2.5000')]), D('1.0') == D('1.00'), D('123e-2') < D('1.24'))
