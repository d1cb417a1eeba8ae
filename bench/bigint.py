"""Big-int arithmetic: factorials, powers, digits of pi (Machin)."""

def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def arctan_inv(x, digits):
    scale = 10 ** (digits + 10)
    total = term = scale // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total

def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return pi // 10 ** 10

f = factorial(12000)
p = pow(3, 300000) - pow(2, 400000)
pi = pi_digits(4000)
print(f.bit_length(), f % 1000003, p.bit_length(), p % 999983, str(pi)[:20], str(pi)[-10:], sum(int(c) for c in str(pi)))
