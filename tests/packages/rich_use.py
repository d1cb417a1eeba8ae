from rich.console import Console
from rich.table import Table
console = Console(width=60, color_system=None, force_terminal=False)
table = Table(title="Metals")
table.add_column("Name"); table.add_column("Density", justify="right")
table.add_row("Iron", "7.87"); table.add_row("Gold", "19.3")
console.print(table)
console.print("[bold]bold[/bold] text", {"a": [1, 2.5, None]})
