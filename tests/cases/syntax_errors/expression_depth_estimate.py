# How deep an expression may be: long sums compile up to CPython's limit,
# sums of products count by their longest chain, as in CPython.
for n in [2000, 2900, 3100, 10000]:
    src = '+'.join(['1']*n)
    try: compile(src, 's', 'eval'); print(n, 'ok')
    except RecursionError as e: print(n, 'RE', e)
for n in [1000, 5000]:
    src = '*'.join(['x']*3) + ('+' + '*'.join(['x']*3)) * n
    try: compile(src, 's', 'eval'); print('mixed', n, 'ok')
    except RecursionError as e: print('mixed', n, 'RE', e)
