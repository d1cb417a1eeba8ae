# except* syntax errors as CPython reports them.
for src in ['try: pass\nexcept*: pass', 'try: pass\nexcept* E: pass\nexcept F: pass', 'try: pass\nexcept E: pass\nexcept* F: pass', 'try: pass\nexcept * E: pass\nexcept F: pass',
            "try: pass\nexcept* ValueError: return", "def f():\n for x in y:\n  try: pass\n  except* E: continue", "def f():\n  try: pass\n  except* E:\n    for x in y: break\n    return 1"]:
  try: compile(src,'s','exec'); print('ok')
  except SyntaxError as e: print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
