import html, html.entities
tests = ["&amp;&lt;&gt;&quot;&#39;", "&notit; &notin; &no", "&#x41;&#66;&#X43;&#0;&#128;&#x110000;&#xD800;&#1;&#11;", "&copy2026 &Copy; &unknown; &", "a & b", "&#65", "&ampx", "&#x1F600;", "&nbsp;&NotNestedLessLess;", "&#9;&#12;&#x7f;"]
for t in tests:
    print(repr(html.unescape(t)))
print(html.escape("<a href='x'>\"&\"</a>"), html.escape("<'\">", quote=False))
print(len(html.entities.html5), len(html.entities.name2codepoint), html.entities.codepoint2name[233], html.entities.entitydefs["eacute"])
