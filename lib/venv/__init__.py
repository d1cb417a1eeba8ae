"""Virtual environments (PEP 405), as `python -m venv DIR` makes them.

A venv is a directory with a pyvenv.cfg, a bin/ whose python, python3,
python3.11 and ferropy start this interpreter, activation scripts, and
its own lib/python3.11/site-packages. Started from the venv's bin/,
ferropy finds the pyvenv.cfg and sets sys.prefix to the venv, so `site`
adds that site-packages instead of the installation's (docs/packages.md).
"""

import os
import shutil
import subprocess
import sys
import sysconfig
import types

from . import _scripts

__all__ = ["EnvBuilder", "create", "main"]

CORE_VENV_DEPS = ("pip", "setuptools")

_VERSION = "%d.%d" % sys.version_info[:2]


def _real_binary():
    """The ferropy binary itself (a venv's links all end at it)."""
    return os.path.realpath(sys._base_executable or sys.executable)


class EnvBuilder:
    """Creates virtual environments.

    system_site_packages: the base installation's site-packages is also
    on the venv's path. clear: empty the directory first. symlinks: link
    the interpreter rather than copy it (the default on POSIX). upgrade:
    refresh an existing venv for this interpreter. with_pip: install pip
    (fetched from the package registry by ensurepip). prompt: the prefix
    the activation scripts show ("." means the current directory's name).
    upgrade_deps: update pip and setuptools from the registry.
    """

    def __init__(self, system_site_packages=False, clear=False, symlinks=False, upgrade=False,
                 with_pip=False, prompt=None, upgrade_deps=False):
        self.system_site_packages = system_site_packages
        self.clear = clear
        self.symlinks = symlinks
        self.upgrade = upgrade
        self.with_pip = with_pip
        self.orig_prompt = prompt
        if prompt == ".":
            prompt = os.path.basename(os.getcwd())
        self.prompt = prompt
        self.upgrade_deps = upgrade_deps

    def create(self, env_dir):
        """Create (or update) the environment in `env_dir`."""
        env_dir = os.path.abspath(env_dir)
        context = self.ensure_directories(env_dir)
        # A venv made from inside another venv is based on the real base.
        true_system_site = self.system_site_packages
        self.system_site_packages = False
        self.create_configuration(context)
        self.setup_python(context)
        if self.with_pip:
            self._setup_pip(context)
        if not self.upgrade:
            self.setup_scripts(context)
            self.post_setup(context)
        if true_system_site:
            self.system_site_packages = true_system_site
            self.create_configuration(context)
        if self.upgrade_deps:
            self.upgrade_dependencies(context)

    def clear_directory(self, path):
        for name in os.listdir(path):
            entry = os.path.join(path, name)
            if os.path.islink(entry) or os.path.isfile(entry):
                os.remove(entry)
            elif os.path.isdir(entry):
                shutil.rmtree(entry)

    def _venv_path(self, env_dir, name):
        variables = {"base": env_dir, "platbase": env_dir, "installed_base": env_dir,
                     "installed_platbase": env_dir}
        return sysconfig.get_path(name, scheme="venv", vars=variables)

    def ensure_directories(self, env_dir):
        """Make the venv's directories; return the context the other steps
        share (names, paths and the interpreter to link)."""

        def create_if_needed(path):
            if not os.path.exists(path):
                os.makedirs(path)
            elif os.path.islink(path) or os.path.isfile(path):
                raise ValueError(f"Unable to create directory {path!r}")

        if os.pathsep in os.fspath(env_dir):
            raise ValueError(f"Refusing to create a venv in {env_dir} because it contains "
                             f"the PATH separator {os.pathsep}.")
        if os.path.exists(env_dir) and self.clear:
            self.clear_directory(env_dir)
        context = types.SimpleNamespace()
        context.env_dir = env_dir
        context.env_name = os.path.split(env_dir)[1]
        prompt = self.prompt if self.prompt is not None else context.env_name
        context.prompt = f"({prompt}) "
        create_if_needed(env_dir)
        executable = sys._base_executable
        if not executable:
            raise ValueError("Unable to determine path to the running Python interpreter.")
        dirname, exename = os.path.split(os.path.abspath(executable))
        context.executable = executable
        context.python_dir = dirname
        context.python_exe = exename
        binpath = self._venv_path(env_dir, "scripts")
        incpath = self._venv_path(env_dir, "include")
        libpath = self._venv_path(env_dir, "purelib")
        context.inc_path = incpath
        create_if_needed(incpath)
        context.lib_path = libpath
        create_if_needed(libpath)
        # 64-bit POSIX systems other than macOS look in lib64 too.
        if sys.maxsize > 2 ** 32 and os.name == "posix" and sys.platform != "darwin":
            link_path = os.path.join(env_dir, "lib64")
            if not os.path.exists(link_path):
                os.symlink("lib", link_path)
        context.bin_path = binpath
        context.bin_name = os.path.relpath(binpath, env_dir)
        context.env_exe = os.path.join(binpath, exename)
        create_if_needed(binpath)
        context.env_exec_cmd = context.env_exe
        return context

    def create_configuration(self, context):
        """Write pyvenv.cfg: where the base interpreter lives, whether the
        base site-packages is visible, the version, and how it was made."""
        context.cfg_path = path = os.path.join(context.env_dir, "pyvenv.cfg")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"home = {context.python_dir}\n")
            incl = "true" if self.system_site_packages else "false"
            f.write(f"include-system-site-packages = {incl}\n")
            f.write("version = %d.%d.%d\n" % sys.version_info[:3])
            if self.prompt is not None:
                f.write(f"prompt = {self.prompt!r}\n")
            f.write(f"executable = {os.path.realpath(sys.executable)}\n")
            args = []
            if self.system_site_packages:
                args.append("--system-site-packages")
            if self.symlinks:
                args.append("--symlinks")
            else:
                args.append("--copies")
            if not self.with_pip:
                args.append("--without-pip")
            if self.clear:
                args.append("--clear")
            if self.upgrade:
                args.append("--upgrade")
            if self.upgrade_deps:
                args.append("--upgrade-deps")
            if self.orig_prompt is not None:
                args.append(f'--prompt="{self.orig_prompt}"')
            args.append(context.env_dir)
            f.write(f"command = {sys.executable} -m venv {' '.join(args)}\n")

    def symlink_or_copy(self, src, dst, relative_symlinks_ok=False):
        """Link `dst` to `src` (relative to dst's directory when allowed),
        or copy it when links are off or impossible."""
        force_copy = not self.symlinks
        if not force_copy:
            try:
                if not os.path.islink(dst):
                    if relative_symlinks_ok:
                        assert os.path.dirname(src) == os.path.dirname(dst)
                        os.symlink(os.path.basename(src), dst)
                    else:
                        os.symlink(src, dst)
            except Exception:
                force_copy = True
        if force_copy and not os.path.exists(dst):
            shutil.copyfile(src, dst)
            shutil.copymode(src, dst)

    def setup_python(self, context):
        """Put the interpreter in bin/: `ferropy` is the binary (linked or
        copied), and python, python3 and python3.11 lead to it."""
        binpath = context.bin_path
        main = os.path.join(binpath, "ferropy")
        if self.upgrade and os.path.lexists(main) and not os.path.exists(main):
            os.remove(main)
        self.symlink_or_copy(_real_binary(), main)
        for name in ("python", "python3", f"python{_VERSION}"):
            path = os.path.join(binpath, name)
            if self.upgrade and os.path.lexists(path):
                os.remove(path)
            if not os.path.lexists(path):
                if self.symlinks:
                    os.symlink("ferropy", path)
                else:
                    shutil.copyfile(main, path)
                    shutil.copymode(main, path)

    def _call_new_python(self, context, *py_args, **kwargs):
        """Run the venv's interpreter with `py_args`, outside any venv the
        caller may have activated."""
        env_exec_cmd = context.env_exec_cmd
        if isinstance(env_exec_cmd, str):
            env_exec_cmd = [env_exec_cmd]
        args = env_exec_cmd + list(py_args)
        kwargs["env"] = env = os.environ.copy()
        env["VIRTUAL_ENV"] = context.env_dir
        env.pop("PYTHONHOME", None)
        env.pop("PYTHONPATH", None)
        kwargs["cwd"] = context.env_dir
        kwargs["executable"] = args[0]
        subprocess.check_output(args, **kwargs)

    def _setup_pip(self, context):
        """Install pip into the venv with its own ensurepip."""
        self._call_new_python(context, "-m", "ensurepip", "--upgrade", "--default-pip",
                              stderr=subprocess.STDOUT)

    def setup_scripts(self, context):
        """Install the activation scripts into bin/."""
        self.install_scripts(context, None)

    def post_setup(self, context):
        """A hook for subclasses, run once the venv is made."""

    def replace_variables(self, text, context):
        """Fill in a script's placeholders from the context."""
        replacements = {
            "__VENV_DIR__": context.env_dir,
            "__VENV_NAME__": context.env_name,
            "__VENV_PROMPT__": context.prompt,
            "__VENV_BIN_NAME__": context.bin_name,
            "__VENV_PYTHON__": context.env_exe,
        }
        for key, value in replacements.items():
            text = text.replace(key, value)
        return text

    def install_scripts(self, context, path):
        """Write the activation scripts into bin/. `path` is a directory
        of script templates (CPython's layout: common/ and posix/ below
        it); None installs ferropy's own."""
        if path is None:
            templates = dict(_scripts.SCRIPTS)
        else:
            templates = {}
            for sub in ("common", os.name):
                folder = os.path.join(path, sub)
                if not os.path.isdir(folder):
                    continue
                for name in os.listdir(folder):
                    source = os.path.join(folder, name)
                    if os.path.isfile(source):
                        with open(source, encoding="utf-8") as f:
                            templates[name] = f.read()
        for name, text in templates.items():
            target = os.path.join(context.bin_path, name)
            with open(target, "w", encoding="utf-8") as f:
                f.write(self.replace_variables(text, context))

    def upgrade_dependencies(self, context):
        """Upgrade pip and setuptools in the venv from the registry."""
        self._call_new_python(context, "-m", "pip", "install", "--upgrade", *CORE_VENV_DEPS)


def create(env_dir, system_site_packages=False, clear=False, symlinks=False, with_pip=False,
           prompt=None, upgrade_deps=False):
    """Create a virtual environment in `env_dir`."""
    builder = EnvBuilder(system_site_packages=system_site_packages, clear=clear, symlinks=symlinks,
                         with_pip=with_pip, prompt=prompt, upgrade_deps=upgrade_deps)
    builder.create(env_dir)


def main(args=None):
    import argparse

    parser = argparse.ArgumentParser(
        prog=__name__,
        description="Creates virtual Python environments in one or more target directories.",
        epilog="Once an environment has been created, you may wish to activate it, e.g. by "
               "sourcing an activate script in its bin directory.")
    parser.add_argument("dirs", metavar="ENV_DIR", nargs="+",
                        help="A directory to create the environment in.")
    parser.add_argument("--system-site-packages", default=False, action="store_true", dest="system_site",
                        help="Give the virtual environment access to the system site-packages dir.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--symlinks", default=os.name != "nt", action="store_true", dest="symlinks",
                       help="Try to use symlinks rather than copies, when symlinks are not the default "
                            "for the platform.")
    group.add_argument("--copies", default=os.name == "nt", action="store_false", dest="symlinks",
                       help="Try to use copies rather than symlinks, even when symlinks are the default "
                            "for the platform.")
    parser.add_argument("--clear", default=False, action="store_true", dest="clear",
                        help="Delete the contents of the environment directory if it already exists, "
                             "before environment creation.")
    parser.add_argument("--upgrade", default=False, action="store_true", dest="upgrade",
                        help="Upgrade the environment directory to use this version of Python, assuming "
                             "Python has been upgraded in-place.")
    parser.add_argument("--without-pip", dest="with_pip", default=True, action="store_false",
                        help="Skips installing or upgrading pip in the virtual environment (pip is "
                             "bootstrapped by default)")
    parser.add_argument("--prompt", help="Provides an alternative prompt prefix for this environment.")
    parser.add_argument("--upgrade-deps", default=False, action="store_true", dest="upgrade_deps",
                        help=f"Upgrade core dependencies: {' '.join(CORE_VENV_DEPS)} to the latest "
                             f"version in PyPI")
    options = parser.parse_args(args)
    if options.upgrade and options.clear:
        raise ValueError("you cannot supply --upgrade and --clear together.")
    builder = EnvBuilder(system_site_packages=options.system_site, clear=options.clear,
                         symlinks=options.symlinks, upgrade=options.upgrade, with_pip=options.with_pip,
                         prompt=options.prompt, upgrade_deps=options.upgrade_deps)
    for directory in options.dirs:
        builder.create(directory)
