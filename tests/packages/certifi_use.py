import certifi, os
print(os.path.basename(certifi.where()), os.path.exists(certifi.where()))
