"""The resident's rights under the AVG: inzage (art. 15) as a PDF and JSON bundle."""
