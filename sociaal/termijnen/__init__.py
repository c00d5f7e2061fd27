"""The deadline engine: statutory and municipal terms in one table (`regels`), and the
municipality's own configurable terms (`models.Termijninstellingen`)."""
