"""The inquiry log and the weekly pre-sales report: departments, weeks in the agent's time zone,
logging, the report and its exports (issue 13)."""
