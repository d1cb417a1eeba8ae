"""A tiny module for testing pydoc.

More text."""

def area(w, h=2):
    """Area of a w by h rectangle."""
    return w * h

class Box:
    """A box."""
    def volume(self, d):
        """Its volume."""
        return d
