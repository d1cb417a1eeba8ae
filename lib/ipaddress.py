"""ipaddress: IPv4 and IPv6 addresses, networks and interfaces.

An address is an int with a version; a network is a network address and
a prefix length; an interface is an address with the network it sits
in. Texts are parsed and checked with CPython's messages; IPv6 texts are
written in RFC 5952's compressed form.
"""

import functools

__version__ = "1.0"

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not an address."""


class NetmaskValueError(ValueError):
    """A value that is not a netmask."""


def ip_address(address):
    for cls in (IPv4Address, IPv6Address):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 address")


def ip_network(address, strict=True):
    for cls in (IPv4Network, IPv6Network):
        try:
            return cls(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 network")


def ip_interface(address):
    for cls in (IPv4Interface, IPv6Interface):
        try:
            return cls(address)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f"{address!r} does not appear to be an IPv4 or IPv6 interface")


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4") from None


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, "big")
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6") from None


def _split_optional_netmask(address):
    parts = str(address).split("/")
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _check_same_version(a, b):
    if a.version != b.version:
        raise TypeError(f"{a} and {b} are not of the same version")


def summarize_address_range(first, last):
    """The fewest networks that cover first..last exactly."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError("first and last must be IP addresses, not networks")
    _check_same_version(first, last)
    if first > last:
        raise ValueError("last IP address must be greater than first")
    network_class = IPv4Network if first.version == 4 else IPv6Network
    bits = first.max_prefixlen
    lo, hi = int(first), int(last)
    while lo <= hi:
        size = min((lo & -lo).bit_length() - 1 if lo else bits, (hi - lo + 1).bit_length() - 1)
        yield network_class((lo, bits - size))
        lo += 1 << size
        if lo - 1 == first._ALL_ONES:
            break


def collapse_addresses(addresses):
    """The fewest networks covering all the given addresses and networks."""
    addrs, nets = [], []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if addrs and addrs[-1].version != ip.version:
                _check_same_version(ip, addrs[-1])
            addrs.append(ip)
        elif ip._prefixlen == ip.max_prefixlen:
            if addrs and addrs[-1].version != ip.version:
                _check_same_version(ip, addrs[-1])
            addrs.append(ip.network_address)
        else:
            if nets and nets[-1].version != ip.version:
                _check_same_version(ip, nets[-1])
            nets.append(ip)
    ranges = [(int(n.network_address), int(n.broadcast_address), n) for n in nets]
    ranges += [(int(a), int(a), a) for a in addrs]
    if not ranges:
        return iter(())
    versions = {r[2].version for r in ranges}
    if len(versions) > 1:
        raise TypeError(f"{ranges[0][2]} and {ranges[-1][2]} are not of the same version")
    ranges.sort(key=lambda r: (r[0], r[1]))
    merged = []
    for lo, hi, _ in ranges:
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    address_class = IPv4Address if versions == {4} else IPv6Address
    result = []
    for lo, hi in merged:
        result.extend(summarize_address_range(address_class(lo), address_class(hi)))
    return iter(result)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """An address: an int of `max_prefixlen` bits."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        return self._ip < other._ip

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return f"{self.__class__.__name__}({str(self)!r})"

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def _get_address_key(self):
        return (self._version, self)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == "s":
            return format(str(self), fmt)
        spec = fmt
        alternate = spec.startswith("#")
        if alternate:
            spec = spec[1:]
        grouping = spec[:1] if spec[:1] in "_," else ""
        kind = spec[len(grouping):]
        if kind not in ("b", "x", "X", "n") or (grouping == "," and True):
            if kind not in ("b", "x", "X", "n"):
                return super().__format__(fmt)
        if kind == "n":
            kind = "b" if self._version == 4 else "x"
        width = self.max_prefixlen if kind == "b" else self.max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(self._ip, f"{'#' if alternate else ''}0{width}{grouping}{kind}")


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network: address and prefix length."""

    def __repr__(self):
        return f"{self.__class__.__name__}({str(self)!r})"

    def __str__(self):
        return f"{self.network_address}/{self.prefixlen}"

    # (Counting loops rather than range(): IPv6 addresses pass 64 bits.)
    def hosts(self):
        x = int(self.network_address) + 1
        broadcast = int(self.broadcast_address)
        while x < broadcast:
            yield self._address_class(x)
            x += 1

    def __iter__(self):
        x = int(self.network_address)
        broadcast = int(self.broadcast_address)
        while x <= broadcast:
            yield self._address_class(x)
            x += 1

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError("address out of range")
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError("address out of range")
        return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork) or self._version != other._version:
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        return (self.network_address in other or (self.broadcast_address in other or (
            other.network_address in self or other.broadcast_address in self)))

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return f"{self.network_address}/{self._prefixlen}"

    @property
    def with_netmask(self):
        return f"{self.network_address}/{self.netmask}"

    @property
    def with_hostmask(self):
        return f"{self.network_address}/{self.hostmask}"

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        if not self._version == other._version:
            raise TypeError(f"{self} and {other} are not of the same version")
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f"{other} is not a network object")
        if not other.subnet_of(self):
            raise ValueError(f"{other} not contained in {self}")
        if other == self:
            return
        other = other.__class__(f"{other.network_address}/{other.prefixlen}")
        s1, s2 = self.subnets()
        while s1 != other and s2 != other:
            if other.subnet_of(s1):
                yield s2
                s1, s2 = s1.subnets()
            elif other.subnet_of(s2):
                yield s1
                s1, s2 = s2.subnets()
            else:
                raise AssertionError(f"Error performing exclusion: s1: {s1} s2: {s2} other: {other}")
        if s1 == other:
            yield s2
        elif s2 == other:
            yield s1
        else:
            raise AssertionError(f"Error performing exclusion: s1: {s1} s2: {s2} other: {other}")

    def compare_networks(self, other):
        if self._version != other._version:
            raise TypeError(f"{self} and {other} are not of the same type")
        if self.network_address != other.network_address:
            return -1 if self.network_address < other.network_address else 1
        if self.netmask != other.netmask:
            return -1 if self.netmask < other.netmask else 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == self.max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError("new prefix must be longer")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError("prefix length diff must be > 0")
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self.max_prefixlen:
            raise ValueError(f"prefix length diff {prefixlen_diff} is invalid for netblock {self}")
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        new_addr = start
        while new_addr < end:
            yield self.__class__((new_addr, new_prefixlen))
            new_addr += step

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError("new prefix must be shorter")
            if prefixlen_diff != 1:
                raise ValueError("cannot set prefixlen_diff and new_prefix")
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError(f"current prefixlen is {self.prefixlen}, cannot have a prefixlen_diff of {prefixlen_diff}")
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff), new_prefixlen))

    def _is_subnet_of(self, a, b):
        if a._version != b._version:
            raise TypeError(f"{a} and {b} are not of the same version")
        return b.network_address <= a.network_address and b.broadcast_address >= a.broadcast_address

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_private(self):
        return self.network_address.is_private and self.broadcast_address.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast


def _prefix_from_text(cls, text):
    if not (text.isascii() and text.isdigit()):
        raise NetmaskValueError(f"{text!r} is not a valid netmask")
    prefixlen = int(text)
    if not 0 <= prefixlen <= cls.max_prefixlen:
        raise NetmaskValueError(f"{text!r} is not a valid netmask")
    return prefixlen


def _prefix_from_mask_int(cls, mask):
    """The prefix length of a netmask int, or ValueError for one that is
    not ones then zeros."""
    trailing_zeroes = (mask & -mask).bit_length() - 1 if mask else cls.max_prefixlen
    prefixlen = cls.max_prefixlen - trailing_zeroes
    if mask != (cls._ALL_ONES ^ ((1 << trailing_zeroes) - 1)):
        raise ValueError("Netmask pattern mixes zeroes & ones")
    return prefixlen


def _make_netmask(cls, arg):
    """(netmask address, prefix length) for a prefix length or netmask."""
    if isinstance(arg, int):
        prefixlen = arg
        if not 0 <= prefixlen <= cls.max_prefixlen:
            raise NetmaskValueError(f"{prefixlen!r} is not a valid netmask")
    else:
        try:
            prefixlen = _prefix_from_text(cls, arg)
        except NetmaskValueError:
            if cls._version == 6:
                raise
            try:
                ip_int = cls._ip_int_from_string(arg)
            except AddressValueError:
                raise NetmaskValueError(f"{arg!r} is not a valid netmask") from None
            try:
                prefixlen = _prefix_from_mask_int(cls, ip_int)
            except ValueError:
                ip_int ^= cls._ALL_ONES
                try:
                    prefixlen = _prefix_from_mask_int(cls, ip_int)
                except ValueError:
                    raise NetmaskValueError(f"{arg!r} is not a valid netmask") from None
    netmask = cls._address_class(cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen))
    return netmask, prefixlen


def _split_addr_prefix(address):
    if isinstance(address, (bytes, int)):
        return address, None
    if isinstance(address, tuple):
        if len(address) > 1:
            return address[0], address[1]
        return address[0], None
    parts = _split_optional_netmask(address)
    return parts[0], (parts[1] if len(parts) > 1 else None)


class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    max_prefixlen = IPV4LENGTH

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError("Address cannot be empty")
        octets = ip_str.split(".")
        if len(octets) != 4:
            raise AddressValueError(f"Expected 4 octets in {ip_str!r}")
        try:
            return int.from_bytes(bytes(cls._parse_octet(o) for o in octets), "big")
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None

    @staticmethod
    def _parse_octet(octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError(f"Only decimal digits permitted in {octet_str!r}")
        if len(octet_str) > 3:
            raise ValueError(f"At most 3 characters permitted in {octet_str!r}")
        if octet_str != "0" and octet_str[0] == "0":
            raise ValueError(f"Leading zeros are not permitted in {octet_str!r}")
        octet_int = int(octet_str, 10)
        if octet_int > 255:
            raise ValueError(f"Octet {octet_int} (> 255) not permitted")
        return octet_int

    @staticmethod
    def _string_from_ip_int(ip_int):
        return ".".join(map(str, ip_int.to_bytes(4, "big")))

    def _reverse_pointer(self):
        return ".".join(reversed(str(self).split("."))) + ".in-addr.arpa"

    def _explode_shorthand_ip_string(self):
        return str(self)


def _int_address(cls, address):
    if address < 0:
        raise AddressValueError(f"{address} (< 0) is not permitted as an IPv{cls._version} address")
    if address > cls._ALL_ONES:
        raise AddressValueError(f"{address} (>= 2**{cls.max_prefixlen}) is not permitted as an "
                                f"IPv{cls._version} address")
    return address


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address."""

    __slots__ = ("_ip", "__weakref__")

    def __init__(self, address):
        if isinstance(address, int):
            self._ip = _int_address(type(self), address)
            return
        if isinstance(address, bytes):
            if len(address) != 4:
                raise AddressValueError(f"{address!r} (len {len(address)} != 4) is not permitted as an IPv4 address")
            self._ip = int.from_bytes(address, "big")
            return
        addr_str = str(address)
        if "/" in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(addr_str)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    def _in(self, networks):
        return any(self in net for net in networks)

    @property
    def is_reserved(self):
        return self in IPv4Network("240.0.0.0/4")

    @property
    def is_private(self):
        return self._in(_IPV4_PRIVATE)

    @property
    def is_global(self):
        return self not in IPv4Network("100.64.0.0/10") and not self.is_private

    @property
    def is_multicast(self):
        return self in IPv4Network("224.0.0.0/4")

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in IPv4Network("127.0.0.0/8")

    @property
    def is_link_local(self):
        return self in IPv4Network("169.254.0.0/16")


class _InterfaceMixin:
    """An address with the network it sits in: the address class comes
    next in the MRO, the network class is `_network_class`."""

    def __init__(self, address):
        addr, mask = _split_addr_prefix(address)
        self._address_base.__init__(self, addr)
        self.network = self._network_class((addr, mask if mask is not None else self.max_prefixlen), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f"{self._address_base.__str__(self)}/{self._prefixlen}"

    def __eq__(self, other):
        address_equal = self._address_base.__eq__(self, other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        address_less = self._address_base.__lt__(self, other)
        if address_less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or self.network == other.network and address_less
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._address_base(self._ip)

    @property
    def with_prefixlen(self):
        return f"{self._string_from_ip_int(self._ip)}/{self._prefixlen}"

    @property
    def with_netmask(self):
        return f"{self._string_from_ip_int(self._ip)}/{self.netmask}"

    @property
    def with_hostmask(self):
        return f"{self._string_from_ip_int(self._ip)}/{self.hostmask}"


class IPv4Interface(_InterfaceMixin, IPv4Address):
    _address_base = IPv4Address

    @property
    def _network_class(self):
        return IPv4Network


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: '192.0.2.0/24' (host bits must be clear when strict)."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, mask = _split_addr_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = _make_netmask(type(self), mask if mask is not None else self.max_prefixlen)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError(f"{self} has host bits set")
            self.network_address = IPv4Address(packed & int(self.netmask))
        if self._prefixlen == (self.max_prefixlen - 1):
            self.hosts = self.__iter__
        elif self._prefixlen == self.max_prefixlen:
            self.hosts = lambda: [IPv4Address(addr)]

    @property
    def is_global(self):
        return (not (self.network_address in IPv4Network("100.64.0.0/10")
                     and self.broadcast_address in IPv4Network("100.64.0.0/10")) and not self.is_private)


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    max_prefixlen = IPV6LENGTH

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError("Address cannot be empty")
        parts = ip_str.split(":")
        if len(parts) < 3:
            raise AddressValueError(f"At least 3 parts expected in {ip_str!r}")
        if "." in parts[-1]:
            try:
                ipv4_int = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError(f"{exc} in {ip_str!r}") from None
            parts.append("%x" % ((ipv4_int >> 16) & 0xFFFF))
            parts.append("%x" % (ipv4_int & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError(f"At most {cls._HEXTET_COUNT} colons permitted in {ip_str!r}")
        skip_index = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip_index is not None:
                    raise AddressValueError(f"At most one '::' permitted in {ip_str!r}")
                skip_index = i
        if skip_index is not None:
            parts_hi = skip_index
            parts_lo = len(parts) - skip_index - 1
            if not parts[0]:
                parts_hi -= 1
                if parts_hi:
                    raise AddressValueError(f"Leading ':' only permitted as part of '::' in {ip_str!r}")
            if not parts[-1]:
                parts_lo -= 1
                if parts_lo:
                    raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {ip_str!r}")
            parts_skipped = cls._HEXTET_COUNT - (parts_hi + parts_lo)
            if parts_skipped < 1:
                raise AddressValueError(f"Expected at most {cls._HEXTET_COUNT - 1} other parts with '::' in {ip_str!r}")
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError(f"Exactly {cls._HEXTET_COUNT} parts expected without '::' in {ip_str!r}")
            if not parts[0]:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {ip_str!r}")
            if not parts[-1]:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {ip_str!r}")
            parts_hi = len(parts)
            parts_lo = 0
            parts_skipped = 0
        try:
            ip_int = 0
            for i in range(parts_hi):
                ip_int = (ip_int << 16) | cls._parse_hextet(parts[i])
            ip_int <<= 16 * parts_skipped
            for i in range(-parts_lo, 0):
                ip_int = (ip_int << 16) | cls._parse_hextet(parts[i])
            return ip_int
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None

    @staticmethod
    def _parse_hextet(hextet_str):
        if not all(c in "0123456789abcdefABCDEF" for c in hextet_str):
            raise ValueError(f"Only hex digits permitted in {hextet_str!r}")
        if len(hextet_str) > 4:
            raise ValueError(f"At most 4 characters permitted in {hextet_str!r}")
        return int(hextet_str, 16)

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        """RFC 5952 text: lower-case hextets without leading zeros, the
        longest run of two or more zero hextets (the first of equals) as '::'."""
        hextets = [(ip_int >> (16 * (7 - i))) & 0xFFFF for i in range(8)]
        best_start, best_len, start = -1, 0, None
        for i, h in enumerate(hextets + [1]):
            if h == 0 and i < 8:
                if start is None:
                    start = i
            elif start is not None:
                if i - start > best_len:
                    best_start, best_len = start, i - start
                start = None
        text = ["%x" % h for h in hextets]
        if best_len > 1:
            head = ":".join(text[:best_start])
            tail = ":".join(text[best_start + best_len:])
            return head + "::" + tail
        return ":".join(text)

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            ip_int, suffix = int(self.network_address), f"/{self._prefixlen}"
        elif isinstance(self, IPv6Interface):
            ip_int, suffix = self._ip, f"/{self._prefixlen}"
        else:
            ip_int, suffix = self._ip, ""
            if self._scope_id:
                # CPython re-reads the text, scope and all, and fails.
                self._ip_int_from_string(str(self))
        hextets = ["%04x" % ((ip_int >> (16 * (7 - i))) & 0xFFFF) for i in range(8)]
        return ":".join(hextets) + suffix

    def _reverse_pointer(self):
        reverse_chars = self.exploded[::-1].replace(":", "")
        return ".".join(reverse_chars) + ".ip6.arpa"

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition("%")
        if not sep:
            scope_id = None
        elif not scope_id or "%" in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id


_IPV6_RESERVED_TEXT = ["::/8", "100::/8", "200::/7", "400::/6", "800::/5", "1000::/4", "4000::/3", "6000::/3",
                       "8000::/3", "A000::/3", "C000::/3", "E000::/4", "F000::/5", "F800::/6", "FE00::/9"]


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address (optionally with a %scope_id)."""

    __slots__ = ("_ip", "_scope_id", "__weakref__")

    def __init__(self, address):
        if isinstance(address, int):
            self._ip = _int_address(type(self), address)
            self._scope_id = None
            return
        if isinstance(address, bytes):
            if len(address) != 16:
                raise AddressValueError(f"{address!r} (len {len(address)} != 16) is not permitted as an IPv6 address")
            self._ip = int.from_bytes(address, "big")
            self._scope_id = None
            return
        addr_str = str(address)
        if "/" in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        addr_str, self._scope_id = self._split_scope_id(addr_str)
        self._ip = self._ip_int_from_string(addr_str)

    def __str__(self):
        ip_str = super().__str__()
        return ip_str + "%" + self._scope_id if self._scope_id else ip_str

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        address_equal = super().__eq__(other)
        if address_equal is NotImplemented or not address_equal:
            return address_equal
        return self._scope_id == getattr(other, "_scope_id", None)

    @property
    def scope_id(self):
        return self._scope_id

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in IPv6Network("ff00::/8")

    @property
    def is_reserved(self):
        return any(self in IPv6Network(n) for n in _IPV6_RESERVED_TEXT)

    @property
    def is_link_local(self):
        return self in IPv6Network("fe80::/10")

    @property
    def is_site_local(self):
        return self in IPv6Network("fec0::/10")

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in _IPV6_PRIVATE)

    @property
    def is_global(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_global
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return IPv4Address((self._ip >> 64) & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_InterfaceMixin, IPv6Address):
    _address_base = IPv6Address

    @property
    def _network_class(self):
        return IPv6Network

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: '2001:db8::/32'."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, mask = _split_addr_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = _make_netmask(type(self), mask if mask is not None else self.max_prefixlen)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError(f"{self} has host bits set")
            self.network_address = IPv6Address(packed & int(self.netmask))
        if self._prefixlen == (self.max_prefixlen - 1):
            self.hosts = self.__iter__
        elif self._prefixlen == self.max_prefixlen:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        """Every address but the subnet-router anycast one (the first)."""
        x = int(self.network_address) + 1
        broadcast = int(self.broadcast_address)
        while x <= broadcast:
            yield self._address_class(x)
            x += 1

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


_IPV4_PRIVATE = [IPv4Network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/29",
    "192.0.0.170/31", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
    "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32")]
_IPV6_PRIVATE = [IPv6Network(n) for n in (
    "::1/128", "::/128", "::ffff:0:0/96", "100::/64", "2001::/23", "2001:2::/48", "2001:db8::/32",
    "2001:10::/28", "fc00::/7", "fe80::/10")]
