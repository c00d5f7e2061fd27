"""Reminders (herinneringen): table-driven rules over the clocks, plans and afspraken, a
set-based scan that cannot create duplicates, and the in-app inbox."""
