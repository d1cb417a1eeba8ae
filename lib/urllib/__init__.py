"""URL handling: urllib.parse (URLs and query strings)."""
