"""Settings: `base` holds everything and reads the environment; `development`, `test` and
`production` only change defaults. Every variable is documented in docs/configuration.md."""
