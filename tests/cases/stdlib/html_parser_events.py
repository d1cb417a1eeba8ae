from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs): self.events.append(("start", tag, attrs))
    def handle_endtag(self, tag): self.events.append(("end", tag))
    def handle_startendtag(self, tag, attrs): self.events.append(("startend", tag, attrs))
    def handle_data(self, data): self.events.append(("data", data))
    def handle_comment(self, data): self.events.append(("comment", data))
    def handle_decl(self, data): self.events.append(("decl", data))
    def handle_pi(self, data): self.events.append(("pi", data))
    def handle_charref(self, name): self.events.append(("charref", name))
    def handle_entityref(self, name): self.events.append(("entityref", name))
    def unknown_decl(self, data): self.events.append(("unknown", data))


docs = [
    "<!DOCTYPE html><html><head><title>T &amp; U</title></head><body class='x' id=main data-v=\"1 &lt; 2\"><p>Hi<br/>there</p></body></html>",
    "<a href=x target>link</a><img src='a.png' alt=\"\" /><input disabled>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script><style>p > a {}</style>after",
    "<!-- a comment --><!--x--y--><![CDATA[raw < stuff]]><?xml version='1.0'?>",
    "text &copy; &#169; &#xA9; &unknown; & alone &amp",
    "<p>unclosed <b>bold <i>italic</p> </ bogus> </> <!bogus> < notatag",
    "<DIV CLASS=Upper>Case</DIV><br /><p\nclass=\"multi\nline\">x</p>",
    "<a b='unterminated>tail",
]
for doc in docs:
    for convert in (True, False):
        p = Recorder(convert_charrefs=convert)
        p.feed(doc)
        p.close()
        print(convert, p.events, p.getpos())
# Fed in pieces: the result is the same as all at once.
doc = docs[0] + docs[4]
p = Recorder()
for k in range(0, len(doc), 7):
    p.feed(doc[k:k + 7])
p.close()
q = Recorder(); q.feed(doc); q.close()
print(p.events == q.events, p.get_starttag_text())
