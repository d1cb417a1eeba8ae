import urllib3
print(urllib3.util.parse_url("https://user@host:8080/p?q=1#f"))
