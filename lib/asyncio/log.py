"""The logger of the asyncio package."""

import logging

logger = logging.getLogger(__package__)
