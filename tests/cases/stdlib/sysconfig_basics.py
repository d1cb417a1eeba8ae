import sysconfig
print(sysconfig.get_platform(), sysconfig.get_python_version(), sysconfig.get_config_var("py_version_nodot"))
print(sysconfig.get_config_var("py_version_short"), sysconfig.get_config_vars("VERSION", "py_version"))
print(sysconfig.get_preferred_scheme("user"), sysconfig.get_preferred_scheme("home"))
print(sorted(sysconfig.get_paths("posix_user", expand=False)))
print(sysconfig.get_path("scripts", "posix_user", vars={"userbase": "/u"}))
try:
    sysconfig.get_preferred_scheme("x")
except KeyError as e:
    print(e)
