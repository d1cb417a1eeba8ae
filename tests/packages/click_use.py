import click
from click.testing import CliRunner
@click.command()
@click.option("--count", default=2)
@click.argument("name")
def hello(count, name):
    for _ in range(count):
        click.echo(f"Hello {name}")
r = CliRunner().invoke(hello, ["--count", "3", "World"])
print(r.exit_code, r.output, end="")
