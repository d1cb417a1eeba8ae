"""Core XML support for Python: xml.parsers.expat (the parser), xml.etree
(ElementTree), xml.dom.minidom and xml.sax."""

__all__ = ["dom", "parsers", "sax", "etree"]
