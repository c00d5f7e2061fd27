"""The logboek: the auditor's search of the audit log, and the report for a resident of who
looked at their file (the toegangsverslag). A feature that reads the audit log; the log
itself — the model, `audit_vastleggen`, its middleware and context — is the foundation
`sociaal.audit`, which every layer writes to and which imports none of them."""
