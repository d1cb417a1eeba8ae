# Lone surrogates through json, unicodedata, formatting, translate,
# compile/eval, printing to stdout and stderr, searching and slicing.
import json, unicodedata
print(json.dumps('\ud800x\U0001F600'), json.dumps('\udc00', ensure_ascii=False) == '"\udc00"', repr(json.loads('"\\ud800\\udc00\\udc01"')))
print(unicodedata.category('\ud800'), unicodedata.east_asian_width('\udfff'), unicodedata.name('\ud800', 'none'), unicodedata.bidirectional('\ud800'))
print(repr('%c|{:c}'.format(0xdc80) % 0xd801), repr('\ud800abc'.translate({0xd800: 'X', ord('a'): 0xdc00})), str.maketrans('\ud800', 'a'))
try: compile('"\ud800"', 's', 'eval')
except UnicodeEncodeError as e: print('E', e)
print(repr(eval('"\\ud800"')), '\ud800'.__sizeof__() == 'ab\ud800'.__sizeof__() - 4 , sorted({'\ud800': 1, '\ue000': 2, 'a': 3}))
try: print('x\ud800')
except UnicodeEncodeError as e: print('E', e)
import sys
sys.stderr.write('err\udc80\n')
print('\ud800' in 'a\ud800b', 'a\ud800b'.find('\ud800'), 'a\ud800b'.split('\ud800'), '\ud800'.isprintable(), '\ud800'.isalpha())
print(repr(chr(0xd800) + chr(0xdc00)), len(chr(0xd800) + chr(0xdc00)), repr(rf'\ud800'), repr(b'\ud800'))
print(repr(f'{0}\udfff{1:\ud800>3}'))
