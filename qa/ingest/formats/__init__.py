"""One parser per file format; each returns `qa.ingest.structure.Parsed` (blocks and dropped lines)."""
