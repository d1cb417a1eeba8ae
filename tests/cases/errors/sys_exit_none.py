import sys
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    exit(5)
except SystemExit as e:
    print("builtin exit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit", e.code)
raise SystemExit
