# xml.parsers.expat: handlers, namespaces, incremental input, and expat's
# error codes, messages and positions for malformed documents.
import xml.parsers.expat as expat
def run(s, ns=None, chunks=False):
    p = expat.ParserCreate(namespace_separator=ns)
    out = []
    p.StartElementHandler = lambda n, a: out.append(('start', n, a))
    p.EndElementHandler = lambda n: out.append(('end', n))
    p.CharacterDataHandler = lambda d: out.append(('data', d))
    p.CommentHandler = lambda d: out.append(('comment', d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(('pi', t, d))
    p.XmlDeclHandler = lambda v, e, s: out.append(('decl', v, e, s))
    p.StartNamespaceDeclHandler = lambda pf, u: out.append(('ns', pf, u))
    p.EndNamespaceDeclHandler = lambda pf: out.append(('endns', pf))
    p.StartDoctypeDeclHandler = lambda *a: out.append(('doctype',) + a)
    p.buffer_text = True
    try:
        if chunks:
            for i in range(len(s)):
                p.Parse(s[i:i+1], False)
            p.Parse(b'', True)
        else:
            p.Parse(s, True)
        # merge adjacent data (expat splits it freely)
        merged = []
        for e in out:
            if e[0] == 'data' and merged and merged[-1][0] == 'data':
                merged[-1] = ('data', merged[-1][1] + e[1])
            else:
                merged.append(e)
        print(merged)
    except expat.ExpatError as e:
        print('E', e, e.code, e.lineno, e.offset)
docs = [b'<?xml version="1.0" encoding="utf-8"?>\n<!-- c --><a x="1" y=\'2\'>t&amp;&#65;<b/><?pi d?>\n<![CDATA[<x>]]></a>',
        b'<a xmlns="u1" xmlns:p="u2"><p:b p:c="1" d="2"/></a>', b'<a></b>', b'', b'<a>', b'<a/><b/>', b'<a>&foo;</a>', b'<a x=1/>',
        b'<a x="1" x="2"/>', b'<p:a/>', b'text', b'<a>x</a>junk', b'<a><!-- c --', b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>',
        b'<a', b'</a>', '<a>é</b>'.encode(), b'<a>\r\n</b>', b'<a>]]></a>', b'<a>&</a>', b'<a>&#xD800;</a>', b'<a><!-- a -- b --></a>',
        b'x<a/>', b' <a/>', b'<a/> x', b'<a/>\n', b'<?xml version="1.0"?><?xml version="1.0"?><a/>', b'<a b="1"c="2"/>', b'<a><![CDATA[x',
        b'<a><?pi', b'<a b>', b'<a b=>', b'<1a/>', b'<a></a >', b'<a></ a>', b'<a>x</a><!-- c -->', b'<a></a><b', b'<?xml versio="1.0"?><a/>',
        b'<!DOCTYPE a><a/>', b'<!DOCTYPE a [<!ENTITY e "v&#65;">]><a>&e;</a>', b'<a b="x\ny&lt;"/>']
for d in docs:
    run(d, '}' if b'xmlns' in d or b'p:' in d else None)
for d in docs[:3]:
    run(d, '}' if b'xmlns' in d else None, chunks=True)
