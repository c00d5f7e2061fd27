"""WCAG 2.1 AA in a real browser: axe-core on every main page (at 1280 px and on a tablet
held upright, 768 px), a main flow done with the keyboard alone, and form errors and htmx
status changes that a screen reader hears.

axe-core comes with axe-playwright-python, which evaluates it in the page (page.evaluate is
not subject to the Content Security Policy, which allows no inline script).

wereld.py and conftest.py: one small municipality with something on every page;
paginas.py: how to get each page into the state to check. The tests: test_axe.py,
test_toetsenbord.py (the keyboard alone), test_schermlezer.py (what a screen reader
hears)."""
