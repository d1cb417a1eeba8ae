from jinja2 import Environment
env = Environment()
print(env.from_string("{% for x in xs %}{{ x|upper }}{% if not loop.last %}, {% endif %}{% endfor %}").render(xs=["a", "b"]))
