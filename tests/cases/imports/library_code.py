# A standard module's loader hands out the code its source compiles to
# (ferropy's are precompiled into the binary: they must be the same code).
import importlib
import sys

for name in ["json", "json.decoder", "collections", "multiprocessing.pool", "unittest.case", "email.message"]:
    module = importlib.import_module(name)
    loader = module.__spec__.loader
    code = loader.get_code(name)
    fresh = compile(loader.get_source(name), module.__file__, "exec", dont_inherit=True)
    print(name, code == fresh, code.co_filename == module.__file__)

print(sys.flags.optimize)
