import mimetypes
for u in ["a.html", "x.tar.gz", "A.PNG", "f.tgz", "data:text/csv;base64,AA", "data:,hi", "noext", "s.svgz", "r.rtf", "d.json", "p.py", "m.mp4", "w.webp", "z.xyzunknown", "http://h/p.js?q=1"]:
    print(u, mimetypes.guess_type(u), mimetypes.guess_type(u, strict=False))
print(mimetypes.guess_extension("text/plain"), mimetypes.guess_all_extensions("image/jpeg"), mimetypes.guess_extension("application/x-nothing"))
db = mimetypes.MimeTypes(); db.add_type("x/y", ".yy"); print(db.guess_type("f.yy"), db.guess_extension("X/Y"))
print(len(mimetypes.types_map) > 100, mimetypes.inited)
