from charset_normalizer import from_bytes
best = from_bytes("Déjà vu, naïve café".encode("cp1252")).best()
print(best.encoding, str(best))
