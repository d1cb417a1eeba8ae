"""logging.config: configure logging from a dictionary (dictConfig).

fileConfig (needs configparser) and listen (needs sockets and threads)
are not here yet; `cfg://` references and incremental configuration
neither (each raises NotImplementedError).
"""

import logging
import logging.handlers  # noqa: F401  (so "logging.handlers.X" resolves)
import re

__all__ = ["dictConfig", "fileConfig", "listen", "stopListening", "valid_ident"]

IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _resolve(name):
    """The object a dotted name stands for, importing as needed."""
    try:
        return _import_dotted(name)
    except ImportError as e:
        raise ValueError("Cannot resolve %r: %s" % (name, e)) from e


def _import_dotted(name):
    parts = name.split(".")
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _convert(value):
    """Config values may name objects: "ext://sys.stdout"."""
    if isinstance(value, str):
        if value.startswith("ext://"):
            return _resolve(value[6:])
        if value.startswith("cfg://"):
            raise NotImplementedError("logging.config: cfg:// references are not supported by ferropy yet")
    if isinstance(value, dict):
        return {k: _convert(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_convert(v) for v in value]
    return value


class DictConfigurator:
    """Applies a logging configuration dictionary (schema version 1)."""

    def __init__(self, config):
        self.config = config

    def _factory(self, spec, default_class):
        """(callable, keyword arguments) for a '()' or 'class' entry."""
        spec = dict(spec)
        factory = spec.pop("()", None)
        if factory is None:
            factory = spec.pop("class", default_class)
        if isinstance(factory, str):
            factory = _resolve(factory)
        props = spec.pop(".", None)
        return factory, spec, props

    def configure_formatter(self, spec):
        spec = dict(spec)
        if "()" in spec:
            factory, kwargs, props = self._factory(spec, None)
            try:
                result = factory(**kwargs)
            except TypeError as err:
                # Formatter's parameter is `fmt`; configurations say
                # `format` (CPython retries under the parameter's name).
                if "'format'" not in str(err) or "format" not in kwargs:
                    raise
                kwargs["fmt"] = kwargs.pop("format")
                result = factory(**kwargs)
        else:
            cls = spec.get("class", None)
            cls = logging.Formatter if not cls else (_resolve(cls) if isinstance(cls, str) else cls)
            kwargs = {"fmt": spec.get("format"), "datefmt": spec.get("datefmt"), "style": spec.get("style", "%")}
            if "validate" in spec:
                kwargs["validate"] = spec["validate"]
            if "defaults" in spec:
                kwargs["defaults"] = spec["defaults"]
            result = cls(**kwargs)
            props = None
        self._set_props(result, props)
        return result

    def configure_filter(self, spec):
        if "()" in spec:
            factory, kwargs, props = self._factory(spec, None)
            result = factory(**kwargs)
            self._set_props(result, props)
            return result
        return logging.Filter(spec.get("name", ""))

    def _set_props(self, obj, props):
        for name, value in (props or {}).items():
            setattr(obj, name, value)

    def configure_handler(self, spec, formatters, filters, handlers):
        spec = dict(spec)
        formatter = spec.pop("formatter", None)
        level = spec.pop("level", None)
        filter_names = spec.pop("filters", None)
        factory, kwargs, props = self._factory(spec, None)
        if factory is None:
            raise ValueError("handler class or factory missing")
        if "target" in kwargs and isinstance(kwargs["target"], str):
            kwargs["target"] = handlers[kwargs["target"]]
        if "flushLevel" in kwargs:
            kwargs["flushLevel"] = logging._checkLevel(kwargs["flushLevel"])
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatters[formatter])
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        for name in filter_names or ():
            result.addFilter(filters[name])
        self._set_props(result, props)
        return result

    def common_logger_config(self, logger, spec, handlers, filters):
        level = spec.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        for name in spec.get("handlers", []):
            try:
                logger.addHandler(handlers[name])
            except KeyError:
                raise ValueError("Unable to add handler %r" % name) from None
        for name in spec.get("filters", []):
            logger.addFilter(filters[name])

    def configure(self):
        config = _convert(self.config)
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        if config.get("incremental", False):
            raise NotImplementedError("logging.config: incremental configuration is not supported by ferropy yet")
        disable_existing = config.get("disable_existing_loggers", True)
        formatters, filters, handlers = {}, {}, {}
        for name, spec in config.get("formatters", {}).items():
            try:
                formatters[name] = self.configure_formatter(spec)
            except Exception as e:
                raise ValueError("Unable to configure formatter %r" % name) from e
        for name, spec in config.get("filters", {}).items():
            try:
                filters[name] = self.configure_filter(spec)
            except Exception as e:
                raise ValueError("Unable to configure filter %r" % name) from e
        # The handlers of an earlier configuration are closed.
        logging._handlers.clear()
        logging.shutdown(logging._handlerList[:])
        del logging._handlerList[:]
        # Handlers naming another as their target come after it.
        pending = list(config.get("handlers", {}).items())
        pending.sort(key=lambda item: "target" in item[1])
        for name, spec in pending:
            try:
                handler = self.configure_handler(spec, formatters, filters, handlers)
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        root = logging.root
        existing = list(root.manager.loggerDict.keys())
        existing.sort()
        child_loggers = []
        loggers = config.get("loggers", {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + "."
                while i < len(existing) and existing[i].startswith(prefixed):
                    child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                logger = logging.getLogger(name)
                spec = loggers[name]
                self.common_logger_config(logger, spec, handlers, filters)
                propagate = spec.get("propagate", None)
                if propagate is not None:
                    logger.propagate = propagate
                logger.disabled = False
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        for name in existing:
            logger = root.manager.loggerDict[name]
            if name in child_loggers:
                logger.level = logging.NOTSET
                logger.handlers = []
                logger.propagate = True
            elif disable_existing and isinstance(logger, logging.Logger):
                logger.disabled = True
        if "root" in config:
            try:
                self.common_logger_config(root, config["root"], handlers, filters)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e


def dictConfig(config):
    """Configure logging using a dictionary."""
    DictConfigurator(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig is not supported by ferropy yet (no configparser)")


def listen(port=9030, verify=None):
    raise NotImplementedError("logging.config.listen is not supported by ferropy yet")


def stopListening():
    raise NotImplementedError("logging.config.stopListening is not supported by ferropy yet")
