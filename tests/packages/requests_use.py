import requests
req = requests.Request("GET", "https://example.org/search", params={"q": "a b"}).prepare()
print(req.method, req.url)
