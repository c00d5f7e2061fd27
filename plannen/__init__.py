"""The one shared plan of a household, its regisseur and the history of handovers."""
