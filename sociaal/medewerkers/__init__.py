"""Medewerkers (users), teams and the wijken they serve."""
