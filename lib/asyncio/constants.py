"""Numbers the event loop's parts agree on."""

import enum

# After this many consecutive send() calls on a closed transport, warn.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Seconds to wait before retrying accept() after running out of descriptors.
ACCEPT_RETRY_DELAY = 1

# Frames of a Handle's or Future's creation kept in debug mode.
DEBUG_STACK_DEPTH = 10

# Seconds to wait for an SSL handshake / shutdown.
SSL_HANDSHAKE_TIMEOUT = 60.0
SSL_SHUTDOWN_TIMEOUT = 30.0

# Bytes read from a file at once by the sendfile fallback.
SENDFILE_FALLBACK_READBUFFER_SIZE = 1024 * 256

FLOW_CONTROL_HIGH_WATER_SSL_READ = 256  # KiB
FLOW_CONTROL_HIGH_WATER_SSL_WRITE = 512  # KiB

# Seconds run_forever's shutdown waits for the default executor.
THREAD_JOIN_TIMEOUT = 300


class _SendfileMode(enum.Enum):
    UNSUPPORTED = enum.auto()
    TRY_NATIVE = enum.auto()
    FALLBACK = enum.auto()
