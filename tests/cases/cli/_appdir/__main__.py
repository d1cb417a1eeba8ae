import sys
print("main of dir", __name__, __file__.endswith("_appdir/__main__.py"), sys.path[0].endswith("_appdir"), sys.argv[1:])
