"""Vocabulary: choosing the words worth learning and their meanings."""
