# exit, quit and help as the site module makes them.
print(repr(exit), repr(quit), sep="\n")
print(repr(help))
try:
    quit(3)
except SystemExit as e:
    print("SystemExit", e.code)
exit("bye")
