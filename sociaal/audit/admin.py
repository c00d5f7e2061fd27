"""No admin for the audit log: it is read through the inzage views (issue #7), never
edited. Beheer cannot change or delete entries."""
