# help() on a module: NAME, DESCRIPTION, the class tree, FUNCTIONS, DATA, FILE.
import sys

sys.path.insert(0, "modules")
import pointtools

help(pointtools)
