"""Reports for donors and management: the figures of a period, computed once into a plain dataset
(figures.compute), and the views drawn from it: the window's page, the results pack (PDF), the
workbook and CSV (exports), and the participants behind a figure (behind)."""
