"""The register: participants, organisations, programmes and trainers, their forms, lists and search,
probable duplicates and merging, a participant's history."""
