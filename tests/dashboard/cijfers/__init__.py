"""The team-lead dashboard's figures, each checked to the number on a small hand-built set
of households, plans, meldingen and conversations (rows made with the ORM, moments set
with `.update()` where a test needs them): one file a figure, the rows in rijen.py."""
