"""Reports for a reviewer: what changed in the API, and where the C1 docs page and the spec disagree."""
