"""Print the corpus measure: caught X of Y seeded, Z false alarms on N genuine letters."""

from . import measure

caught, seeded, alarms, genuine, problems = measure()
print(f"caught {caught} of {seeded} seeded, {alarms} false alarms on {genuine} genuine letters")
for line in problems:
    print("  " + line)
