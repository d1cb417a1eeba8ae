# Binary plists whose headers claim more objects than the file holds are
# refused at once (InvalidFileException), as CPython refuses them.
import plistlib
for count in (2**32, 2**40, 2**63):
    trailer = bytes(6) + bytes([1, 1]) + count.to_bytes(8, 'big') + bytes(8) + (8).to_bytes(8, 'big')
    try:
        plistlib.loads(b'bplist00' + trailer, fmt=plistlib.FMT_BINARY)
    except plistlib.InvalidFileException as err:
        print(count, err)
