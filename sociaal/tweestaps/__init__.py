"""Two-step verification: after the password, a code from an authenticator app (TOTP,
django-otp), or one of ten single-use recovery codes. Required for every medewerker when
SOCIAAL_TWEESTAPS is on (always in production)."""
