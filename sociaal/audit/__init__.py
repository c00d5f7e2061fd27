"""The append-only audit log (NEN 7513): who did what with which household, and when."""
