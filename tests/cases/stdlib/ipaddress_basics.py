import ipaddress as ip
for a in ["192.168.1.1", "10.0.0.256", "1.2.3", "01.2.3.4", "::1", "2001:db8::1", "::ffff:1.2.3.4", "fe80::1%eth0", "1::2::3", "2001:0db8:0000:0000:0000:ff00:0042:8329", "1:0:0:1:0:0:0:1", "x", 3232235777, b"\x7f\0\0\1", "1:2:3:4:5:6:7:8:9", ":1:2::3", "abcde::1"]:
    try:
        x = ip.ip_address(a)
        print(repr(x), x.version, x.exploded, x.reverse_pointer, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_reserved, x.is_link_local, int(x))
    except ValueError as e:
        print(type(e).__name__, e)
for a in ["1.2.3.4", "1:2::x", "1.2.3.4.5"]:
    for cls in (ip.IPv4Address, ip.IPv6Address):
        try: cls(a)
        except ip.AddressValueError as e: print(cls.__name__, e)
n = ip.ip_network("192.168.0.0/22")
print(n, n.netmask, n.hostmask, n.broadcast_address, n.num_addresses, n.with_netmask, n.with_hostmask, list(n.subnets(new_prefix=24)), n.supernet(), n[3], n[-1], ip.ip_address("192.168.1.7") in n)
print(list(ip.ip_network("10.0.0.0/30").hosts()), list(ip.ip_network("10.0.0.0/31").hosts()), ip.ip_network("10.0.0.0/255.255.0.0"), ip.ip_network("10.0.0.0/0.0.255.255"))
try: ip.ip_network("10.0.0.1/24")
except ValueError as e: print(e)
print(ip.ip_network("10.0.0.1/24", strict=False), ip.ip_interface("10.1.2.3/16").network, ip.ip_interface("10.1.2.3/16").ip, ip.ip_interface("::1/64"))
print(list(ip.ip_network("10.0.0.0/24").address_exclude(ip.ip_network("10.0.0.64/26"))))
print(list(ip.summarize_address_range(ip.IPv4Address("10.0.0.1"), ip.IPv4Address("10.0.0.20"))))
print(list(ip.collapse_addresses([ip.ip_network("10.0.0.0/25"), ip.ip_network("10.0.0.128/25"), ip.ip_address("10.0.1.0")])))
print(ip.ip_network("2001:db8::/32").num_addresses, ip.ip_network("2001:db8::/126").exploded, list(ip.ip_network("2001:db8::/126").hosts()))
print(ip.IPv4Address("1.2.3.4") + 1, format(ip.IPv4Address("1.2.3.4"), "#x"), format(ip.IPv4Address("1.2.3.4"), "b"), format(ip.IPv6Address("::1"), "_x"))
try: ip.IPv4Address("255.255.255.255") + 1
except ip.AddressValueError as e: print(e)
print(sorted([ip.ip_address("10.0.0.2"), ip.ip_address("10.0.0.1")]), ip.IPv6Address("2002:c000:204::1").sixtofour, ip.IPv6Address("::ffff:1.2.3.4").ipv4_mapped, ip.IPv6Address("2001:0:4136:e378:8000:63bf:3fff:fdd2").teredo)
try: ip.ip_address("1.2.3.4") < ip.ip_address("::1")
except TypeError as e: print(e)
print(ip.ip_network("100.64.0.0/10").is_global, ip.ip_address("100.64.1.1").is_global, ip.ip_network("::/0").is_private, ip.IPv4Network(("10.0.0.0", 8)), ip.IPv4Network(167772160))
for bad in ["10.0.0.0/33", "10.0.0.0/255.0.255.0", "10.0.0.0/x"]:
    try: ip.ip_network(bad)
    except ValueError as e: print(type(e).__name__, e)
    try: ip.IPv4Network(bad)
    except ValueError as e: print(type(e).__name__, e)
print(hash(ip.ip_address("1.2.3.4")) == hash(ip.ip_address("1.2.3.4")), ip.ip_address("1.2.3.4").packed, ip.ip_network("1.2.3.0/24").overlaps(ip.ip_network("1.2.0.0/16")), ip.ip_network("1.2.3.0/24").subnet_of(ip.ip_network("1.2.0.0/16")))
import ipaddress
for f in (ipaddress.IPv6Address, ipaddress.IPv6Network, ipaddress.IPv6Interface):
    for a in ["::1%scope%", "::1%", "9:8:7:6:5:4:3::2:1"]:
        try: f(a)
        except ValueError as e: print(f.__name__, e)
print(list(ipaddress.IPv6Network("2001::%scope/96").subnets())[:1])
print(ipaddress.IPv4Address("0.0.0.1") in ipaddress.IPv6Network("::1/128"))
