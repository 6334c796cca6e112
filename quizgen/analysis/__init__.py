"""Analysis: sentences, tokens, lemmas, parts of speech, names, dictionary forms."""
