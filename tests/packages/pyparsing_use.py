import pyparsing as pp
expr = pp.Word(pp.alphas) + "=" + pp.Word(pp.nums)
print(expr.parse_string("x = 42").as_list())
