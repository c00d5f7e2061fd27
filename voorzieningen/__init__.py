"""The sociale kaart: voorzieningen, the ladder rules and the algemene alternatives."""
