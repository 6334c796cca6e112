"""French, Spanish and Italian tagging, lemmas and gender."""
