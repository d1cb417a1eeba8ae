# The full SyntaxError details (message, positions, text) for each error
# file in this directory, and for some more sources.
import sys
names = sorted(n for n in __import__("builtins").__dict__ if False)
sources = {}
for name in ["unclosed_paren", "unmatched_bracket", "mismatched_bracket", "missing_colon", "expected_indent",
             "unexpected_indent", "unindent_mismatch", "unterminated_string", "unterminated_triple",
             "invalid_assignment_target", "assign_to_literal", "maybe_meant_eq", "print_statement",
             "return_outside_function", "break_outside_loop", "yield_outside_function", "nonlocal_at_module",
             "duplicate_argument", "keyword_repeated", "positional_after_keyword", "too_many_nested_parens",
             "invalid_syntax_generic", "await_outside_async", "star_expression_alone", "global_after_use",
             "nonlocal_missing_binding", "invalid_character", "lambda_default_order", "unclosed_fstring",
             "continue_in_finally_ok_else_error", "tab_space_mix", "decorator_bad"]:
    with open(name + ".py") as f:
        sources[name] = f.read()
sources.update({
    "eval_end": "1 +",
    "def_paren": "def f(:\n    pass\n",
    "if_no_colon": "if x\n    pass\n",
    "dict_missing_colon": "{1: 2, 3}",
    "bad_number": "x = 1abc",
    "leading_zero": "x = 012",
    "bad_hex": "x = 0xg",
    "else_alone": "else:\n    pass\n",
    "try_alone": "try:\n    pass\nx = 1\n",
    "walrus_target": "(a.b := 1)",
    "del_literal": "del 1",
    "augassign_bad": "f() += 1",
    "lambda_star": "lambda *: 0",
    "kwarg_star": "f(**a, *b)",
    "genexp_unparen": "f(x for x in y, 1)",
    "missing_comma": "[1 2]",
    "unclosed_brace_eof": "x = {1: [2,\n",
})
for name, src in sources.items():
    try:
        compile(src, name, "exec")
        print(name, "compiled")
    except SyntaxError as e:
        print(name, type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
