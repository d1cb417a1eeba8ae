import idna
print(idna.encode("ドメイン.テスト"), idna.decode(b"xn--eckwd4c7c.xn--zckzah"))
