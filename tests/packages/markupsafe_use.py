from markupsafe import Markup, escape
print(escape("<a href='x'>&</a>"), Markup("<b>%s</b>") % "<i>")
