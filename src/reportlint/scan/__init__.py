"""Oversight scans: crawl portal listings, lint every annual report, compare reports, summarise."""
