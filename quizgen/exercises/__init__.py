"""Exercises built from the analysis: cloze cards, the gap-fill and questions."""
